import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  ALERT_ORGANISATIE_TYPES,
  ALERT_STATUSSEN,
  ALERT_UITKOMSTEN,
  AlertsQuery,
  AlertStatus,
  AlertUitkomst,
  eventContextSchema,
  ONTVANGER_ROLLEN,
  OrganisatieRef,
} from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { AlertGegevens, HistorieRegel } from '../domain/alert';

const KOLOMMEN = `id, nummer, signaal_type, ontvanger, org_type, org_code, status, toegewezen_sub, toegewezen_naam, uitkomst,
  jongere_id, context, signaal, escaleren_op, geescaleerd_op, escalatie_van, aangemaakt_op, gewijzigd_op,
  (SELECT k.casus_id FROM casus_koppeling k
    WHERE k.signaal_event_id = alert.signaal_event_id AND alert.org_type = 'rmc-regio' AND k.rmc_regio = alert.org_code) AS casus_id`;

const alertRij = z
  .object({
    id: z.string(),
    nummer: column.bigint,
    signaal_type: z.string(),
    ontvanger: z.enum(ONTVANGER_ROLLEN),
    org_type: z.enum(ALERT_ORGANISATIE_TYPES),
    org_code: z.string(),
    status: z.enum(ALERT_STATUSSEN),
    toegewezen_sub: z.string().nullable(),
    toegewezen_naam: z.string().nullable(),
    uitkomst: z.enum(ALERT_UITKOMSTEN).nullable(),
    jongere_id: z.string().nullable(),
    context: eventContextSchema,
    signaal: z.record(z.string(), z.unknown()),
    escaleren_op: column.nullableTimestamp,
    geescaleerd_op: column.nullableTimestamp,
    escalatie_van: z.string().nullable(),
    aangemaakt_op: column.timestamp,
    gewijzigd_op: column.timestamp,
    casus_id: z.string().nullable(),
  })
  .transform((row): AlertGegevens => ({
    id: row.id,
    nummer: row.nummer,
    signaalType: row.signaal_type,
    ontvanger: row.ontvanger,
    organisatie: { type: row.org_type, code: row.org_code },
    status: row.status,
    toegewezenAan: row.toegewezen_sub ? { sub: row.toegewezen_sub, naam: row.toegewezen_naam } : null,
    uitkomst: row.uitkomst,
    jongereId: row.jongere_id,
    context: row.context,
    signaal: row.signaal,
    escalerenOp: row.escaleren_op,
    geescaleerdOp: row.geescaleerd_op,
    escalatieVan: row.escalatie_van,
    aangemaaktOp: row.aangemaakt_op,
    gewijzigdOp: row.gewijzigd_op,
    casusId: row.casus_id,
  }));

const nieuweAlertRij = z
  .object({
    id: z.string(),
    nummer: column.bigint,
    signaal_type: z.string(),
    signaal_event_id: z.string(),
    org_type: z.enum(ALERT_ORGANISATIE_TYPES),
    org_code: z.string(),
    ontvanger: z.enum(ONTVANGER_ROLLEN),
    escaleren_op: column.nullableTimestamp,
  })
  .transform((row) => ({
    id: row.id,
    nummer: row.nummer,
    signaalType: row.signaal_type,
    signaalEventId: row.signaal_event_id,
    organisatie: { type: row.org_type, code: row.org_code },
    ontvanger: row.ontvanger,
    escalerenOp: row.escaleren_op,
  }));
export type AangemaakteAlert = z.output<typeof nieuweAlertRij>;

const historieRij = z
  .object({
    actie: z.string(),
    van_status: z.enum(ALERT_STATUSSEN).nullable(),
    naar_status: z.enum(ALERT_STATUSSEN),
    door_sub: z.string(),
    door_naam: z.string(),
    toelichting: z.string().nullable(),
    op: column.timestamp,
  })
  .transform((row): HistorieRegel => ({
    actie: row.actie,
    vanStatus: row.van_status,
    naarStatus: row.naar_status,
    door: { sub: row.door_sub, naam: row.door_naam },
    toelichting: row.toelichting,
    op: row.op,
  }));

/** An alert to insert: one per signal and receiving organisation. `context` and `signaal` are JSON text. */
export type NieuweAlert = {
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
  /** The signal event's correlation id; its escalation keeps it. */
  correlationId: string;
};

export type AlertWijziging = {
  naar: AlertStatus;
  op: Date;
  toegewezenAan: { sub: string; naam: string } | null;
  uitkomst: AlertUitkomst | null;
};

