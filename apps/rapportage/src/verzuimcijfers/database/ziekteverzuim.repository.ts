import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ZIEKTEVERZUIM_GRONDEN } from '@sluitend/contracts';
import { rows, Runner } from '@sluitend/persistence';
import { Telling, upsertMetTellingen } from '../../shared/database/telling';
import type { Ziekteverzuimtelling } from '../domain/ziekteverzuimcijfers';
import type { ZiekteverzuimcijfersBereik } from '../domain/ziekteverzuimcijfers-bereik';
import type { Ziekteverzuimrij } from '../domain/ziekteverzuimprojectie';

/** The tables of the M@ZL projection (the rebuild compares them). */
export const ZIEKTEVERZUIM_PROJECTIES = ['ziekteverzuim_signaal', 'ziekteverzuim_telling'] as const;

/** A signal counts once its zorgwekkend event is there (it brings the school year and the woongemeente). */
const TELLINGEN: readonly Telling[] = [
  {
    tabel: 'ziekteverzuim_telling',
    sleutel: [
      { kolom: 'schooljaar', waarde: 't.schooljaar' },
      { kolom: 'brin', waarde: 't.brin' },
      { kolom: 'woongemeente', waarde: 't.woongemeente' },
      { kolom: 'grond', waarde: 't.grond' },
      { kolom: 'ingetrokken', waarde: 't.ingetrokken_op IS NOT NULL' },
    ],
    geteld: 't.gemeld_op IS NOT NULL AND t.schooljaar IS NOT NULL AND t.woongemeente IS NOT NULL',
  },
];

const tellingRij = z
  .object({
    brin: z.string(),
    woongemeente: z.string(),
    grond: z.enum(ZIEKTEVERZUIM_GRONDEN),
    ingetrokken: z.boolean(),
    aantal: z.number().int(),
  })
  .transform((r): Ziekteverzuimtelling => r);

/** ziekteverzuim_signaal: rapportage's projection of verzuim's M@ZL events (codes, dates, no person), and its counts. */
@Injectable()
export class ZiekteverzuimRepository {
  /**
   * Upserts one chunk's rows: what the signal says is kept once stored, the raise and the withdrawal keep the earliest
   * (the reason goes with the earliest withdrawal); the counts move with the rows (upsertMetTellingen).
   */
  async projecteer(runner: Runner, rijen: readonly Ziekteverzuimrij[]): Promise<void> {
    if (rijen.length === 0) return;
    const upsert = `INSERT INTO ziekteverzuim_signaal AS t
         (signaal_id, grond, datum, brin, schooljaar, woongemeente, gemeld_op, ingetrokken_op, intrekkingsreden)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[])
       ON CONFLICT (signaal_id) DO UPDATE SET
         schooljaar       = coalesce(t.schooljaar, EXCLUDED.schooljaar),
         woongemeente     = coalesce(t.woongemeente, EXCLUDED.woongemeente),
         gemeld_op        = least(t.gemeld_op, EXCLUDED.gemeld_op),
         intrekkingsreden = CASE WHEN EXCLUDED.ingetrokken_op IS NOT NULL AND (t.ingetrokken_op IS NULL OR EXCLUDED.ingetrokken_op < t.ingetrokken_op)
                                 THEN EXCLUDED.intrekkingsreden ELSE t.intrekkingsreden END,
         ingetrokken_op   = least(t.ingetrokken_op, EXCLUDED.ingetrokken_op)`;
    await upsertMetTellingen(runner, { tabel: 'ziekteverzuim_signaal', id: 'signaal_id', upsert }, TELLINGEN, [
      rijen.map((r) => r.signaalId),
      rijen.map((r) => r.grond),
      rijen.map((r) => r.datum),
      rijen.map((r) => r.brin),
      rijen.map((r) => r.schooljaar),
      rijen.map((r) => r.woongemeente),
      rijen.map((r) => r.gemeldOp),
      rijen.map((r) => r.ingetrokkenOp),
      rijen.map((r) => r.intrekkingsreden),
    ]);
  }

  /** The counts of a school year within the scope: a few rows per school and woongemeente, never the signals themselves. */
  async tellingen(runner: Runner, schooljaar: string, bereik: ZiekteverzuimcijfersBereik): Promise<Ziekteverzuimtelling[]> {
    return rows(
      runner,
      tellingRij,
      `SELECT brin, woongemeente, grond, ingetrokken, aantal FROM ziekteverzuim_telling
       WHERE schooljaar = $1 AND ($2::text IS NULL OR brin = $2) AND ($3::text[] IS NULL OR woongemeente = ANY($3))`,
      [schooljaar, bereik.brin, bereik.gemeenten === null ? null : [...bereik.gemeenten]],
    );
  }
}
