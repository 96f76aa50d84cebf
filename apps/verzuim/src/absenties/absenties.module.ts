import { Module } from '@nestjs/common';
import { KalendersModule } from '../kalenders/kalenders.module';
import { LeerlingenModule } from '../leerlingen/leerlingen.module';
import { MeldingenModule } from '../meldingen/meldingen.module';
import { RegistreerAbsenties } from './commands/registreer-absenties/registreer-absenties';
import { RegistreerAbsentiesHttp } from './commands/registreer-absenties/registreer-absenties.http';
import { AbsentiesRepository } from './database/absenties.repository';

/** absenties: absence per student per lesdag, and its evaluation against the legal thresholds after every intake. */
@Module({
  imports: [LeerlingenModule, KalendersModule, MeldingenModule],
  controllers: [RegistreerAbsentiesHttp],
  providers: [AbsentiesRepository, RegistreerAbsenties],
})
export class AbsentiesModule {}
