import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import {
  type DossierInhoud,
  NIET_LEVENDE_AANMELDING_STATUSSEN,
  DOSSIER_OVERDRACHT_STATUSSEN,
  type DossierOverdrachtStatus,
} from '@sluitend/contracts';
import { column, execute, firstRow, rows, Runner } from '@sluitend/persistence';

/**
 * A dossier row as written: the current version of a student's digitaal doorstroomdossier for one schooljaar. The
 * BSN is stored only encrypted (the mbo needs it for inschrijving); everything else refers to the pseudonymous
 * jongereId. Written set-based (bulk submissions of thousands), so there is no entity: the clock of the use case,
 * not the database's, says when it was submitted and changed.
 */
export type DossierRij = {
  id: string;
  jongereId: string;
  schooljaar: string;
  brin: string;
  vestiging: string;
  woongemeente: string;
  rmcRegio: string | null;
  versie: number;
  persoonsnummerVersleuteld: string;
  /** The dossier's content without the persoonsnummer. */
  inhoud: Record<string, unknown>;
  /** The same content as JSON text (the canonical text its hash is of): what is written. */
  inhoudJson: string;
  inhoudHash: string;
  ingediendOp: Date;
  bijgewerktOp: Date;
};

/** Every version a dossier had: who submitted what, when. */
export type DossierVersieRij = {
  dossierId: string;
  versie: number;
  /** The content as JSON text. */
  inhoudJson: string;
  inhoudHash: string;
  ingediendDoor: string;
  ingediendOp: Date;
};

const bestaandRij = z
  .object({
    id: z.string(),
    jongere_id: z.string(),
    schooljaar: z.string(),
    vestiging: z.string(),
    versie: z.number(),
    inhoud_hash: z.string(),
    ingediend_op: column.timestamp,
  })
  .transform((rij) => ({
    id: rij.id,
    jongereId: rij.jongere_id,
    schooljaar: rij.schooljaar,
    vestiging: rij.vestiging,
    versie: rij.versie,
    inhoudHash: rij.inhoud_hash,
    ingediendOp: rij.ingediend_op,
  }));
export type BestaandDossier = z.output<typeof bestaandRij>;

const inzageRij = z
  .object({
    id: z.string(),
    versie: z.number(),
    schooljaar: z.string(),
    brin: z.string(),
    inhoud: z.custom<DossierInhoud>((waarde) => typeof waarde === 'object' && waarde !== null, 'inhoud is een object'),
    aangemeld_bij_mbo: z.boolean(),
  })
  .transform((rij) => ({
    id: rij.id,
    versie: rij.versie,
    schooljaar: rij.schooljaar,
    brin: rij.brin,
    inhoud: rij.inhoud,
    aangemeldBijMbo: rij.aangemeld_bij_mbo,
  }));
export type DossierVoorInzage = z.output<typeof inzageRij>;

/** A transfer request to write: the submitted content, kept until the request is decided (ADR 0020). */
export type OverdrachtAanvraag = {
  id: string;
  dossierId: string;
  naarBrin: string;
  naarVestiging: string;
  inhoud: Record<string, unknown>;
  inhoudHash: string;
  persoonsnummerVersleuteld: string;
  aangevraagdDoor: string;
  aangevraagdOp: Date;
};

