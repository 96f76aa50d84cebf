import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { ALERT_ORGANISATIE_TYPES, eventContextSchema, ONTVANGER_ROLLEN } from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';

const verlopenRij = z
  .object({
    id: z.string(),
    nummer: column.bigint,
    signaal_type: z.string(),
    signaal_sleutel: z.string(),
    signaal_event_id: z.string(),
    jongere_id: z.string().nullable(),
    org_type: z.enum(ALERT_ORGANISATIE_TYPES),
    org_code: z.string(),
    ontvanger: z.enum(ONTVANGER_ROLLEN),
    context: eventContextSchema,
    correlation_id: z.string().nullable(),
  })
  .transform((row) => ({
    id: row.id,
    nummer: row.nummer,
    signaalType: row.signaal_type,
    signaalSleutel: row.signaal_sleutel,
    signaalEventId: row.signaal_event_id,
    jongereId: row.jongere_id,
    organisatie: { type: row.org_type, code: row.org_code },
    ontvanger: row.ontvanger,
    context: row.context,
    correlationId: row.correlation_id,
  }));
/** An alert nobody picked up in time. */
export type VerlopenAlert = z.output<typeof verlopenRij>;

const escalatieRij = z.object({ id: z.string(), escalatie_van: z.string() });

/**
 * The escalation sweep's statements on the alert table: set-based, in the sweeper's transaction. Only alerts whose
 * woonregio is known get an escaleren_op (alerts/commands/maak-alerts), so each has a coordinator to go to.
 */
@Injectable()
export class EscalatieRepository {
  /** Alerts still nieuw or gezien at their escaleren_op, locked (SKIP LOCKED: replicas take different ones). */
  claimVerlopen(manager: EntityManager, now: Date, limit: number): Promise<VerlopenAlert[]> {
    return rows(
      manager,
      verlopenRij,
      `SELECT id, nummer, signaal_type, signaal_sleutel, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, correlation_id FROM alert
       WHERE geescaleerd_op IS NULL AND escaleren_op <= $1 AND status IN ('nieuw', 'gezien')
       ORDER BY escaleren_op LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
  }

  async volgendeEscalatie(runner: Runner): Promise<Date | null> {
    const next = await firstRow(
      runner,
      z.object({ escaleren_op: column.timestamp }),
      `SELECT escaleren_op FROM alert WHERE geescaleerd_op IS NULL AND status IN ('nieuw', 'gezien') AND escaleren_op IS NOT NULL
       ORDER BY escaleren_op LIMIT 1`,
    );
    return next?.escaleren_op ?? null;
  }

  /**
   * Marks the alerts geescaleerd and puts an escalation alert for each in the RMC-regio's inbox (ontvanger
   * rmc-coordinator; its unique key `escalatie:<alert id>` makes it once), with a history line on both. Returns the
   * escalation alerts made, each with the alert it escalates.
   */
  async escaleer(manager: EntityManager, alertIds: readonly string[], now: Date): Promise<Array<{ id: string; escalatie_van: string }>> {
    await execute(manager, 'UPDATE alert SET geescaleerd_op = $2 WHERE id = ANY($1::uuid[])', [alertIds, now]);
    const nieuw = await rows(
      manager,
      escalatieRij,
      `INSERT INTO alert (id, signaal_sleutel, signaal_type, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, signaal,
                          escalatie_van, correlation_id, aangemaakt_op, gewijzigd_op)
       SELECT gen_random_uuid(), 'escalatie:' || a.id, 'escalatie', a.signaal_event_id, a.jongere_id, 'rmc-regio', a.context ->> 'rmcRegio',
              'rmc-coordinator', a.context,
              jsonb_build_object('alertId', a.id, 'nummer', a.nummer, 'signaalType', a.signaal_type,
                                 'organisatie', jsonb_build_object('type', a.org_type, 'code', a.org_code), 'escalerenOp', a.escaleren_op),
              a.id, a.correlation_id, $2, $2
       FROM alert a WHERE a.id = ANY($1::uuid[])
       ON CONFLICT ON CONSTRAINT alert_eenmalig DO NOTHING
       RETURNING id, escalatie_van`,
      [alertIds, now],
    );
    await execute(
      manager,
      `INSERT INTO alert_historie (alert_id, actie, van_status, naar_status, door_sub, door_naam, op)
       SELECT a.id, 'geescaleerd', a.status, a.status, 'sluitend', 'Sluitend (escalatie)', $2::timestamptz FROM alert a WHERE a.id = ANY($1::uuid[])
       UNION ALL
       SELECT id, 'aangemaakt', NULL, 'nieuw', 'sluitend', 'Sluitend (escalatie)', $2::timestamptz FROM unnest($3::uuid[]) AS id`,
      [alertIds, now, nieuw.map((escalatie) => escalatie.id)],
    );
    return nieuw;
  }
}
