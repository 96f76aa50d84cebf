import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { ALERT_ORGANISATIE_TYPES, OrganisatieRef, Voorkeuren } from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { BezorgSoort, Bezorging, Uitkomst } from '../domain/bezorging';

const orgType = z.enum(ALERT_ORGANISATIE_TYPES);
const geclaimd = z
  .object({
    id: z.string(),
    kanaal: z.enum(['email', 'webhook']),
    soort: z.enum(['alert', 'escalatie', 'digest']),
    org_type: orgType,
    org_code: z.string(),
    alert_ids: z.array(z.string()),
    pogingen: z.number().int(),
  })
  .transform((row): Bezorging => ({
    id: row.id,
    kanaal: row.kanaal,
    soort: row.soort,
    organisatie: { type: row.org_type, code: row.org_code },
    alertIds: row.alert_ids,
    pogingen: row.pogingen,
  }));
const teBezorgenAlert = z.object({
  id: z.string(),
  nummer: column.bigint,
  signaal_type: z.string(),
  bron_nummer: column.bigint.nullable(),
  bron_type: z.string().nullable(),
  bron_code: z.string().nullable(),
});
export type TeBezorgenAlert = z.infer<typeof teBezorgenAlert>;
const voorkeur = z.object({
  email_adressen: z.array(z.string()),
  coordinator_email_adressen: z.array(z.string()),
  modus: z.enum(['direct', 'dagelijks']),
});
export type VoorkeurRij = z.infer<typeof voorkeur>;
const webhook = z.object({
  url: z.string(),
  geheim: z.string(),
  actief: z.boolean(),
  opeenvolgende_fouten: z.number().int(),
  uitgeschakeld_op: column.nullableTimestamp,
});
export type WebhookRij = z.infer<typeof webhook>;
const bezorgingLog = z.object({
  id: z.string(),
  kanaal: z.enum(['email', 'webhook']),
  soort: z.enum(['alert', 'escalatie', 'digest']),
  status: z.enum(['wachtend', 'verzonden', 'mislukt', 'opgeschort']),
  pogingen: z.number().int(),
  laatste_fout: z.string().nullable(),
  aangemaakt_op: column.timestamp,
  verzonden_op: column.nullableTimestamp,
  volgende_poging_op: column.timestamp,
  alerts: z.number().int(),
  log: z.array(
    z.object({
      poging: z.number().int(),
      op: z.string(),
      gelukt: z.boolean(),
      httpStatus: z.number().int().nullable(),
      fout: z.string().nullable(),
      duurMs: z.number().int(),
    }),
  ),
});
export type BezorgingLogRij = z.infer<typeof bezorgingLog>;
const aantal = z.object({ id: z.string() });
const moment = z.object({ op: column.timestamp });

/**
 * Every statement of the bezorging capability: the deliveries and their attempts, the organisations' preferences and
 * webhooks, and the delivery-related marks on alerts (voor_digest, in_digest_op). Deliveries are planned and claimed
 * set-based; recording an attempt locks the webhook row before any delivery row (disabling a webhook parks its
 * deliveries under that lock).
 */
