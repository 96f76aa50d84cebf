import { Module } from '@nestjs/common';
import { LegSignalenVast } from './commands/leg-signalen-vast/leg-signalen-vast';
import { ZiekteverzuimRepository } from './database/ziekteverzuim.repository';

/**
 * ziekteverzuim: zorgwekkend ziekteverzuim (M@ZL) — the signals the rules find in a student's sick reports, stored and
 * published for the school's zorg role and the jeugdarts of the woongemeente; the intake (registratie) files them.
 */
@Module({
  providers: [ZiekteverzuimRepository, LegSignalenVast],
  exports: [LegSignalenVast],
})
export class ZiekteverzuimModule {}