const overdrachtRij = z
  .object({
    id: z.string(),
    dossier_id: z.string(),
    status: z.enum(DOSSIER_OVERDRACHT_STATUSSEN),
    naar_brin: z.string(),
    naar_vestiging: z.string(),
    inhoud: z.record(z.string(), z.unknown()),
    inhoud_hash: z.string(),
    persoonsnummer_versleuteld: z.string(),
    aangevraagd_door: z.string(),
    aangevraagd_op: column.timestamp,
    besloten_op: column.nullableTimestamp,
    reden: z.string().nullable(),
    jongere_id: z.string(),
    schooljaar: z.string(),
    brin: z.string(),
    vestiging: z.string(),
    rmc_regio: z.string().nullable(),
    versie: z.number(),
    ingediend_op: column.timestamp,
  })
  .transform((rij) => ({
    id: rij.id,
    status: rij.status,
    naarBrin: rij.naar_brin,
    naarVestiging: rij.naar_vestiging,
    inhoud: rij.inhoud,
    inhoudHash: rij.inhoud_hash,
    persoonsnummerVersleuteld: rij.persoonsnummer_versleuteld,
    aangevraagdDoor: rij.aangevraagd_door,
    aangevraagdOp: rij.aangevraagd_op,
    beslotenOp: rij.besloten_op,
    reden: rij.reden,
    /** The dossier as it stands now: its holder may have changed since the request. */
    dossier: {
      id: rij.dossier_id,
      jongereId: rij.jongere_id,
      schooljaar: rij.schooljaar,
      brin: rij.brin,
      vestiging: rij.vestiging,
      rmcRegio: rij.rmc_regio,
      versie: rij.versie,
      inhoudHash: '',
      ingediendOp: rij.ingediend_op,
    },
  }));
export type OverdrachtMetDossier = z.output<typeof overdrachtRij>;

/** Whose transfer requests a caller lists: a school both sides of its own, an RMC its region's, ops all. */
export type OverdrachtBereik = { soort: 'school'; brin: string } | { soort: 'rmc'; regio: string } | { soort: 'ops' };

const OVERDRACHT_KOLOMMEN = `o.id, o.dossier_id, o.status, o.naar_brin, o.naar_vestiging, o.inhoud, o.inhoud_hash, o.persoonsnummer_versleuteld,
       o.aangevraagd_door, o.aangevraagd_op, o.besloten_op, o.reden,
       d.jongere_id, d.schooljaar, d.brin, d.vestiging, d.rmc_regio, d.versie, d.ingediend_op`;

/** One JSON text of the rows' texts: a single parameter that `jsonb_to_recordset` reads back as rows. */
const jsonRows = <T>(rows: readonly T[], toJson: (row: T) => string): string => {
  let text = '[';
  for (let i = 0; i < rows.length; i++) text += (i > 0 ? ',' : '') + toJson(rows[i]);
  return `${text}]`;
};

/** A dossier row as a JSON object; the content is embedded as its text (no parse, no second stringify). */
const dossierJson = (d: DossierRij): string =>
  `{"id":"${d.id}","jongere_id":${JSON.stringify(d.jongereId)},"schooljaar":${JSON.stringify(d.schooljaar)},"brin":${JSON.stringify(d.brin)},` +
  `"vestiging":${JSON.stringify(d.vestiging)},"woongemeente":${JSON.stringify(d.woongemeente)},"rmc_regio":${JSON.stringify(d.rmcRegio)},` +
  `"versie":${d.versie},"pn":${JSON.stringify(d.persoonsnummerVersleuteld)},"inhoud":${d.inhoudJson},"hash":${JSON.stringify(d.inhoudHash)},` +
  `"ingediend_op":"${d.ingediendOp.toISOString()}","bijgewerkt_op":"${d.bijgewerktOp.toISOString()}"}`;

const DOSSIER_RECORD = `id uuid, jongere_id text, schooljaar text, brin text, vestiging text, woongemeente text, rmc_regio text, versie int,
  pn text, inhoud jsonb, hash text, ingediend_op timestamptz, bijgewerkt_op timestamptz`;

/**
 * The dossiers capability's SQL. Dossiers are written set-based (one statement per batch, in the caller's
 * transaction): bulk submissions of thousands make per-row statements the bottleneck. A batch goes as one JSON
 * parameter read with `jsonb_to_recordset`, not as arrays of parameters: the driver escapes every element of a text
 * array in JavaScript, which for thousands of JSON contents cost more CPU than the rest of the statement.
 */