/** Every statement of the alerts capability (tables alert and alert_historie), rows checked at the boundary. */
@Injectable()
export class AlertsRepository {
  /**
   * Inserts the alerts and their first history line in one round trip; a signal seen before for an organisation
   * inserts nothing (the unique key alert_eenmalig). Returns the alerts actually made.
   */
  voegToe(manager: EntityManager, alerts: readonly NieuweAlert[], now: Date): Promise<AangemaakteAlert[]> {
    const kolom = <K extends keyof NieuweAlert>(key: K) => alerts.map((alert) => alert[key]);
    return rows(
      manager,
      nieuweAlertRij,
      `WITH nieuw AS (
         INSERT INTO alert (id, signaal_sleutel, signaal_type, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, signaal,
                            escaleren_op, correlation_id, aangemaakt_op, gewijzigd_op)
         SELECT t.*, $12::timestamptz, $12::timestamptz
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::jsonb[], $11::timestamptz[], $13::text[]) AS t
         ON CONFLICT ON CONSTRAINT alert_eenmalig DO NOTHING
         RETURNING id, nummer, signaal_type, signaal_event_id, org_type, org_code, ontvanger, escaleren_op
       ), historie AS (
         INSERT INTO alert_historie (alert_id, actie, van_status, naar_status, door_sub, door_naam, op)
         SELECT id, 'aangemaakt', NULL, 'nieuw', 'sluitend', 'Sluitend (signaal)', $12::timestamptz FROM nieuw
       )
       SELECT * FROM nieuw`,
      [
        kolom('id'),
        kolom('sleutel'),
        kolom('type'),
        kolom('eventId'),
        kolom('jongereId'),
        kolom('orgType'),
        kolom('orgCode'),
        kolom('rol'),
        kolom('context'),
        kolom('signaal'),
        kolom('escalerenOp'),
        now,
        kolom('correlationId'),
      ],
    );
  }

  /** An alert of this inbox, locked for a change; undefined when it is not there (or another organisation's). */
  lockInInbox(manager: EntityManager, id: string, inbox: OrganisatieRef): Promise<AlertGegevens | undefined> {
    return firstRow(manager, alertRij, `SELECT ${KOLOMMEN} FROM alert WHERE id = $1 AND org_type = $2 AND org_code = $3 FOR UPDATE`, [
      id,
      inbox.type,
      inbox.code,
    ]);
  }

  /** The alerts of one signal (its sleutel) not yet afgehandeld, in every inbox, locked for a change. */
  lockOpenVanSignaal(manager: EntityManager, sleutel: string): Promise<AlertGegevens[]> {
    return rows(
      manager,
      alertRij,
      `SELECT ${KOLOMMEN} FROM alert WHERE signaal_sleutel = $1 AND status <> 'afgehandeld' ORDER BY nummer FOR UPDATE`,
      [sleutel],
    );
  }

  async wijzig(manager: EntityManager, id: string, wijziging: AlertWijziging): Promise<AlertGegevens> {
    const gewijzigd = await firstRow(
      manager,
      alertRij,
      `UPDATE alert SET status = $2, gewijzigd_op = $3,
         toegewezen_sub = coalesce($4, toegewezen_sub), toegewezen_naam = coalesce($5, toegewezen_naam), uitkomst = coalesce($6, uitkomst)
       WHERE id = $1 RETURNING ${KOLOMMEN}`,
      [id, wijziging.naar, wijziging.op, wijziging.toegewezenAan?.sub ?? null, wijziging.toegewezenAan?.naam ?? null, wijziging.uitkomst],
    );
    if (!gewijzigd) throw new Error(`alert ${id} verdween tijdens de wijziging`);
    return gewijzigd;
  }

