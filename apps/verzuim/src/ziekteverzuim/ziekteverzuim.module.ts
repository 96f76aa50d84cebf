import { Module } from '@nestjs/common';
import { LegSignalenVast } from './commands/leg-signalen-vast/leg-signalen-vast';
import { ZiekteverzuimRepository } from './database/ziekteverzuim.repository';
import { LeesZiekteverzuimSignaal } from './queries/signaal/lees-ziekteverzuim-signaal';
import { ZiekteverzuimSignaalHttp } from './queries/signaal/ziekteverzuim-signaal.http';
import { ZiekteverzuimHttp } from './queries/ziekteverzuim/ziekteverzuim.http';
import { ZoekZiekteverzuim } from './queries/ziekteverzuim/zoek-ziekteverzuim';

/**
 * ziekteverzuim: zorgwekkend ziekteverzuim (M@ZL) — the signals the rules find in a student's sick reports, stored and
 * published for the school's zorg role and the jeugdarts of the woongemeente; the intake (registratie) files them; the
 * jeugdarts (and the school) read them, each read audited.
 */
@Module({
  controllers: [ZiekteverzuimHttp, ZiekteverzuimSignaalHttp],
  providers: [ZiekteverzuimRepository, LegSignalenVast, ZoekZiekteverzuim, LeesZiekteverzuimSignaal],
  exports: [LegSignalenVast],
})
export class ZiekteverzuimModule {}