@Injectable()
export class DossiersRepository {
  /** The current dossiers of these students in a schooljaar, locked until the transaction ends. */
  lockBestaande(runner: Runner, schooljaar: string, jongereIds: readonly string[]): Promise<BestaandDossier[]> {
    return rows(
      runner,
      bestaandRij,
      `SELECT id, jongere_id, schooljaar, vestiging, versie, inhoud_hash, ingediend_op
       FROM dossier WHERE schooljaar = $1 AND jongere_id = ANY($2::text[]) FOR UPDATE`,
      [schooljaar, jongereIds],
    );
  }

  async insert(runner: Runner, dossiers: readonly DossierRij[]): Promise<void> {
    if (dossiers.length === 0) return;
    await execute(
      runner,
      `INSERT INTO dossier (id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie,
                            persoonsnummer_versleuteld, inhoud, inhoud_hash, ingediend_op, bijgewerkt_op)
       SELECT id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie, pn, inhoud, hash, ingediend_op, bijgewerkt_op
       FROM jsonb_to_recordset($1::jsonb) AS r(${DOSSIER_RECORD})`,
      [jsonRows(dossiers, dossierJson)],
    );
  }

  async update(runner: Runner, dossiers: readonly DossierRij[]): Promise<void> {
    if (dossiers.length === 0) return;
    await execute(
      runner,
      `UPDATE dossier AS d SET brin = u.brin, vestiging = u.vestiging, woongemeente = u.woongemeente, rmc_regio = u.rmc_regio,
              versie = u.versie, persoonsnummer_versleuteld = u.pn, inhoud = u.inhoud, inhoud_hash = u.hash, bijgewerkt_op = u.op
       FROM (SELECT id, brin, vestiging, woongemeente, rmc_regio, versie, pn, inhoud, hash, bijgewerkt_op AS op
             FROM jsonb_to_recordset($1::jsonb) AS r(${DOSSIER_RECORD})) AS u
       WHERE d.id = u.id`,
      [jsonRows(dossiers, dossierJson)],
    );
  }

  async insertVersies(runner: Runner, versies: readonly DossierVersieRij[]): Promise<void> {
    if (versies.length === 0) return;
    await execute(
      runner,
      `INSERT INTO dossier_versie (dossier_id, versie, inhoud, inhoud_hash, ingediend_door, ingediend_op)
       SELECT dossier_id, versie, inhoud, hash, door, op
       FROM jsonb_to_recordset($1::jsonb) AS r(dossier_id uuid, versie int, inhoud jsonb, hash text, door text, op timestamptz)`,
      [
        jsonRows(
          versies,
          (v) =>
            `{"dossier_id":"${v.dossierId}","versie":${v.versie},"inhoud":${v.inhoudJson},"hash":${JSON.stringify(v.inhoudHash)},` +
            `"door":${JSON.stringify(v.ingediendDoor)},"op":"${v.ingediendOp.toISOString()}"}`,
        ),
      ],
    );
  }

  /** A dossier, and whether the given mbo holds an aanmelding of its student (warme overdracht). */
  /**
   * The dossier and whether the mbo (`mboBrin`) has a live aanmelding of the student for its schooljaar: purpose
   * limitation — an aanmelding that was withdrawn, refused or ended without inschrijving gives no access any more.
   */
  voorInzage(runner: Runner, dossierId: string, mboBrin: string): Promise<DossierVoorInzage | undefined> {
    return firstRow(
      runner,
      inzageRij,
      `SELECT d.id, d.versie, d.schooljaar, d.brin, d.inhoud,
              EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.mbo_brin = $2
                                                  AND a.status <> ALL($3::text[]))
                AS aangemeld_bij_mbo
       FROM dossier d WHERE d.id = $1`,
      [dossierId, mboBrin, NIET_LEVENDE_AANMELDING_STATUSSEN],
    );
  }

