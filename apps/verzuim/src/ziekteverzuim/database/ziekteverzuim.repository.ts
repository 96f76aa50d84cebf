import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { rows, Runner } from '@sluitend/persistence';
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
}
