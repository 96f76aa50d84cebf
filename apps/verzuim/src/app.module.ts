import { DynamicModule, Global, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { AbsentiesModule } from './absenties/absenties.module';
import { VERZUIM_ENV, VerzuimEnv } from './config/verzuim-env';
import { InstellingenModule } from './instellingen/instellingen.module';
import { KalendersModule } from './kalenders/kalenders.module';
import { LeerlingenModule } from './leerlingen/leerlingen.module';
import { MeldingenModule } from './meldingen/meldingen.module';
import { Verzuim1732320001400 } from './migrations/1732320001400-verzuim';
import { Bewaartermijnen1732320001910 } from './migrations/1732320001910-bewaartermijnen';
import { AbsentieImports1732320002100 } from './migrations/1732320002100-absentie-imports';
import { Ziekteverzuim1732320002200 } from './migrations/1732320002200-ziekteverzuim';
import { ZiekteverzuimInzage1732400004001 } from './migrations/1732400004001-ziekteverzuim-inzage';
import { Verlof1732400005001 } from './migrations/1732400005001-verlof';
import { AbsentieImportBlokken1732400006001 } from './migrations/1732400006001-absentie-import-blokken';
import { RegistratieModule } from './registratie/registratie.module';
import { VerzuimBewaartermijnen } from './shared/bewaartermijnen';
import { VerlofModule } from './verlof/verlof.module';
import { ZiekteverzuimModule } from './ziekteverzuim/ziekteverzuim.module';
import { Persoonsnummers } from './shared/persoonsnummers';

/**
 * verzuim: absence in, the legal thresholds evaluated, meldingen to leerplicht and RMC. Capabilities (each depends
 * only on the ones before it): leerlingen (students a school enrols, pseudonym only), kalenders (each school's
 * lesweken), absenties (records per lesdag), meldingen (verzuimmeldingen and their signals), verlof (requests and decisions;
 * granted verlof is geoorloofd), registratie (the intake, evaluated with the domain core in the same transaction; the
 * HERBEOORDELING port kalenders and verlof use after a calendar change or granted verlof).
 */
@Global()
@Module({})
export class AppModule {
  static forEnv(env: VerzuimEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKernelModule.forService({
          service: 'verzuim',
          // The audit of personal-data reads, for the organisation's functionaris gegevensbescherming.
          audit: {
            select:
              "SELECT gebruiker, organisatie, array_to_string(melding_ids, ',') AS onderwerp, 'verzuimmeldingen lezen' AS reden, op FROM melding_inzage" +
              " UNION ALL SELECT gebruiker, organisatie, array_to_string(signaal_ids, ','), 'zorgwekkend ziekteverzuim lezen', op FROM ziekteverzuim_inzage",
          },
          env,
          entities: [],
          migrations: [
            Verzuim1732320001400,
            Bewaartermijnen1732320001910,
            AbsentieImports1732320002100,
            Ziekteverzuim1732320002200,
            ZiekteverzuimInzage1732400004001,
            Verlof1732400005001,
            AbsentieImportBlokken1732400006001,
          ],
          // overstap.persoon.gekoppeld: one student's two pseudonyms merged (registratie).
          consumes: { subscribesTo: ['overstap'] },
        }),
        LeerlingenModule,
        KalendersModule,
        MeldingenModule,
        AbsentiesModule,
        ZiekteverzuimModule,
        InstellingenModule,
        VerlofModule,
        RegistratieModule,
      ],
      providers: [{ provide: VERZUIM_ENV, useValue: env }, Persoonsnummers, VerzuimBewaartermijnen],
      exports: [VERZUIM_ENV, Persoonsnummers],
    };
  }
}