@Injectable()
export class BezorgingRepository {
  /**
   * Plans, in the transaction that created the alerts, one delivery per alert and channel the organisation chose: an
   * e-mail when it wants them at once (escalations always at once, to the coordinator's addresses when set), a webhook
   * call when it registered one (parked while the webhook is disabled). Alerts of an organisation that wants a daily
   * digest are marked for it instead. One round trip; returns the number of deliveries planned.
   */
  async plan(
    manager: EntityManager,
    alertIds: readonly string[],
    soort: Exclude<BezorgSoort, 'digest'>,
    now: Date,
    emailAan: boolean,
  ): Promise<number> {
    const emails = soort === 'escalatie' ? "coalesce(nullif(v.coordinator_email_adressen, '{}'), v.email_adressen)" : 'v.email_adressen';
    const direct = soort === 'escalatie' ? 'true' : `v.modus = 'direct'`;
    const gepland = await rows(
      manager,
      aantal,
      `WITH digest AS (
         UPDATE alert a SET voor_digest = true FROM organisatie_voorkeur v
         WHERE $2::text = 'alert' AND a.id = ANY($1::uuid[]) AND v.org_type = a.org_type AND v.org_code = a.org_code
           AND v.modus = 'dagelijks' AND cardinality(v.email_adressen) > 0
       )
       INSERT INTO bezorging (id, kanaal, soort, org_type, org_code, alert_ids, status, volgende_poging_op, aangemaakt_op)
       SELECT gen_random_uuid(), 'email', $2::text, a.org_type, a.org_code, ARRAY[a.id], 'wachtend', $3::timestamptz, $3::timestamptz
       FROM alert a JOIN organisatie_voorkeur v ON v.org_type = a.org_type AND v.org_code = a.org_code
       WHERE $4::boolean AND a.id = ANY($1::uuid[]) AND ${direct} AND cardinality(${emails}) > 0
       UNION ALL
       SELECT gen_random_uuid(), 'webhook', $2::text, a.org_type, a.org_code, ARRAY[a.id], CASE WHEN w.actief THEN 'wachtend' ELSE 'opgeschort' END,
              $3::timestamptz, $3::timestamptz
       FROM alert a JOIN webhook w ON w.org_type = a.org_type AND w.org_code = a.org_code
       WHERE a.id = ANY($1::uuid[])
       RETURNING id`,
      [alertIds, soort, now, emailAan],
    );
    return gepland.length;
  }

  /** Claims due deliveries with a lease (replicas never send one together; a crashed sender's lease expires) and counts the attempt. */
  claim(manager: EntityManager, now: Date, leaseSeconds: number, limit: number): Promise<Bezorging[]> {
    return rows(
      manager,
      geclaimd,
      `UPDATE bezorging b SET geclaimd_tot = $1::timestamptz + make_interval(secs => $2), pogingen = b.pogingen + 1
       WHERE b.id IN (SELECT id FROM bezorging WHERE status = 'wachtend' AND volgende_poging_op <= $1 AND (geclaimd_tot IS NULL OR geclaimd_tot < $1)
                      ORDER BY volgende_poging_op LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING b.id, b.kanaal, b.soort, b.org_type, b.org_code, b.alert_ids, b.pogingen`,
      [now, leaseSeconds, limit],
    );
  }

  /** When the next waiting delivery falls due (a leased one when its lease ends). */
  async volgendeMoment(runner: Runner): Promise<Date | null> {
    const next = await firstRow(
      runner,
      moment,
      `SELECT greatest(volgende_poging_op, coalesce(geclaimd_tot, volgende_poging_op)) AS op FROM bezorging WHERE status = 'wachtend'
       ORDER BY volgende_poging_op LIMIT 1`,
    );
    return next?.op ?? null;
  }

  /** The alerts of a delivery, with the escalated alert of an escalation. */
  alerts(runner: Runner, alertIds: readonly string[]): Promise<TeBezorgenAlert[]> {
    return rows(
      runner,
      teBezorgenAlert,
      `SELECT a.id, a.nummer, a.signaal_type, b.nummer AS bron_nummer, b.org_type AS bron_type, b.org_code AS bron_code
       FROM alert a LEFT JOIN alert b ON b.id = a.escalatie_van WHERE a.id = ANY($1::uuid[]) ORDER BY a.nummer`,
      [alertIds],
    );
  }

  voorkeur(runner: Runner, organisatie: OrganisatieRef): Promise<VoorkeurRij | undefined> {
    return firstRow(
      runner,
      voorkeur,
      'SELECT email_adressen, coordinator_email_adressen, modus FROM organisatie_voorkeur WHERE org_type = $1 AND org_code = $2',
      [organisatie.type, organisatie.code],
    );
  }

  webhook(runner: Runner, organisatie: OrganisatieRef): Promise<WebhookRij | undefined> {
    return firstRow(
      runner,
      webhook,
      'SELECT url, geheim, actief, opeenvolgende_fouten, uitgeschakeld_op FROM webhook WHERE org_type = $1 AND org_code = $2',
      [organisatie.type, organisatie.code],
    );
  }

  /** Locks the organisation's webhook row (first, before any delivery row). */
  async lockWebhook(manager: EntityManager, organisatie: OrganisatieRef): Promise<void> {
    await execute(manager, 'SELECT 1 FROM webhook WHERE org_type = $1 AND org_code = $2 FOR UPDATE', [organisatie.type, organisatie.code]);
  }

