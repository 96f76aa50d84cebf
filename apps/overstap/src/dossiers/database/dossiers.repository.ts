import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { type DossierInhoud, NIET_LEVENDE_AANMELDING_STATUSSEN } from '@sluitend/contracts';
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
  inhoudHash: string;
  ingediendOp: Date;
  bijgewerktOp: Date;
};

/** Every version a dossier had: who submitted what, when. */
export type DossierVersieRij = {
  dossierId: string;
  versie: number;
  inhoud: Record<string, unknown>;
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

/**
 * The dossiers capability's SQL. Dossiers are written set-based (one statement per batch, arrays as parameters, in the
 * caller's transaction): bulk submissions of thousands make per-row statements the bottleneck.
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
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                            $9::text[], $10::jsonb[], $11::text[], $12::timestamptz[], $13::timestamptz[])`,
      [...this.columns(dossiers), dossiers.map((d) => d.ingediendOp), dossiers.map((d) => d.bijgewerktOp)],
    );
  }

  async update(runner: Runner, dossiers: readonly DossierRij[]): Promise<void> {
    if (dossiers.length === 0) return;
    await execute(
      runner,
      `UPDATE dossier AS d SET brin = u.brin, vestiging = u.vestiging, woongemeente = u.woongemeente, rmc_regio = u.rmc_regio,
              versie = u.versie, persoonsnummer_versleuteld = u.pn, inhoud = u.inhoud, inhoud_hash = u.hash, bijgewerkt_op = u.op
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                   $9::text[], $10::jsonb[], $11::text[], $12::timestamptz[])
            AS u(id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie, pn, inhoud, hash, op)
       WHERE d.id = u.id`,
      [...this.columns(dossiers), dossiers.map((d) => d.bijgewerktOp)],
    );
  }

  async insertVersies(runner: Runner, versies: readonly DossierVersieRij[]): Promise<void> {
    if (versies.length === 0) return;
    await execute(
      runner,
      `INSERT INTO dossier_versie (dossier_id, versie, inhoud, inhoud_hash, ingediend_door, ingediend_op)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::jsonb[], $4::text[], $5::text[], $6::timestamptz[])`,
      [
        versies.map((v) => v.dossierId),
        versies.map((v) => v.versie),
        versies.map((v) => JSON.stringify(v.inhoud)),
        versies.map((v) => v.inhoudHash),
        versies.map((v) => v.ingediendDoor),
        versies.map((v) => v.ingediendOp),
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

  private columns(dossiers: readonly DossierRij[]): unknown[] {
    return [
      dossiers.map((d) => d.id),
      dossiers.map((d) => d.jongereId),
      dossiers.map((d) => d.schooljaar),
      dossiers.map((d) => d.brin),
      dossiers.map((d) => d.vestiging),
      dossiers.map((d) => d.woongemeente),
      dossiers.map((d) => d.rmcRegio),
      dossiers.map((d) => d.versie),
      dossiers.map((d) => d.persoonsnummerVersleuteld),
      dossiers.map((d) => JSON.stringify(d.inhoud)),
      dossiers.map((d) => d.inhoudHash),
    ];
  }
}
