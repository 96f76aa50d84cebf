import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { ZiekteverzuimSignaal } from '@sluitend/contracts';
import { column, rows, Runner } from '@sluitend/persistence';
import { ZiekteverzuimBereik } from '../domain/ziekteverzuim-inzage';
import { ZorgwekkendGrond } from '../domain/zorgwekkend-ziekteverzuim';

/** A stored M@ZL signal that stands (not void). */
export type StaandSignaal = { id: string; jongereId: string; grond: ZorgwekkendGrond; datum: string };

export type NieuwSignaal = {
  id: string;
  brin: string;
  jongereId: string;
  woongemeente: string;
  grond: ZorgwekkendGrond;
  datum: string;
  ziekmeldingen: readonly string[];
  kalenders: readonly string[];
};

const staandRij = z.object({
  id: z.string(),
  jongere_id: z.string(),
  grond: z.enum(['vier-ziekmeldingen-in-twaalf-schoolweken', 'zevende-schooldag-ziek']),
  datum: z.string(),
});

const signaalRij = z
  .object({
    id: z.string(),
    jongere_id: z.string(),
    brin: z.string(),
    woongemeente: z.string(),
    grond: z.enum(['vier-ziekmeldingen-in-twaalf-schoolweken', 'zevende-schooldag-ziek']),
    datum: z.string(),
    ziekmeldingen: z.array(z.string()),
    kalenders: z.array(z.string()),
    geregistreerd_op: column.timestamp,
    vervallen_op: column.nullableTimestamp,
  })
  .transform((r): ZiekteverzuimSignaal => ({
    id: r.id,
    jongereId: r.jongere_id,
    brin: r.brin,
    woongemeente: r.woongemeente,
    grond: r.grond,
    datum: r.datum,
    ziekmeldingen: r.ziekmeldingen,
    kalenders: r.kalenders,
    geregistreerdOp: r.geregistreerd_op.toISOString(),
    vervallenOp: r.vervallen_op?.toISOString() ?? null,
  }));

const SIGNAAL_KOLOMMEN = `id, jongere_id, brin, woongemeente, grond, datum::text AS datum,
  ARRAY(SELECT d::text FROM unnest(ziekmeldingen) AS d ORDER BY d) AS ziekmeldingen, kalenders, geregistreerd_op, vervallen_op`;

/** ziekteverzuim: every SQL statement on M@ZL signals. */
@Injectable()
export class ZiekteverzuimRepository {
  /** The standing signals of some students at a school on or after `vanaf` (per student), in one statement. */
  async staande(runner: Runner, brin: string, jongereIds: readonly string[]): Promise<Map<string, StaandSignaal[]>> {
    const gevonden = await rows(
      runner,
      staandRij,
      `SELECT id, jongere_id, grond, datum::text FROM ziekteverzuim_signaal
       WHERE brin = $1 AND jongere_id = ANY($2::text[]) AND vervallen_op IS NULL ORDER BY jongere_id, datum`,
      [brin, jongereIds],
    );
    const per = new Map<string, StaandSignaal[]>();
    for (const r of gevonden) {
      const lijst = per.get(r.jongere_id) ?? [];
      lijst.push({ id: r.id, jongereId: r.jongere_id, grond: r.grond, datum: r.datum });
      per.set(r.jongere_id, lijst);
    }
    return per;
  }

  /** Stores new signals (one per student, criterion and day); answers the ids stored (a standing twin stores nothing). */
  async voegToe(runner: Runner, signalen: readonly NieuwSignaal[], op: Date): Promise<Set<string>> {
    if (signalen.length === 0) return new Set();
    const opgeslagen = await rows(
      runner,
      z.object({ id: z.string() }),
      `INSERT INTO ziekteverzuim_signaal (id, brin, jongere_id, woongemeente, grond, datum, ziekmeldingen, kalenders, geregistreerd_op)
       SELECT x."id", x."brin", x."jongereId", x."woongemeente", x."grond", x."datum",
         ARRAY(SELECT jsonb_array_elements_text(x."ziekmeldingen"))::date[], ARRAY(SELECT jsonb_array_elements_text(x."kalenders")), $2
       FROM jsonb_to_recordset($1::jsonb) AS x("id" uuid, "brin" text, "jongereId" text, "woongemeente" text, "grond" text, "datum" date,
         "ziekmeldingen" jsonb, "kalenders" jsonb)
       ON CONFLICT (brin, jongere_id, grond, datum) WHERE vervallen_op IS NULL DO NOTHING
       RETURNING id`,
      [JSON.stringify(signalen), op],
    );
    return new Set(opgeslagen.map((r) => r.id));
  }

  /** Marks signals void (a correction took away what they counted). */
  async vervallen(runner: Runner, ids: readonly string[], op: Date): Promise<void> {
    if (ids.length === 0) return;
    await runner.query('UPDATE ziekteverzuim_signaal SET vervallen_op = $2 WHERE id = ANY($1::uuid[]) AND vervallen_op IS NULL', [ids, op]);
  }

  /** The signals in a reach (a gemeente's residents, or a school's students), newest first; void ones only when asked. */
  zoek(runner: Runner, bereik: ZiekteverzuimBereik, opties: { limiet: number; metVervallen: boolean }): Promise<ZiekteverzuimSignaal[]> {
    const [kolom, code] = bereik.soort === 'woongemeente' ? ['woongemeente', bereik.woongemeente] : ['brin', bereik.brin];
    return rows(
      runner,
      signaalRij,
      `SELECT ${SIGNAAL_KOLOMMEN} FROM ziekteverzuim_signaal
       WHERE ${kolom} = $1 AND ($2 OR vervallen_op IS NULL) ORDER BY datum DESC, geregistreerd_op DESC, id LIMIT $3`,
      [code, opties.metVervallen, opties.limiet],
    );
  }

  /** One signal by id, or undefined. */
  async een(runner: Runner, id: string): Promise<ZiekteverzuimSignaal | undefined> {
    const [rij] = await rows(runner, signaalRij, `SELECT ${SIGNAAL_KOLOMMEN} FROM ziekteverzuim_signaal WHERE id = $1`, [id]);
    return rij;
  }

  /** The audit of reads (AVG): who read which M@ZL signals, for which organisation, when. */
  async logInzage(runner: Runner, inzage: { gebruiker: string; organisatie: string; signaalIds: readonly string[]; op: Date }): Promise<void> {
    if (inzage.signaalIds.length === 0) return;
    await runner.query('INSERT INTO ziekteverzuim_inzage (gebruiker, organisatie, signaal_ids, op) VALUES ($1, $2, $3::uuid[], $4)', [
      inzage.gebruiker,
      inzage.organisatie,
      inzage.signaalIds,
      inzage.op,
    ]);
  }
}
