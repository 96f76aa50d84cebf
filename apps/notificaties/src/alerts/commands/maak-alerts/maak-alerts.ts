import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { DueWorkSweeper } from '@sluitend/platform';
import { inTransaction } from '@sluitend/persistence';
import { PlanBezorgingen } from '../../../bezorging/commands/plan-bezorgingen/plan-bezorgingen';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../../config/notificaties-env';
import { RegioRegelsBron } from '../../../routering/database/regio-regels.bron';
import { bepaalOntvangers, signaalSleutel } from '../../../routering/domain/ontvangers';
import { SystemCommand } from '../../../shared/command';
import { JOBS } from '../../../shared/jobs';
import { AlertsRepository, NieuweAlert } from '../../database/alerts.repository';
import { NieuwNietRouteerbaar, NietRouteerbaarRepository } from '../../database/niet-routeerbaar.repository';
import { alertEventBasis } from '../../domain/alert-event';
import { escalatieMoment } from '../../domain/escalatie-moment';
import { metWoongemeente, redenNietRouteerbaar } from '../../domain/niet-routeerbaar';
import { SignaalEvent } from '../../domain/signaal-event';

/** Signals as they arrive (a batch of one type, in log order); each alert's events carry its own signal's correlation id. */
export type MaakAlertsCommand = SystemCommand<{ signalen: readonly SignaalEvent[] }>;

/** The per-minute sweep finds escalations days ahead; only a term shorter than this (demo, tests) needs a wake-up. */
const ESCALATIE_WEKKER_MS = 60_000;

/**
 * Use case: signals become alerts, set-based, inside the consumer's inbox transaction — route each signal, insert one
 * alert per signal and organisation (the unique key makes a redelivered or re-sent signal a no-op), record the history,
 * publish notificaties.alert.aangemaakt, plan the e-mail and webhook deliveries and wake their sender and the
 * escalation sweep, all committed together with the inbox row. A signal whose owner is unknown (no woonregio, or no
 * recipient at all) is kept in the "niet te routeren" list in the same transaction — never dropped; the recipients it
 * does have still get their alerts. Returns the number of alerts made.
 */
@Injectable()
export class MaakAlerts {
  private readonly logger = new Logger(MaakAlerts.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    private readonly nietRouteerbaar: NietRouteerbaarRepository,
    private readonly outbox: OutboxWriter,
    private readonly sweeper: DueWorkSweeper,
    private readonly regioRegels: RegioRegelsBron,
    private readonly planBezorgingen: PlanBezorgingen,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  execute(command: MaakAlertsCommand, tx?: EntityManager): Promise<number> {
    return inTransaction(this.dataSource, tx, (manager) => this.maak(manager, command));
  }

  private async maak(manager: EntityManager, { input, correlationId }: MaakAlertsCommand): Promise<number> {
    const now = this.clock.now();
    const regels = await this.regioRegels.regels(manager);
    // The term runs from the signal's moment when that is later than this service's clock: an alert cannot be older
    // than its signal (in demo mode a jump may reach the signal before it reaches this service's clock).
    const escalerenOp = (occurredAt: string): Date =>
      escalatieMoment(new Date(Math.max(now.getTime(), Date.parse(occurredAt))), this.env.ESCALATIE_TERMIJN);
    const onbezorgbaar: NieuwNietRouteerbaar[] = [];
    const signalen = await this.metBekendeWoongemeente(manager, input.signalen);
    const nieuw: NieuweAlert[] = signalen.flatMap((event) => {
      const context = JSON.stringify(event.context);
      const signaal = JSON.stringify(event.payload);
      const ontvangers = bepaalOntvangers(event, regels);
      const reden = redenNietRouteerbaar(event, ontvangers, regels);
      if (reden) onbezorgbaar.push({ id: randomUUID(), sleutel: signaalSleutel(event), reden, event });
      return ontvangers.map(({ rol, organisatie }) => ({
        id: randomUUID(),
        sleutel: signaalSleutel(event),
        type: event.type,
        eventId: event.id,
        jongereId: event.jongereId,
        orgType: organisatie.type,
        orgCode: organisatie.code,
        rol,
        context,
        signaal,
        // Escalation goes to the coordinator of the woonregio: only when the region is known.
        escalerenOp: event.context.rmcRegio ? escalerenOp(event.occurredAt) : null,
        correlationId: event.correlationId,
      }));
    });
    await this.nietRouteerbaar.legVast(manager, onbezorgbaar, now);
    for (const { event, reden } of onbezorgbaar) {
      this.logger.warn(`signal ${event.type} ${event.id} reaches no owner (${reden}): kept in the niet-te-routeren list`);
    }
    if (nieuw.length === 0) return 0;
    const gemaakt = await this.alerts.voegToe(manager, nieuw, now);
    if (gemaakt.length === 0) return 0;
    const perEvent = new Map(signalen.map((event) => [event.id, event]));
    await this.outbox.append(
      manager,
      gemaakt.map((alert): NewEvent<'notificaties.alert.aangemaakt'> => {
        const event = perEvent.get(alert.signaalEventId);
        return {
          type: 'notificaties.alert.aangemaakt',
          jongereId: event?.jongereId ?? null,
          aggregateId: alert.id,
          context: event?.context ?? {},
          correlationId: event?.correlationId ?? correlationId,
          causationId: alert.signaalEventId,
          payload: {
            ...alertEventBasis(alert),
            signaalEventId: alert.signaalEventId,
            aangemaaktOp: now.toISOString(),
            escalerenOp: alert.escalerenOp?.toISOString() ?? null,
          },
        };
      }),
    );
    await this.planBezorgingen.execute({ input: { alertIds: gemaakt.map((alert) => alert.id), soort: 'alert' }, correlationId }, manager);
    const eerste = Math.min(...gemaakt.map((alert) => alert.escalerenOp?.getTime() ?? Infinity));
    if (eerste - now.getTime() < ESCALATIE_WEKKER_MS) await this.sweeper.wake(JOBS.escalatie, eerste - now.getTime(), manager);
    return gemaakt.length;
  }

  /**
   * A signal without woonregio about a student whose earlier signal was routed from the "niet te routeren" list
   * takes the woongemeente that routed it: what Sluitend learnt once is not asked again.
   */
  private async metBekendeWoongemeente(manager: EntityManager, signalen: readonly SignaalEvent[]): Promise<SignaalEvent[]> {
    const zonder = signalen.filter((event) => !event.context.rmcRegio && event.jongereId).map((event) => event.jongereId as string);
    if (zonder.length === 0) return [...signalen];
    const bekend = await this.nietRouteerbaar.bekendeWoongemeenten(manager, zonder);
    return signalen.map((event) => {
      const woongemeente = !event.context.rmcRegio && event.jongereId ? bekend.get(event.jongereId) : undefined;
      return woongemeente ? { ...event, context: metWoongemeente(event.context, woongemeente) } : event;
    });
  }
}