  /**
   * Records a transfer request, or — one being open already for this dossier and vestiging — replaces its content:
   * answers the request's id either way.
   */
  async vraagOverdrachtAan(runner: Runner, aanvraag: OverdrachtAanvraag): Promise<string> {
    const rij = await firstRow(
      runner,
      z.object({ id: z.string() }),
      `INSERT INTO dossier_overdracht (id, dossier_id, naar_brin, naar_vestiging, status, inhoud, inhoud_hash, persoonsnummer_versleuteld,
                                       aangevraagd_door, aangevraagd_op)
       VALUES ($1, $2, $3, $4, 'aangevraagd', $5, $6, $7, $8, $9)
       ON CONFLICT (dossier_id, naar_vestiging) WHERE status = 'aangevraagd'
       DO UPDATE SET inhoud = EXCLUDED.inhoud, inhoud_hash = EXCLUDED.inhoud_hash, naar_brin = EXCLUDED.naar_brin,
                     persoonsnummer_versleuteld = EXCLUDED.persoonsnummer_versleuteld,
                     aangevraagd_door = EXCLUDED.aangevraagd_door
       RETURNING id`,
      [
        aanvraag.id,
        aanvraag.dossierId,
        aanvraag.naarBrin,
        aanvraag.naarVestiging,
        JSON.stringify(aanvraag.inhoud),
        aanvraag.inhoudHash,
        aanvraag.persoonsnummerVersleuteld,
        aanvraag.aangevraagdDoor,
        aanvraag.aangevraagdOp,
      ],
    );
    if (!rij) throw new Error('dossier_overdracht: upsert returned no row');
    return rij.id;
  }

  /** A transfer request with its dossier as it stands now, both locked until the transaction ends. */
  lockOverdracht(runner: Runner, overdrachtId: string): Promise<OverdrachtMetDossier | undefined> {
    return firstRow(
      runner,
      overdrachtRij,
      `SELECT ${OVERDRACHT_KOLOMMEN}
       FROM dossier_overdracht o JOIN dossier d ON d.id = o.dossier_id
       WHERE o.id = $1 FOR UPDATE OF o, d`,
      [overdrachtId],
    );
  }

  /** Closes an open request with its decision: who (user and organisation), when and why. */
  async besluitOverdracht(
    runner: Runner,
    besluit: { id: string; status: 'vrijgegeven' | 'geweigerd' | 'geforceerd'; door: string; organisatie: string; op: Date; reden: string | null },
  ): Promise<number> {
    return execute(
      runner,
      `UPDATE dossier_overdracht SET status = $2, besloten_door = $3, besloten_door_organisatie = $4, besloten_op = $5, reden = $6
       WHERE id = $1 AND status = 'aangevraagd'`,
      [besluit.id, besluit.status, besluit.door, besluit.organisatie, besluit.op, besluit.reden],
    );
  }

  /** Transfer requests in the caller's reach, newest first (at most 500). */
  zoekOverdrachten(runner: Runner, bereik: OverdrachtBereik, status: DossierOverdrachtStatus | undefined): Promise<OverdrachtMetDossier[]> {
    const [filter, parameters]: [string, unknown[]] =
      bereik.soort === 'school'
        ? ['(o.naar_brin = $2 OR d.brin = $2)', [bereik.brin]]
        : bereik.soort === 'rmc'
          ? ['d.rmc_regio = $2', [bereik.regio]]
          : ['TRUE', []];
    return rows(
      runner,
      overdrachtRij,
      `SELECT ${OVERDRACHT_KOLOMMEN}
       FROM dossier_overdracht o JOIN dossier d ON d.id = o.dossier_id
       WHERE ($1::text IS NULL OR o.status = $1) AND ${filter}
       ORDER BY o.aangevraagd_op DESC, o.id LIMIT 500`,
      [status ?? null, ...parameters],
    );
  }

  /** The inzage log (AVG): who read which dossier, for which organisation, why and when. */
  async registreerInzage(
    runner: Runner,
    inzage: { gebruiker: string; organisatie: string; dossierId: string; reden: string; op: Date },
  ): Promise<void> {
    await execute(runner, 'INSERT INTO inzage (gebruiker, organisatie, dossier_id, reden, op) VALUES ($1, $2, $3, $4, $5)', [
      inzage.gebruiker,
      inzage.organisatie,
      inzage.dossierId,
      inzage.reden,
      inzage.op,
    ]);
  }
}
