import { Module } from '@nestjs/common';
import { BezorgingModule } from '../bezorging/bezorging.module';
import { RouteringModule } from '../routering/routering.module';
import { KoppelCasus } from './commands/koppel-casus/koppel-casus';
import { KoppelCasusMessage } from './commands/koppel-casus/koppel-casus.message';
import { MaakAlerts } from './commands/maak-alerts/maak-alerts';
import { MaakAlertsMessage } from './commands/maak-alerts/maak-alerts.message';
import { WijzigAlert } from './commands/wijzig-alert/wijzig-alert';
import { WijzigAlertHttp } from './commands/wijzig-alert/wijzig-alert.http';
import { AlertsRepository } from './database/alerts.repository';
import { LeesAlert } from './queries/alert/lees-alert';
import { LeesAlertHttp } from './queries/alert/alert.http';
import { LeesInbox } from './queries/inbox/lees-inbox';
import { LeesInboxHttp } from './queries/inbox/inbox.http';
import { TelInbox } from './queries/tellingen/tel-inbox';
import { TelInboxHttp } from './queries/tellingen/tellingen.http';

/** Signals become alerts in the inboxes of the organisations that must act; each inbox works its alerts through their lifecycle. */
@Module({
  imports: [RouteringModule, BezorgingModule],
  // GET /alerts/tellingen is registered before GET /alerts/:id, which would otherwise take it for an id.
  controllers: [MaakAlertsMessage, KoppelCasusMessage, LeesInboxHttp, TelInboxHttp, LeesAlertHttp, WijzigAlertHttp],
  providers: [AlertsRepository, MaakAlerts, KoppelCasus, WijzigAlert, LeesInbox, TelInbox, LeesAlert],
})
export class AlertsModule {}
