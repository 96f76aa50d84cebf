import { Module } from '@nestjs/common';
import { JikpModule } from '../jikp/jikp.module';
import { ProjecteerOverstap } from './commands/projecteer-overstap/projecteer-overstap';
import { ProjecteerOverstapMessage } from './commands/projecteer-overstap/projecteer-overstap.message';
import { VoegPersonenSamen } from './commands/voeg-personen-samen/voeg-personen-samen';
import { VoegPersonenSamenMessage } from './commands/voeg-personen-samen/voeg-personen-samen.message';
import { VsvModule } from '../vsv/vsv.module';
import { TabellenboekRepository } from './database/tabellenboek.repository';
import { LeesSignalenPerRegio } from './queries/signalen-per-regio/signalen-per-regio';
import { LeesSignalenPerRegioHttp } from './queries/signalen-per-regio/signalen-per-regio.http';
import { LeesTabellenboek } from './queries/tabellenboek/tabellenboek';
import { LeesTabellenboekHttp } from './queries/tabellenboek/tabellenboek.http';

/** tabellenboek: overstap's events projected per student, the tabellenboek per VO school and the signal counts. */
@Module({
  imports: [VsvModule, JikpModule],
  controllers: [ProjecteerOverstapMessage, VoegPersonenSamenMessage, LeesTabellenboekHttp, LeesSignalenPerRegioHttp],
  providers: [TabellenboekRepository, ProjecteerOverstap, VoegPersonenSamen, LeesTabellenboek, LeesSignalenPerRegio],
  exports: [ProjecteerOverstap, VoegPersonenSamen, TabellenboekRepository, LeesTabellenboek],
})
export class TabellenboekModule {}
