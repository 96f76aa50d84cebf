import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { planBezorgingen } from '../../bezorging/plan-bezorgingen';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../config/notificaties-env';
import { escalatieMoment } from '../../escalatie/escalatie-moment';
import { RegioRegelsBron } from '../../routering/regio-regels';
import { bepaalOntvangers, signaalSleutel } from '../../routering/ontvangers';
import { QUEUES } from '../../scheduling/jobs';
import { DueWorkSweeper } from '@sluitend/platform';
import { alertEventBasis } from '../alert-event-basis';
import { SignaalEvent } from './signaal-event';

type NieuweAlert = {
  id: string;
  sleutel: string;
  type: string;
  eventId: string;
  jongereId: string | null;
  orgType: string;
  orgCode: string;
  rol: string;
  context: string;
  signaal: string;
  escalerenOp: Date | null;
};

/**
 * Turns signals into alerts, set-based, inside the consumer's inbox transaction: route each signal, insert one alert
 * per signal and organisation (the unique key makes a redelivered or re-sent signal a no-op), record the history,
 * publish notificaties.alert.aangemaakt, plan the e-mail and webhook deliveries and wake their sender and the
 * escalation sweep — all committed together with the inbox row.
 */
@Injectable()
export class MaakAlerts {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly jobs: DueWorkSweeper,
    private readonly regioRegels: RegioRegelsBron,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  async verwerk(manager: EntityManager, events: SignaalEvent[]): Promise<number> {
    const now = this.clock.now();
    const regels = await this.regioRegels.regels(manager);
    const escalerenOp = escalatieMoment(now, this.env.ESCALATIE_TERMIJN);
    const alerts: NieuweAlert[] = events.flatMap((event) => {
      const context = JSON.stringify(event.context);
      const signaal = JSON.stringify(event.payload);
      return bepaalOntvangers(event, regels).map(({ rol, organisatie }) => ({
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
        escalerenOp: event.context.rmcRegio ? escalerenOp : null,
      }));
    });
    if (alerts.length === 0) return 0;
    const column = <K extends keyof NieuweAlert>(key: K) => alerts.map((alert) => alert[key]);
    // One round trip: the alerts (a signal seen before inserts nothing) and their first history line.
    const inserted: Array<{ id: string; nummer: string; signaal_type: string; signaal_event_id: string; org_type: string; org_code: string; ontvanger: string; escaleren_op: Date | null }> =
      await manager.query(
        `WITH nieuw AS (
           INSERT INTO alert (id, signaal_sleutel, signaal_type, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, signaal,
                              escaleren_op, aangemaakt_op, gewijzigd_op)
           SELECT t.*, $12::timestamptz, $12::timestamptz
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::jsonb[], $11::timestamptz[]) AS t
           ON CONFLICT ON CONSTRAINT alert_eenmalig DO NOTHING
           RETURNING id, nummer, signaal_type, signaal_event_id, org_type, org_code, ontvanger, escaleren_op
         ), historie AS (
           INSERT INTO alert_historie (alert_id, actie, van_status, naar_status, door_sub, door_naam, op)
           SELECT id, 'aangemaakt', NULL, 'nieuw', 'sluitend', 'Sluitend (signaal)', $12::timestamptz FROM nieuw
         )
         SELECT * FROM nieuw`,
        [
          column('id'),
          column('sleutel'),
          column('type'),
          column('eventId'),
          column('jongereId'),
          column('orgType'),
          column('orgCode'),
          column('rol'),
          column('context'),
          column('signaal'),
          column('escalerenOp'),
          now,
        ],
      );
    if (inserted.length === 0) return 0;
    const ids = inserted.map((row) => row.id);
    const byEvent = new Map(events.map((event) => [event.id, event]));
    await this.outbox.append(
      manager,
      inserted.map((row): NewEvent<'notificaties.alert.aangemaakt'> => {
        const event = byEvent.get(row.signaal_event_id);
        return {
          type: 'notificaties.alert.aangemaakt',
          jongereId: event?.jongereId ?? null,
          aggregateId: row.id,
          context: event?.context ?? {},
          correlationId: event?.correlationId ?? row.id,
          causationId: row.signaal_event_id,
          payload: {
            ...alertEventBasis(row),
            signaalEventId: row.signaal_event_id,
            aangemaaktOp: now.toISOString(),
            escalerenOp: row.escaleren_op ? new Date(row.escaleren_op).toISOString() : null,
          },
        };
      }),
    );
    if ((await planBezorgingen(manager, ids, 'alert', now, !!this.env.SMTP_URL)) > 0) await this.jobs.wake(QUEUES.bezorging, 0, manager);
    // The per-minute sweep finds escalations days ahead; only a term shorter than that (demo, tests) needs a wake-up.
    const eerste = Math.min(...inserted.filter((row) => row.escaleren_op).map((row) => new Date(row.escaleren_op as Date).getTime()));
    if (eerste - now.getTime() < 60_000) await this.jobs.wake(QUEUES.escalatie, eerste - now.getTime(), manager);
    return inserted.length;
  }
}
