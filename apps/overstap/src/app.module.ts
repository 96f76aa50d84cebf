import { DynamicModule, Global, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { Aanmelding } from './aanmeldingen/aanmelding.entity';
import { AanmeldingenModule } from './aanmeldingen/aanmeldingen.module';
import { OVERSTAP_ENV, OverstapEnv } from './config/overstap-env';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { DossierImport } from './dossiers/commands/importeer-dossiers/dossier-import.entity';
import { DossierVersie } from './dossiers/dossier-versie.entity';
import { Dossier } from './dossiers/dossier.entity';
import { DossiersModule } from './dossiers/dossiers.module';
import { Dossiers1732320000100 } from './migrations/1732320000100-dossiers';
import { AanmeldingenEnDeadlines1732320000300 } from './migrations/1732320000300-aanmeldingen-en-deadlines';
import { DossierImports1732320000400 } from './migrations/1732320000400-dossier-imports';
import { Inzage1732320000500 } from './migrations/1732320000500-inzage';
import { Inschrijvingen1732320000600 } from './migrations/1732320000600-inschrijvingen';
import { DemoKlokNaarPlatform1732320000800 } from './migrations/1732320000800-demo-klok-naar-platform';
import { MonitorModule } from './monitor/monitor.module';
import { Inschrijving } from './inschrijvingen/inschrijving.entity';
import { InschrijvingenModule } from './inschrijvingen/inschrijvingen.module';
import { Persoonsnummers } from './shared/persoonsnummers';

/** overstap (doorstroommonitor): dossiers, aanmeldingen, the year's deadlines and their signals. */
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
          entities: [Dossier, DossierVersie, Aanmelding, DossierImport, Inschrijving],
          migrations: [Dossiers1732320000100, AanmeldingenEnDeadlines1732320000300, DossierImports1732320000400, Inzage1732320000500, Inschrijvingen1732320000600, DemoKlokNaarPlatform1732320000800],
        }),
        DossiersModule,
        AanmeldingenModule,
        DeadlinesModule,
        MonitorModule,
        InschrijvingenModule,
      ],
      providers: [{ provide: OVERSTAP_ENV, useValue: env }, Persoonsnummers],
      exports: [OVERSTAP_ENV, Persoonsnummers],
    };
  }
}
