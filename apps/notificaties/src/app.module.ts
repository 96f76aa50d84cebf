import { DynamicModule, Global, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { AlertsModule } from './alerts/alerts.module';
import { BezorgingModule } from './bezorging/bezorging.module';
import { NOTIFICATIES_ENV, NotificatiesEnv } from './config/notificaties-env';
import { EscalatieModule } from './escalatie/escalatie.module';
import { Inbox1732320000700 } from './migrations/1732320000700-inbox';
import { CasusKoppeling1732320001310 } from './migrations/1732320001310-casus-koppeling';
import { NietRouteerbaar1732320001500 } from './migrations/1732320001500-niet-routeerbaar';
import { AlertCorrelatie1732320001600 } from './migrations/1732320001600-alert-correlatie';
import { AlertInzage1732320001610 } from './migrations/1732320001610-alert-inzage';
import { Medewerker1732320001900 } from './migrations/1732320001900-medewerker';
import { Bewaartermijnen1732320001910 } from './migrations/1732320001910-bewaartermijnen';
import { LiveAlerts1732320002110 } from './migrations/1732320002110-live-alerts';
import { NotificatiesBewaartermijnen } from './shared/bewaartermijnen';
import { RouteringModule } from './routering/routering.module';

/**
 * notificaties: signals to the right organisations. Capabilities (each depends only on the ones before it):
 * routering (who receives which signal), bezorging (e-mail, signed webhooks, the digest), alerts (signals → alerts,
 * the inbox and its lifecycle), escalatie (alerts nobody picked up in time → the region's coordinator).
 */
@Global()
@Module({})
export class AppModule {
  static forEnv(env: NotificatiesEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKernelModule.forService({
          service: 'notificaties',
          // The audit of personal-data reads, for the organisation's functionaris gegevensbescherming.
          audit: { select: 'SELECT gebruiker, organisatie, alert_id::text AS onderwerp, reden, op FROM alert_inzage' },
          live: ['alerts'],
          env,
          entities: [],
          migrations: [
            Inbox1732320000700,
            CasusKoppeling1732320001310,
            NietRouteerbaar1732320001500,
            AlertCorrelatie1732320001600,
            AlertInzage1732320001610,
            Medewerker1732320001900,
            Bewaartermijnen1732320001910,
            LiveAlerts1732320002110,
          ],
          // Alerts should be visible fast: more partitions at once, smaller fetches to keep a burst's memory down.
          consumes: { subscribesTo: ['overstap', 'trajecten', 'verzuim'], partitionsConsumedConcurrently: 6, fetchMaxBytes: 2 * 1024 * 1024 },
        }),
        AlertsModule,
        RouteringModule,
        BezorgingModule,
        EscalatieModule,
      ],
      providers: [{ provide: NOTIFICATIES_ENV, useValue: env }, NotificatiesBewaartermijnen],
      exports: [NOTIFICATIES_ENV],
    };
  }
}
