import { DynamicModule, Global, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { OVERSTAP_ENV, OverstapEnv } from './config/overstap-env';
import { DossierVersie } from './dossiers/dossier-versie.entity';
import { Dossier } from './dossiers/dossier.entity';
import { DossiersModule } from './dossiers/dossiers.module';
import { Dossiers1732320000100 } from './migrations/1732320000100-dossiers';

/** overstap (doorstroommonitor): dossiers now; aanmeldingen, inschrijvingen and deadlines follow. */
@Global()
@Module({})
export class AppModule {
  static forEnv(env: OverstapEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKernelModule.forService({
          service: 'overstap',
          env,
          entities: [Dossier, DossierVersie],
          migrations: [Dossiers1732320000100],
        }),
        DossiersModule,
      ],
      providers: [{ provide: OVERSTAP_ENV, useValue: env }],
      exports: [OVERSTAP_ENV],
    };
  }
}