  async registreerPoging(manager: EntityManager, bezorging: Bezorging, op: Date, uitkomst: Uitkomst, duurMs: number): Promise<void> {
    await execute(
      manager,
      'INSERT INTO bezorgpoging (bezorging_id, poging, op, gelukt, http_status, fout, duur_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [bezorging.id, bezorging.pogingen, op, uitkomst.gelukt, uitkomst.httpStatus ?? null, uitkomst.fout ?? null, duurMs],
    );
  }

  async markeerVerzonden(manager: EntityManager, id: string, op: Date): Promise<void> {
    await execute(manager, `UPDATE bezorging SET status = 'verzonden', verzonden_op = $2, geclaimd_tot = NULL, laatste_fout = NULL WHERE id = $1`, [
      id,
      op,
    ]);
  }

  /** Not attempted (the webhook is disabled): parked, and the attempt does not count. */
  async parkeer(manager: EntityManager, id: string, fout: string | null): Promise<void> {
    await execute(
      manager,
      `UPDATE bezorging SET status = 'opgeschort', geclaimd_tot = NULL, pogingen = pogingen - 1, laatste_fout = $2 WHERE id = $1`,
      [id, fout],
    );
  }

  /** After a failure: retry later or give up — unless it was parked meanwhile (its webhook disabled by another failing call). */
  async herplan(manager: EntityManager, id: string, status: 'wachtend' | 'mislukt', volgendePogingOp: Date, fout: string | null): Promise<void> {
    await execute(
      manager,
      `UPDATE bezorging SET status = CASE WHEN status = 'opgeschort' THEN status ELSE $2 END, volgende_poging_op = $3, geclaimd_tot = NULL,
         laatste_fout = $4
       WHERE id = $1`,
      [id, status, volgendePogingOp, fout],
    );
  }

  /** Counts a webhook call: a success resets the failures in a row, a failure adds one. */
  telWebhookAanroep(
    manager: EntityManager,
    organisatie: OrganisatieRef,
    gelukt: boolean,
  ): Promise<{ opeenvolgende_fouten: number; actief: boolean } | undefined> {
    return firstRow(
      manager,
      z.object({ opeenvolgende_fouten: z.number().int(), actief: z.boolean() }),
      `UPDATE webhook SET opeenvolgende_fouten = CASE WHEN $3 THEN 0 ELSE opeenvolgende_fouten + 1 END
       WHERE org_type = $1 AND org_code = $2 RETURNING opeenvolgende_fouten, actief`,
      [organisatie.type, organisatie.code, gelukt],
    );
  }

  /** Disables the webhook and parks its waiting deliveries until an admin re-enables it. */
  async schakelWebhookUit(manager: EntityManager, organisatie: OrganisatieRef, op: Date): Promise<void> {
    await execute(manager, 'UPDATE webhook SET actief = false, uitgeschakeld_op = $3 WHERE org_type = $1 AND org_code = $2', [
      organisatie.type,
      organisatie.code,
      op,
    ]);
    await execute(
      manager,
      `UPDATE bezorging SET status = 'opgeschort', geclaimd_tot = NULL WHERE kanaal = 'webhook' AND org_type = $1 AND org_code = $2 AND status = 'wachtend'`,
      [organisatie.type, organisatie.code],
    );
  }

  /**
   * The daily digest: claims every alert marked for it and not yet in one (in_digest_op), and plans one e-mail per
   * organisation with all of them — one statement, so an alert is in exactly one digest whichever replica runs it.
   */
  bundelDigest(manager: EntityManager, now: Date): Promise<Array<{ org_type: string; org_code: string; alerts: number }>> {
    return rows(
      manager,
      z.object({ org_type: z.string(), org_code: z.string(), alerts: z.number().int() }),
      `WITH geclaimd AS (
         UPDATE alert SET in_digest_op = $1
         WHERE id IN (SELECT id FROM alert WHERE voor_digest AND in_digest_op IS NULL FOR UPDATE SKIP LOCKED)
         RETURNING id, org_type, org_code, nummer
       ), gebundeld AS (
         INSERT INTO bezorging (id, kanaal, soort, org_type, org_code, alert_ids, status, volgende_poging_op, aangemaakt_op)
         SELECT gen_random_uuid(), 'email', 'digest', org_type, org_code, array_agg(id ORDER BY nummer), 'wachtend', $1, $1
         FROM geclaimd GROUP BY org_type, org_code
         RETURNING org_type, org_code, cardinality(alert_ids) AS alerts
       )
       SELECT org_type, org_code, alerts FROM gebundeld`,
      [now],
    );
  }

