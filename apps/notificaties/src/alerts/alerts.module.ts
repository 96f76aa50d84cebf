import { Module } from '@nestjs/common';
import { BezorgingModule } from '../bezorging/bezorging.module';
import { RouteringModule } from '../routering/routering.module';
import { KoppelCasus } from './commands/koppel-casus/koppel-casus';
import { KoppelCasusMessage } from './commands/koppel-casus/koppel-casus.message';
import { MaakAlerts } from './commands/maak-alerts/maak-alerts';
import { MaakAlertsMessage } from './commands/maak-alerts/maak-alerts.message';
import { RouteerNietRouteerbare } from './commands/routeer-niet-routeerbare/routeer-niet-routeerbare';
import { RouteerNietRouteerbareMessage } from './commands/routeer-niet-routeerbare/routeer-niet-routeerbare.message';
import { TrekSignaalIn } from './commands/trek-signaal-in/trek-signaal-in';
import { TrekSignaalInMessage } from './commands/trek-signaal-in/trek-signaal-in.message';
import { VoegPersonenSamen } from './commands/voeg-personen-samen/voeg-personen-samen';
import { VoegPersonenSamenMessage } from './commands/voeg-personen-samen/voeg-personen-samen.message';
import { WijsWoongemeenteToe } from './commands/wijs-woongemeente-toe/wijs-woongemeente-toe';
import { WijsWoongemeenteToeHttp } from './commands/wijs-woongemeente-toe/wijs-woongemeente-toe.http';
import { WijzigAlert } from './commands/wijzig-alert/wijzig-alert';
import { WijzigAlertHttp } from './commands/wijzig-alert/wijzig-alert.http';
import { AlertsRepository } from './database/alerts.repository';
import { NietRouteerbaarRepository } from './database/niet-routeerbaar.repository';
import { NietRouteerbaarSampler } from './metrics/niet-routeerbaar.sampler';
import { LeesAlert } from './queries/alert/lees-alert';
import { LeesAlertHttp } from './queries/alert/alert.http';
import { LeesInbox } from './queries/inbox/lees-inbox';
import { LeesInboxHttp } from './queries/inbox/inbox.http';
import { ZoekNietRouteerbaarHttp } from './queries/niet-routeerbaar/niet-routeerbaar.http';
import { ZoekNietRouteerbaar } from './queries/niet-routeerbaar/zoek-niet-routeerbaar';
import { TelInbox } from './queries/tellingen/tel-inbox';
import { TelInboxHttp } from './queries/tellingen/tellingen.http';

/**
 * Signals become alerts in the inboxes of the organisations that must act; each inbox works its alerts through their
 * lifecycle. A signal without an owner waits in the "niet te routeren" list until its woongemeente is known.
 */
@Module({
  imports: [RouteringModule, BezorgingModule],
  // GET /alerts/tellingen is registered before GET /alerts/:id, which would otherwise take it for an id.
  controllers: [
    MaakAlertsMessage,
    KoppelCasusMessage,
    RouteerNietRouteerbareMessage,
    VoegPersonenSamenMessage,
    TrekSignaalInMessage,
    LeesInboxHttp,
    TelInboxHttp,
    LeesAlertHttp,
    WijzigAlertHttp,
    ZoekNietRouteerbaarHttp,
    WijsWoongemeenteToeHttp,
  ],
  providers: [
    AlertsRepository,
    NietRouteerbaarRepository,
    NietRouteerbaarSampler,
    MaakAlerts,
    KoppelCasus,
    RouteerNietRouteerbare,
    VoegPersonenSamen,
    TrekSignaalIn,
    WijsWoongemeenteToe,
    WijzigAlert,
    LeesInbox,
    TelInbox,
    LeesAlert,
    ZoekNietRouteerbaar,
  ],
})
export class AlertsModule {}
