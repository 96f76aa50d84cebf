import { Module } from '@nestjs/common';
import { ProjecteerOverstap } from './commands/projecteer-overstap/projecteer-overstap';
import { ProjecteerOverstapMessage } from './commands/projecteer-overstap/projecteer-overstap.message';
import { TabellenboekRepository } from './database/tabellenboek.repository';
import { LeesSignalenPerRegio } from './queries/signalen-per-regio/signalen-per-regio';
import { LeesSignalenPerRegioHttp } from './queries/signalen-per-regio/signalen-per-regio.http';
import { LeesTabellenboek } from './queries/tabellenboek/tabellenboek';
import { LeesTabellenboekHttp } from './queries/tabellenboek/tabellenboek.http';

/** tabellenboek: overstap's events projected per student, the tabellenboek per VO school and the signal counts. */
@Module({
  controllers: [ProjecteerOverstapMessage, LeesTabellenboekHttp, LeesSignalenPerRegioHttp],
  providers: [TabellenboekRepository, ProjecteerOverstap, LeesTabellenboek, LeesSignalenPerRegio],
  exports: [ProjecteerOverstap],
})
export class TabellenboekModule {}
