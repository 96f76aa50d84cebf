import { Module } from '@nestjs/common';
import { AbsentiesModule } from '../absenties/absenties.module';
import { KalendersModule } from '../kalenders/kalenders.module';
import { LeerlingenModule } from '../leerlingen/leerlingen.module';
import { MeldingenModule } from '../meldingen/meldingen.module';
import { RegistreerAbsenties } from './commands/registreer-absenties/registreer-absenties';
import { RegistreerAbsentiesHttp } from './commands/registreer-absenties/registreer-absenties.http';

/**
 * registratie: the school's absence intake — records stored (absenties) and, in the same transaction, evaluated
 * against the legal thresholds with the domain core, meldingen filed (meldingen). The top of the dependency order.
 */
@Module({
  imports: [LeerlingenModule, KalendersModule, AbsentiesModule, MeldingenModule],
  controllers: [RegistreerAbsentiesHttp],
  providers: [RegistreerAbsenties],
})
export class RegistratieModule {}
