import { Module } from '@nestjs/common';
import { CasussenModule } from '../casussen/casussen.module';
import { OverdrachtenModule } from '../overdrachten/overdrachten.module';
import { RegistreerScreening } from './commands/registreer-screening/registreer-screening';
import { RegistreerScreeningHttp } from './commands/registreer-screening/registreer-screening.http';
import { ScreeningRepository } from './database/screening.repository';
import { LeesScreenings } from './queries/screenings/lees-screenings';
import { LeesScreeningsHttp } from './queries/screenings/screenings.http';

/** Screening on every life domain and the four skills, each 1–5, every screening kept with what changed. */
@Module({
  imports: [CasussenModule, OverdrachtenModule],
  controllers: [LeesScreeningsHttp, RegistreerScreeningHttp],
  providers: [ScreeningRepository, RegistreerScreening, LeesScreenings],
  exports: [ScreeningRepository],
})
export class ScreeningModule {}
