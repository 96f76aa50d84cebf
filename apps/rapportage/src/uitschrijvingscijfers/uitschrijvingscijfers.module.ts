import { Module } from '@nestjs/common';
import { UitschrijvingscijfersRepository } from './database/uitschrijvingscijfers.repository';
import { LeesUitschrijvingscijfers } from './queries/uitschrijvingscijfers/uitschrijvingscijfers';
import { LeesUitschrijvingscijfersHttp } from './queries/uitschrijvingscijfers/uitschrijvingscijfers.http';

/**
 * uitschrijvingscijfers: uitschrijving (DUO reasons 1–9) and switch per mbo institution and programme, beside a region,
 * over the inschrijvingen the tabellenboek and VSV projections already hold (no projection of its own).
 */
@Module({
  controllers: [LeesUitschrijvingscijfersHttp],
  providers: [UitschrijvingscijfersRepository, LeesUitschrijvingscijfers],
})
export class UitschrijvingscijfersModule {}
