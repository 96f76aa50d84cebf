import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { ONTHULLINGSBELEID, onthullingsbeleidProvider } from './config/onthullingsbeleid.provider';
import { RAPPORTAGE_ENV, RapportageEnv } from './config/rapportage-env';
import { AlertcijfersModule } from './alertcijfers/alertcijfers.module';
import { DocumentenModule } from './documenten/documenten.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { JikpModule } from './jikp/jikp.module';
import { RAPPORTAGE_MIGRATIES } from './migrations';
import { TabellenboekModule } from './tabellenboek/tabellenboek.module';
import { TrajectcijfersModule } from './trajectcijfers/trajectcijfers.module';
import { UitschrijvingscijfersModule } from './uitschrijvingscijfers/uitschrijvingscijfers.module';
import { VerzuimcijfersModule } from './verzuimcijfers/verzuimcijfers.module';
import { VsvModule } from './vsv/vsv.module';

/** rapportage: projections of every service's events for dashboards, tabellenboek and exports. */
@Module({})
export class AppModule {
  static forEnv(env: RapportageEnv): DynamicModule {
    return {
      module: AppModule,
      // The settings and the small-cell policy are read by the capabilities' providers.
      global: true,
      providers: [{ provide: RAPPORTAGE_ENV, useValue: env }, onthullingsbeleidProvider],
      exports: [RAPPORTAGE_ENV, ONTHULLINGSBELEID],
      imports: [
        ServiceKernelModule.forService({
          service: 'rapportage',
          env,
          entities: [],
          migrations: RAPPORTAGE_MIGRATIES,
          // Projections are independent of the order across partitions: several partitions at once, larger fetches (as notificaties).
          consumes: {
            subscribesTo: ['overstap', 'trajecten', 'notificaties', 'verzuim'],
            partitionsConsumedConcurrently: 6,
            fetchMaxBytes: 2 * 1024 * 1024,
          },
        }),
        DossiersModule,
        TabellenboekModule,
        TrajectcijfersModule,
        AlertcijfersModule,
        VerzuimcijfersModule,
        VsvModule,
        JikpModule,
        UitschrijvingscijfersModule,
        DocumentenModule,
      ],
    };
  }
}
