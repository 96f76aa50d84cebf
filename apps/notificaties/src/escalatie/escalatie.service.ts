import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@sluitend/messaging';
import { alertEventBasis } from '../alerts/alert-event-basis';
import { planBezorgingen } from '../bezorging/plan-bezorgingen';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../config/notificaties-env';
import { DueWork, DueWorkJob, DueWorkSweeper } from '@sluitend/platform';
import { QUEUES } from '../scheduling/jobs';

type Verlopen = {
  id: string;
  nummer: string;
  signaal_type: string;
  signaal_sleutel: string;
  signaal_event_id: string;
  jongere_id: string | null;
  org_type: string;
  org_code: string;
  ontvanger: string;
  context: { rmcRegio?: string } & Record<string, unknown>;
};

const BATCH = 500;

/**
 * Escalation: an alert still nieuw or gezien at its escaleren_op goes to the coordinator of the woonregio — a new
 * alert in the RMC-regio's inbox (ontvanger rmc-coordinator) and notificaties.alert.geescaleerd. The deadline is the
 * alert row; firing marks it geescaleerd in the same transaction and the escalation alert has a unique key, so it
 * fires exactly once across replicas and restarts. pg-boss only wakes the sweep.
 */
@Injectable()
@DueWorkJob()
export class EscalatieService implements DueWork<Verlopen, number> {
  readonly name = QUEUES.escalatie;
  readonly mode = 'transaction';
  readonly batchSize = BATCH;
  readonly pollingIntervalSeconds = 2;
  private readonly logger = new Logger(EscalatieService.name);

  constructor(
    private readonly outbox: OutboxWriter,
    private readonly jobs: DueWorkSweeper,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  claim(manager: EntityManager, now: Date, limit: number): Promise<Verlopen[]> {
    return manager.query(
      `SELECT id, nummer, signaal_type, signaal_sleutel, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context FROM alert
       WHERE geescaleerd_op IS NULL AND escaleren_op <= $1 AND status IN ('nieuw', 'gezien')
       ORDER BY escaleren_op LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
  }

  async nextDueAt(manager: EntityManager): Promise<Date | null> {
    const [next]: Array<{ escaleren_op: Date }> = await manager.query(
      `SELECT escaleren_op FROM alert WHERE geescaleerd_op IS NULL AND status IN ('nieuw', 'gezien') AND escaleren_op IS NOT NULL
       ORDER BY escaleren_op LIMIT 1`,
    );
    return next ? new Date(next.escaleren_op) : null;
  }

  report(outcomes: number[]): Array<Record<string, unknown>> {
    const alerts = outcomes.reduce((sum, n) => sum + n, 0);
    return alerts > 0 ? [{ werk: 'escalatie', alerts }] : [];
  }

  async apply(verlopen: Verlopen[], { manager: tx, now }: { manager: EntityManager | null; now: Date }): Promise<number> {
    const manager = tx as EntityManager;
    const ids = verlopen.map((alert) => alert.id);
    await manager.query('UPDATE alert SET geescaleerd_op = $2 WHERE id = ANY($1::uuid[])', [ids, now]);
    // Only alerts whose woonregio is known get an escaleren_op, so each has a coordinator to go to.
    const nieuw: Array<{ id: string; escalatie_van: string; nummer: string }> = await manager.query(
      `INSERT INTO alert (id, signaal_sleutel, signaal_type, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, signaal,
                          escalatie_van, aangemaakt_op, gewijzigd_op)
       SELECT gen_random_uuid(), 'escalatie:' || a.id, 'escalatie', a.signaal_event_id, a.jongere_id, 'rmc-regio', a.context ->> 'rmcRegio',
              'rmc-coordinator', a.context,
              jsonb_build_object('alertId', a.id, 'nummer', a.nummer, 'signaalType', a.signaal_type,
                                 'organisatie', jsonb_build_object('type', a.org_type, 'code', a.org_code), 'escalerenOp', a.escaleren_op),
              a.id, $2, $2
       FROM alert a WHERE a.id = ANY($1::uuid[])
       ON CONFLICT ON CONSTRAINT alert_eenmalig DO NOTHING
       RETURNING id, escalatie_van, nummer`,
      [ids, now],
    );
    await manager.query(
      `INSERT INTO alert_historie (alert_id, actie, van_status, naar_status, door_sub, door_naam, op)
       SELECT a.id, 'geescaleerd', a.status, a.status, 'sluitend', 'Sluitend (escalatie)', $2::timestamptz FROM alert a WHERE a.id = ANY($1::uuid[])
       UNION ALL
       SELECT id, 'aangemaakt', NULL, 'nieuw', 'sluitend', 'Sluitend (escalatie)', $2::timestamptz FROM unnest($3::uuid[]) AS id`,
      [ids, now, nieuw.map((n) => n.id)],
    );
    const byId = new Map(verlopen.map((alert) => [alert.id, alert]));
    await this.outbox.append(
      manager,
      nieuw.map((escalatie) => {
        const alert = byId.get(escalatie.escalatie_van) as Verlopen;
        return {
          type: 'notificaties.alert.geescaleerd' as const,
          jongereId: alert.jongere_id,
          aggregateId: alert.id,
          context: alert.context,
          correlationId: alert.signaal_sleutel,
          causationId: alert.signaal_event_id,
          payload: {
            ...alertEventBasis(alert),
            escalatieAlertId: escalatie.id,
            coordinator: { type: 'rmc-regio' as const, code: alert.context.rmcRegio as string },
            geescaleerdOp: now.toISOString(),
          },
        };
      }),
    );
    if ((await planBezorgingen(manager, nieuw.map((n) => n.id), 'escalatie', now, !!this.env.SMTP_URL)) > 0) {
      await this.jobs.wake(QUEUES.bezorging, 0, manager);
    }
    this.logger.log(`${verlopen.length} alert(s) geëscaleerd`);
    return verlopen.length;
  }
}