  async schrijfHistorie(manager: EntityManager, alertId: string, regel: HistorieRegel): Promise<void> {
    await execute(
      manager,
      `INSERT INTO alert_historie (alert_id, actie, van_status, naar_status, door_sub, door_naam, toelichting, op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [alertId, regel.actie, regel.vanStatus, regel.naarStatus, regel.door.sub, regel.door.naam, regel.toelichting, regel.op],
    );
  }

  inInbox(runner: Runner, id: string, inbox: OrganisatieRef): Promise<AlertGegevens | undefined> {
    return firstRow(runner, alertRij, `SELECT ${KOLOMMEN} FROM alert WHERE id = $1 AND org_type = $2 AND org_code = $3`, [
      id,
      inbox.type,
      inbox.code,
    ]);
  }

  /** The inzage log (AVG): one row per alert read (a page of the inbox, or one alert with its history). */
  async registreerInzage(
    runner: Runner,
    inzage: { gebruiker: string; organisatie: string; alertIds: readonly string[]; reden: string; op: Date },
  ): Promise<void> {
    if (inzage.alertIds.length === 0) return;
    await execute(
      runner,
      `INSERT INTO alert_inzage (gebruiker, organisatie, alert_id, reden, op) SELECT $1, $2, id, $4, $5 FROM unnest($3::uuid[]) AS id`,
      [inzage.gebruiker, inzage.organisatie, inzage.alertIds, inzage.reden, inzage.op],
    );
  }

  /** Records that a user worked in their organisation's inbox (with a token of that organisation), with their name. */
  async registreerMedewerker(runner: Runner, inbox: OrganisatieRef, medewerker: { sub: string; naam: string; op: Date }): Promise<void> {
    await execute(
      runner,
      `INSERT INTO medewerker (org_type, org_code, sub, naam, laatst_gezien) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (org_type, org_code, sub) DO UPDATE SET naam = EXCLUDED.naam, laatst_gezien = greatest(medewerker.laatst_gezien, EXCLUDED.laatst_gezien)`,
      [inbox.type, inbox.code, medewerker.sub, medewerker.naam, medewerker.op],
    );
  }

  /** A user known in the organisation (seen in its inbox), with the name their token carried; undefined when unknown. */
  async medewerker(runner: Runner, inbox: OrganisatieRef, sub: string): Promise<{ sub: string; naam: string } | undefined> {
    return firstRow(
      runner,
      z.object({ sub: z.string(), naam: z.string() }),
      'SELECT sub, naam FROM medewerker WHERE org_type = $1 AND org_code = $2 AND sub = $3',
      [inbox.type, inbox.code, sub],
    );
  }

  historie(runner: Runner, alertId: string): Promise<HistorieRegel[]> {
    return rows(
      runner,
      historieRij,
      'SELECT actie, van_status, naar_status, door_sub, door_naam, toelichting, op FROM alert_historie WHERE alert_id = $1 ORDER BY id',
      [alertId],
    );
  }

  /** One page of an inbox, newest first, with the filters of the query and the total that matches them. */
  async zoek(runner: Runner, inbox: OrganisatieRef, query: AlertsQuery): Promise<{ totaal: number; alerts: AlertGegevens[] }> {
    const where = ['org_type = $1', 'org_code = $2'];
    const params: unknown[] = [inbox.type, inbox.code];
    const filter = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.status) filter('status = ?', query.status);
    if (query.signaalType) filter('signaal_type = ?', query.signaalType);
    if (query.toegewezenAan) filter('toegewezen_sub = ?', query.toegewezenAan);
    if (query.geescaleerd) where.push(query.geescaleerd === 'ja' ? 'geescaleerd_op IS NOT NULL' : 'geescaleerd_op IS NULL');
    const telling = await firstRow(
      runner,
      z.object({ totaal: z.number().int() }),
      `SELECT count(*)::int AS totaal FROM alert WHERE ${where.join(' AND ')}`,
      params,
    );
    const alerts = await rows(
      runner,
      alertRij,
      `SELECT ${KOLOMMEN} FROM alert WHERE ${where.join(' AND ')}
       ORDER BY aangemaakt_op DESC, nummer DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.perPagina, (query.pagina - 1) * query.perPagina],
    );
    return { totaal: telling?.totaal ?? 0, alerts };
  }

  /** An inbox counted per status, with how many of each escalated. */
  tellingen(runner: Runner, inbox: OrganisatieRef): Promise<Array<{ status: AlertStatus; aantal: number; geescaleerd: number }>> {
    return rows(
      runner,
      z.object({ status: z.enum(ALERT_STATUSSEN), aantal: z.number().int(), geescaleerd: z.number().int() }),
      `SELECT status, count(*)::int AS aantal, count(geescaleerd_op)::int AS geescaleerd FROM alert
       WHERE org_type = $1 AND org_code = $2 GROUP BY status`,
      [inbox.type, inbox.code],
    );
  }

  /**
   * Records which trajecten case handles a signal in a region (a link recorded before stays as it is). Answers the
   * links recorded now.
   */
  async koppelCasussen(
    runner: Runner,
    koppelingen: ReadonlyArray<{ signaalEventId: string; rmcRegio: string; casusId: string }>,
    op: Date,
  ): Promise<number> {
    if (koppelingen.length === 0) return 0;
    return (
      await rows(
        runner,
        z.object({ casus_id: z.string() }),
        `INSERT INTO casus_koppeling (signaal_event_id, rmc_regio, casus_id, gekoppeld_op)
         SELECT t.*, $4::timestamptz FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS t
         ON CONFLICT (signaal_event_id, rmc_regio) DO NOTHING
         RETURNING casus_id`,
        [koppelingen.map((k) => k.signaalEventId), koppelingen.map((k) => k.rmcRegio), koppelingen.map((k) => k.casusId), op],
      )
    ).length;
  }

  /** One person known under two pseudonyms is `naar` from now on (overstap.persoon.gekoppeld): their alerts say so. */
  async herkoppel(runner: Runner, van: string, naar: string): Promise<number> {
    return execute(runner, 'UPDATE alert SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
  }
}