  async zetVoorkeuren(runner: Runner, organisatie: OrganisatieRef, voorkeuren: Voorkeuren, op: Date): Promise<void> {
    await execute(
      runner,
      `INSERT INTO organisatie_voorkeur (org_type, org_code, email_adressen, coordinator_email_adressen, modus, gewijzigd_op)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (org_type, org_code) DO UPDATE SET email_adressen = EXCLUDED.email_adressen,
         coordinator_email_adressen = EXCLUDED.coordinator_email_adressen, modus = EXCLUDED.modus, gewijzigd_op = EXCLUDED.gewijzigd_op`,
      [organisatie.type, organisatie.code, voorkeuren.emailAdressen, voorkeuren.coordinatorEmailAdressen, voorkeuren.modus, op],
    );
  }

  /** Registers or replaces the webhook (active, no failures) with a new secret. */
  async zetWebhook(runner: Runner, organisatie: OrganisatieRef, url: string, geheim: string, op: Date): Promise<void> {
    await execute(
      runner,
      `INSERT INTO webhook (org_type, org_code, url, geheim, actief, opeenvolgende_fouten, uitgeschakeld_op, gewijzigd_op)
       VALUES ($1, $2, $3, $4, true, 0, NULL, $5)
       ON CONFLICT (org_type, org_code) DO UPDATE SET url = EXCLUDED.url, geheim = EXCLUDED.geheim, actief = true,
         opeenvolgende_fouten = 0, uitgeschakeld_op = NULL, gewijzigd_op = EXCLUDED.gewijzigd_op`,
      [organisatie.type, organisatie.code, url, geheim, op],
    );
  }

  /** Re-enables the webhook; false when the organisation has none. */
  async heractiveerWebhook(manager: EntityManager, organisatie: OrganisatieRef, op: Date): Promise<boolean> {
    const touched = await execute(
      manager,
      `UPDATE webhook SET actief = true, opeenvolgende_fouten = 0, uitgeschakeld_op = NULL, gewijzigd_op = $3 WHERE org_type = $1 AND org_code = $2`,
      [organisatie.type, organisatie.code, op],
    );
    return touched > 0;
  }

  /** Puts the parked webhook deliveries back in line, as new (attempts from 0); returns how many. */
  async hervatGeparkeerd(manager: EntityManager, organisatie: OrganisatieRef, op: Date): Promise<number> {
    return (
      await rows(
        manager,
        aantal,
        `UPDATE bezorging SET status = 'wachtend', volgende_poging_op = $3, pogingen = 0
         WHERE kanaal = 'webhook' AND org_type = $1 AND org_code = $2 AND status = 'opgeschort' RETURNING id`,
        [organisatie.type, organisatie.code, op],
      )
    ).length;
  }

  /** The newest deliveries of an organisation with every attempt. */
  bezorgingen(runner: Runner, organisatie: OrganisatieRef, limiet: number): Promise<BezorgingLogRij[]> {
    return rows(
      runner,
      bezorgingLog,
      `SELECT b.id, b.kanaal, b.soort, b.status, b.pogingen, b.laatste_fout, b.aangemaakt_op, b.verzonden_op, b.volgende_poging_op,
              cardinality(b.alert_ids) AS alerts,
              coalesce((SELECT json_agg(json_build_object('poging', p.poging, 'op', p.op, 'gelukt', p.gelukt, 'httpStatus', p.http_status,
                                                          'fout', p.fout, 'duurMs', p.duur_ms) ORDER BY p.id)
                        FROM bezorgpoging p WHERE p.bezorging_id = b.id), '[]') AS log
       FROM bezorging b WHERE b.org_type = $1 AND b.org_code = $2 ORDER BY b.aangemaakt_op DESC LIMIT $3`,
      [organisatie.type, organisatie.code, limiet],
    );
  }
}
