import { Module } from '@nestjs/common';
import { KalendersModule } from '../kalenders/kalenders.module';
import { LeerlingenModule } from '../leerlingen/leerlingen.module';
import { BeslisVerlof } from './commands/beslis-verlof/beslis-verlof';
import { BeslisVerlofHttp } from './commands/beslis-verlof/beslis-verlof.http';
import { VraagVerlofAan } from './commands/vraag-verlof-aan/vraag-verlof-aan';
import { VraagVerlofAanHttp } from './commands/vraag-verlof-aan/vraag-verlof-aan.http';
import { VerlofRepository } from './database/verlof.repository';
import { VerlofaanvragenHttp } from './queries/verlofaanvragen/verlofaanvragen.http';
import { ZoekVerlofaanvragen } from './queries/verlofaanvragen/zoek-verlofaanvragen';

/**
 * verlof: parents' verlof requests as the school enters them, the legal frame (verlof/domain) and the decision — the
 * school up to 10 school days a year, the leerplichtambtenaar of the woongemeente beyond. Granted verlof is geoorloofd:
 * registratie reads the periods (`VerlofRepository.geldendePerioden`) for every evaluation, and a decision has the
 * student's absence evaluated again through the `HERBEOORDELING` port registratie provides.
 */
@Module({
  imports: [LeerlingenModule, KalendersModule],
  controllers: [VraagVerlofAanHttp, BeslisVerlofHttp, VerlofaanvragenHttp],
  providers: [VerlofRepository, VraagVerlofAan, BeslisVerlof, ZoekVerlofaanvragen],
  exports: [VerlofRepository],
})
export class VerlofModule {}
