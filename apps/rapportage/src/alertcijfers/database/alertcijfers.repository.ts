import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { rows, Runner } from '@sluitend/persistence';
import { Telling, upsertMetTellingen } from '../../shared/database/telling';
import { AlertSelectie, Alertgroep, REACTIETIJD_GRENZEN } from '../domain/alertcijfers';
import type { Alertrij } from '../domain/alertprojectie';

/** The tables of the alert projection (the rebuild compares them). */
export const ALERT_PROJECTIES = ['notificaties_alert', 'alert_telling'] as const;

const groepRij = z
  .object({
    rij: z.string(),
    opgepakt: z.boolean(),
    afgehandeld: z.boolean(),
    geescaleerd: z.boolean(),
    opgepakt_klasse: z.number().int(),
    afgehandeld_klasse: z.number().int(),
    aantal: z.number().int(),
  })
  .transform((r): Alertgroep => ({
    rij: r.rij,
    opgepakt: r.opgepakt,
    afgehandeld: r.afgehandeld,
    geescaleerd: r.geescaleerd,
    opgepaktKlasse: r.opgepakt_klasse,
    afgehandeldKlasse: r.afgehandeld_klasse,
    aantal: r.aantal,
  }));

/** The class of the hours between creation and a step, by the domain's bounds (as reactietijdKlasse). */
const klasse = (kolom: string): string => {
  const { kort, dag, drieDagen } = REACTIETIJD_GRENZEN;
  return `CASE WHEN t.${kolom} IS NULL THEN 4
               WHEN t.${kolom} - t.aangemaakt_op < interval '${Number(kort)} hours' THEN 0
               WHEN t.${kolom} - t.aangemaakt_op < interval '${Number(dag)} hours' THEN 1
               WHEN t.${kolom} - t.aangemaakt_op <= interval '${Number(drieDagen)} hours' THEN 2 ELSE 3 END`;
};

/** alert_telling: the alerts per school year of creation, organisation, signal type, where they stand and their classes. */
const TELLING: Telling = {
  tabel: 'alert_telling',
  sleutel: [
    { kolom: 'schooljaar', waarde: 't.schooljaar' },
    { kolom: 'organisatie_type', waarde: 't.organisatie_type' },
    { kolom: 'organisatie_code', waarde: 't.organisatie_code' },
    { kolom: 'signaal_type', waarde: 't.signaal_type' },
    { kolom: 'opgepakt', waarde: 't.opgepakt_op IS NOT NULL' },
    { kolom: 'afgehandeld', waarde: 't.afgehandeld_op IS NOT NULL' },
    { kolom: 'geescaleerd', waarde: 't.geescaleerd_op IS NOT NULL' },
    { kolom: 'opgepakt_klasse', waarde: klasse('opgepakt_op') },
    { kolom: 'afgehandeld_klasse', waarde: klasse('afgehandeld_op') },
  ],
  // An alert whose creation event has not arrived has no creation time: not counted until it has.
  geteld: 't.schooljaar IS NOT NULL',
};

/** notificaties_alert: rapportage's projection of notificaties' alert events (codes and instants, no person). */
@Injectable()
export class AlertcijfersRepository {
  /** Upserts one chunk's rows: creation fields are kept once stored; pick-up, handling and escalation keep the earliest. */
  async projecteer(runner: Runner, rijen: readonly Alertrij[]): Promise<void> {
    if (rijen.length === 0) return;
    const upsert = `INSERT INTO notificaties_alert AS t
         (alert_id, nummer, signaal_type, organisatie_type, organisatie_code, ontvanger, signaal_event_id, aangemaakt_op, escaleren_op,
          opgepakt_op, afgehandeld_op, uitkomst, geescaleerd_op, schooljaar)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::timestamptz[],
                            $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::text[], $13::timestamptz[], $14::text[])
       ON CONFLICT (alert_id) DO UPDATE SET
         signaal_event_id = coalesce(t.signaal_event_id, EXCLUDED.signaal_event_id),
         aangemaakt_op    = coalesce(t.aangemaakt_op, EXCLUDED.aangemaakt_op),
         schooljaar       = coalesce(t.schooljaar, EXCLUDED.schooljaar),
         escaleren_op     = coalesce(t.escaleren_op, EXCLUDED.escaleren_op),
         opgepakt_op      = least(t.opgepakt_op, EXCLUDED.opgepakt_op),
         uitkomst         = CASE WHEN EXCLUDED.afgehandeld_op IS NOT NULL AND (t.afgehandeld_op IS NULL OR EXCLUDED.afgehandeld_op < t.afgehandeld_op)
                                 THEN EXCLUDED.uitkomst ELSE t.uitkomst END,
         afgehandeld_op   = least(t.afgehandeld_op, EXCLUDED.afgehandeld_op),
         geescaleerd_op   = least(t.geescaleerd_op, EXCLUDED.geescaleerd_op)`;
    await upsertMetTellingen(
      runner,
      { tabel: 'notificaties_alert', id: 'alert_id', upsert },
      [TELLING],
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
        rijen.map((r) => r.schooljaar),
      ],
    );
  }

  /**
   * The alerts created in a school year (optionally of one organisation), in groups alike in everything the figures
   * tell apart: read from the counts, a few thousand rows however many alerts the year has.
   */
  async groepen(runner: Runner, schooljaar: string, selectie: AlertSelectie): Promise<Alertgroep[]> {
    return rows(
      runner,
      groepRij,
      `SELECT CASE WHEN $2 = 'organisatie' THEN organisatie_type || ':' || organisatie_code ELSE signaal_type END AS rij,
              opgepakt, afgehandeld, geescaleerd, opgepakt_klasse, afgehandeld_klasse, sum(aantal)::int AS aantal
       FROM alert_telling
       WHERE schooljaar = $1 AND ($3::text IS NULL OR (organisatie_type = $3 AND organisatie_code = $4))
       GROUP BY 1, 2, 3, 4, 5, 6`,
      [schooljaar, selectie.dimensie, selectie.organisatie?.type ?? null, selectie.organisatie?.code ?? null],
    );
  }
}
