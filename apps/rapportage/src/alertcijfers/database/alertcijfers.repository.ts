import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ALERT_ORGANISATIE_TYPES, ONTVANGER_ROLLEN } from '@sluitend/contracts';
import { execute, rows, Runner } from '@sluitend/persistence';
import type { Alertenstand } from '../domain/alertstand';
import type { Alertrij } from '../domain/alertprojectie';

/** The tables of the alert projection (the rebuild compares them). */
export const ALERT_PROJECTIES = ['notificaties_alert'] as const;

const iso = (d: Date | null): number | null => (d === null ? null : d.getTime());
const alertRij = z.object({
  alert_id: z.string(),
  nummer: z.number().int(),
  signaal_type: z.string(),
  organisatie_type: z.enum(ALERT_ORGANISATIE_TYPES),
  organisatie_code: z.string(),
  ontvanger: z.enum(ONTVANGER_ROLLEN),
  signaal_event_id: z.string(),
  aangemaakt_op: z.date(),
  escaleren_op: z.date().nullable(),
  opgepakt_op: z.date().nullable(),
  afgehandeld_op: z.date().nullable(),
  geescaleerd_op: z.date().nullable(),
});

/** notificaties_alert: rapportage's projection of notificaties' alert events (codes and instants, no person). */
@Injectable()
export class AlertcijfersRepository {
  /** Upserts one chunk's rows: creation fields are kept once stored; pick-up, handling and escalation keep the earliest. */
  async projecteer(runner: Runner, rijen: readonly Alertrij[]): Promise<void> {
    if (rijen.length === 0) return;
    await execute(
      runner,
      `INSERT INTO notificaties_alert AS t
         (alert_id, nummer, signaal_type, organisatie_type, organisatie_code, ontvanger, signaal_event_id, aangemaakt_op, escaleren_op,
          opgepakt_op, afgehandeld_op, uitkomst, geescaleerd_op)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::timestamptz[],
                            $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::timestamptz[])
       ON CONFLICT (alert_id) DO UPDATE SET
         signaal_event_id = coalesce(t.signaal_event_id, EXCLUDED.signaal_event_id),
         aangemaakt_op    = coalesce(t.aangemaakt_op, EXCLUDED.aangemaakt_op),
         escaleren_op     = coalesce(t.escaleren_op, EXCLUDED.escaleren_op),
         opgepakt_op      = least(t.opgepakt_op, EXCLUDED.opgepakt_op),
         uitkomst         = CASE WHEN EXCLUDED.afgehandeld_op IS NOT NULL AND (t.afgehandeld_op IS NULL OR EXCLUDED.afgehandeld_op < t.afgehandeld_op)
                                 THEN EXCLUDED.uitkomst ELSE t.uitkomst END,
         afgehandeld_op   = least(t.afgehandeld_op, EXCLUDED.afgehandeld_op),
         geescaleerd_op   = least(t.geescaleerd_op, EXCLUDED.geescaleerd_op)`,
      [
        rijen.map((r) => r.alertId),
        rijen.map((r) => r.nummer),
        rijen.map((r) => r.signaalType),
        rijen.map((r) => r.organisatieType),
        rijen.map((r) => r.organisatieCode),
        rijen.map((r) => r.ontvanger),
        rijen.map((r) => r.signaalEventId),
        rijen.map((r) => r.aangemaaktOp),
        rijen.map((r) => r.escalerenOp),
        rijen.map((r) => r.opgepaktOp),
        rijen.map((r) => r.afgehandeldOp),
        rijen.map((r) => r.uitkomst),
        rijen.map((r) => r.geescaleerdOp),
      ],
    );
  }

  /**
   * The alerts created in [van, tot) (optionally of one organisation) as the domain's state: what the events left of
   * each. Alerts whose creation event has not arrived are not counted (the fold counts those as `wezen`).
   */
  async stand(runner: Runner, van: Date, tot: Date, organisatie: { type: string; code: string } | null): Promise<Alertenstand> {
    const gevonden = await rows(
      runner,
      alertRij,
      `SELECT alert_id, nummer, signaal_type, organisatie_type, organisatie_code, ontvanger, signaal_event_id, aangemaakt_op, escaleren_op,
              opgepakt_op, afgehandeld_op, geescaleerd_op
       FROM notificaties_alert
       WHERE aangemaakt_op >= $1 AND aangemaakt_op < $2 AND ($3::text IS NULL OR (organisatie_type = $3 AND organisatie_code = $4))`,
      [van, tot, organisatie?.type ?? null, organisatie?.code ?? null],
    );
    const stand: Alertenstand = { alerts: new Map(), wezen: 0 };
    for (const r of gevonden) {
      stand.alerts.set(r.alert_id, {
        aangemaakt: {
          alertId: r.alert_id,
          nummer: r.nummer,
          signaalType: r.signaal_type,
          organisatie: { type: r.organisatie_type, code: r.organisatie_code },
          ontvanger: r.ontvanger,
          signaalEventId: r.signaal_event_id,
          aangemaaktOp: r.aangemaakt_op.toISOString(),
          escalerenOp: r.escaleren_op?.toISOString() ?? null,
        },
        organisatie: `${r.organisatie_type}:${r.organisatie_code}`,
        aangemaaktMs: r.aangemaakt_op.getTime(),
        opgepaktMs: iso(r.opgepakt_op),
        afgehandeldMs: iso(r.afgehandeld_op),
        geescaleerd: r.geescaleerd_op !== null,
      });
    }
    return stand;
  }
}
