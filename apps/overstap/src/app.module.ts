import { DynamicModule, Global, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { AanmeldingenModule } from './aanmeldingen/aanmeldingen.module';
import { Aanmelding } from './aanmeldingen/database/aanmelding.entity';
import { OVERSTAP_ENV, OverstapEnv } from './config/overstap-env';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { DossierImport } from './dossiers/database/dossier-import.entity';
import { DossiersModule } from './dossiers/dossiers.module';
import { InschrijvingenModule } from './inschrijvingen/inschrijvingen.module';
import { Inschrijving } from './inschrijvingen/database/inschrijving.entity';
import { Dossiers1732320000100 } from './migrations/1732320000100-dossiers';
import { AanmeldingenEnDeadlines1732320000300 } from './migrations/1732320000300-aanmeldingen-en-deadlines';
import { DossierImports1732320000400 } from './migrations/1732320000400-dossier-imports';
import { Inzage1732320000500 } from './migrations/1732320000500-inzage';
import { Inschrijvingen1732320000600 } from './migrations/1732320000600-inschrijvingen';
import { DemoKlokNaarPlatform1732320000800 } from './migrations/1732320000800-demo-klok-naar-platform';
import { SignalenPerAanleiding1732320001500 } from './migrations/1732320001500-signalen-per-aanleiding';
import { InzageAanmeldingen1732320001600 } from './migrations/1732320001600-inzage-aanmeldingen';
import { KoppelingenModule } from './koppelingen/koppelingen.module';
import { PersoonKoppeling1732320001818 } from './migrations/1732320001818-persoon-koppeling';
import { AanmeldingGeregistreerdOp1732320001900 } from './migrations/1732320001900-aanmelding-geregistreerd-op';
import { Bewaartermijnen1732320001910 } from './migrations/1732320001910-bewaartermijnen';
import { DossierOverdracht1732320002000 } from './migrations/1732320002000-dossier-overdracht';
import { LiveMonitor1732320002110 } from './migrations/1732320002110-live-monitor';
import { OverstapBewaartermijnen } from './shared/bewaartermijnen';
import { MonitorModule } from './monitor/monitor.module';
import { Persoonsnummers } from './shared/persoonsnummers';

/**
 * overstap (doorstroommonitor): dossiers, aanmeldingen, inschrijvingen, the year's deadlines and their signals.
 * Capabilities depend one way: dossiers → deadlines → signalen → routering; aanmeldingen and inschrijvingen →
 * signalen, routering and deadlines (a late fact); monitor reads on its own.
 */
@Global()
@Module({})
export class AppModule {
  static forEnv(env: OverstapEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKernelModule.forService({
          service: 'overstap',
          // The audit of personal-data reads, for the organisation's functionaris gegevensbescherming.
          audit: { select: 'SELECT gebruiker, organisatie, coalesce(dossier_id, aanmelding_id)::text AS onderwerp, reden, op FROM inzage' },
          live: ['monitor'],
          env,
          // Entities only for the tables a capability reads and writes row by row; the rest is set-based SQL.
          entities: [Aanmelding, DossierImport, Inschrijving],
          migrations: [
            Dossiers1732320000100,
            AanmeldingenEnDeadlines1732320000300,
            DossierImports1732320000400,
            Inzage1732320000500,
            Inschrijvingen1732320000600,
            DemoKlokNaarPlatform1732320000800,
            SignalenPerAanleiding1732320001500,
            InzageAanmeldingen1732320001600,
            PersoonKoppeling1732320001818,
            AanmeldingGeregistreerdOp1732320001900,
            Bewaartermijnen1732320001910,
            DossierOverdracht1732320002000,
            LiveMonitor1732320002110,
          ],
        }),
        DossiersModule,
        AanmeldingenModule,
        DeadlinesModule,
        MonitorModule,
        InschrijvingenModule,
        KoppelingenModule,
      ],
      providers: [{ provide: OVERSTAP_ENV, useValue: env }, Persoonsnummers, OverstapBewaartermijnen],
      exports: [OVERSTAP_ENV, Persoonsnummers],
    };
  }
}
