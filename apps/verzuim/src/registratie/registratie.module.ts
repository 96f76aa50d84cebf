import { Global, Module } from '@nestjs/common';
import { AbsentiesModule } from '../absenties/absenties.module';
import { InstellingenModule } from '../instellingen/instellingen.module';
import { KalendersModule } from '../kalenders/kalenders.module';
import { LeerlingenModule } from '../leerlingen/leerlingen.module';
import { MeldingenModule } from '../meldingen/meldingen.module';
import { HERBEOORDELING } from '../shared/herbeoordeling';
import { VerlofModule } from '../verlof/verlof.module';
import { ZiekteverzuimModule } from '../ziekteverzuim/ziekteverzuim.module';
import { HerbeoordeelLeerlingen } from './commands/herbeoordeel-leerlingen/herbeoordeel-leerlingen';
import { AbsentieImportsRepository } from './database/absentie-imports.repository';
import { KoppelingenRepository } from './database/koppelingen.repository';
import { VoegPersonenSamen } from './commands/voeg-personen-samen/voeg-personen-samen';
import { VoegPersonenSamenMessage } from './commands/voeg-personen-samen/voeg-personen-samen.message';
import { AbsentieImportRunner } from './commands/importeer-absenties/absentie-import.runner';
import { ImporteerAbsenties } from './commands/importeer-absenties/importeer-absenties';
import { ImporteerAbsentiesHttp } from './commands/importeer-absenties/importeer-absenties.http';
import { AbsentieImportHttp } from './queries/absentie-import/absentie-import.http';
import { LeesAbsentieImport } from './queries/absentie-import/lees-absentie-import';
import { BeoordeelAbsenties } from './commands/beoordeel-absenties/beoordeel-absenties';
import { RegistreerAbsenties } from './commands/registreer-absenties/registreer-absenties';
import { RegistreerAbsentiesHttp } from './commands/registreer-absenties/registreer-absenties.http';
import { LeerlingenHttp } from './queries/leerlingen/leerlingen.http';
import { ZoekLeerlingen } from './queries/leerlingen/zoek-leerlingen';

/**
 * registratie: the school's absence administration — the intake (records stored and, in the same transaction,
 * evaluated against the legal thresholds with the domain core, meldingen filed) and the school's overview of its
 * students' recent absence; and the merge of one student's two pseudonyms (overstap.persoon.gekoppeld). The top of the dependency order.
 *
 * Global for one thing only: the `HERBEOORDELING` port, through which kalenders and verlof (below it in the order) have
 * absence evaluated again after a calendar change or granted verlof.
 */
@Global()
@Module({
  imports: [LeerlingenModule, KalendersModule, AbsentiesModule, MeldingenModule, InstellingenModule, ZiekteverzuimModule, VerlofModule],
  controllers: [VoegPersonenSamenMessage, RegistreerAbsentiesHttp, ImporteerAbsentiesHttp, AbsentieImportHttp, LeerlingenHttp],
  providers: [
    RegistreerAbsenties,
    BeoordeelAbsenties,
    ImporteerAbsenties,
    AbsentieImportRunner,
    AbsentieImportsRepository,
    LeesAbsentieImport,
    ZoekLeerlingen,
    KoppelingenRepository,
    VoegPersonenSamen,
    HerbeoordeelLeerlingen,
    { provide: HERBEOORDELING, useExisting: HerbeoordeelLeerlingen },
  ],
  exports: [HERBEOORDELING],
})
export class RegistratieModule {}
