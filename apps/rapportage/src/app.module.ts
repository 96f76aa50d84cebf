import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { RapportageEnv } from './config/rapportage-env';
import { DossiersModule } from './dossiers/dossiers.module';
import { DossierProjectie1732320000200 } from './migrations/1732320000200-dossier-projectie';

/** rapportage: projections of every service's events for dashboards, tabellenboek and exports. */
@Module({})
export class AppModule {
  static forEnv(env: RapportageEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKernelModule.forService({
          service: 'rapportage',
          env,
          entities: [],
          migrations: [DossierProjectie1732320000200],
          consumes: { subscribesTo: ['overstap'] },
        }),
        DossiersModule,
      ],
    };
  }
}
