import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ONDERWIJSTYPEN } from '@sluitend/contracts';
import { teldatum, volgendeTeldatum, volgendSchooljaar } from '@sluitend/domain-nl';
import { execute, rows, Runner } from '@sluitend/persistence';
import type { VsvProjectierij } from '../domain/vsv-projectiefeit';
import type { VsvProjectiewerk } from '../domain/vsvprojectie';

/** The tables of the VSV projection (the rebuild compares them). */
export const VSV_PROJECTIES = ['vsv_inschrijving', 'vsv_vo', 'vsv_jongere'] as const;

/** Which enrolments on 1 October t a caller counts: one school's, one gemeente's residents, one region's, or all. */
export interface VsvFilter {
  readonly brin: string | null;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
}

const projectieRij = z
  .object({
    jongere_id: z.string(),
    soort: z.enum(['mbo', 'vo']),
    brin: z.string(),
    niveau: z.number().int().nullable(),
    onderwijstype: z.enum(ONDERWIJSTYPEN).nullable(),
    leerjaar: z.number().int().nullable(),
    woongemeente: z.string().nullable(),
    rmc_regio: z.string().nullable(),
    ingeschreven_volgend: z.boolean(),
    laatste_teldatum_onder23: z.string().nullable(),
    startkwalificatie_op: z.string().nullable(),
  })
  .transform((r): VsvProjectierij => ({
    jongereId: r.jongere_id,
    soort: r.soort,
    brin: r.brin,
    niveau: r.niveau,
    onderwijstype: r.onderwijstype,
    leerjaar: r.leerjaar,
    woongemeente: r.woongemeente,
    rmcRegio: r.rmc_regio,
    ingeschrevenOpVolgendeTeldatum: r.ingeschreven_volgend,
    laatsteTeldatumOnder23: r.laatste_teldatum_onder23,
    startkwalificatieOp: r.startkwalificatie_op,
  }));

/**
 * vsv_inschrijving, vsv_vo and vsv_jongere: rapportage's projection of overstap's events for statistical VSV (codes,
 * dates and the pseudonymous jongere id; no date of birth, ADR 0023), and the read of one school year's deelnemers.
 */
@Injectable()
export class VsvRepository {
  /** Applies one chunk: every write keeps what is stored or the earliest/highest, so order and repeats do not matter. */
  async projecteer(runner: Runner, werk: VsvProjectiewerk): Promise<void> {
    const { inschrijvingen, beeindigingen, vo, jongeren } = werk;
    if (inschrijvingen.length > 0) {
      await execute(
        runner,
        `INSERT INTO vsv_inschrijving (inschrijving_id, jongere_id, mbo_brin, niveau, woongemeente, rmc_regio, ingeschreven_per)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::date[])
         ON CONFLICT (inschrijving_id) DO NOTHING`,
        [
          inschrijvingen.map((r) => r.inschrijvingId),
          inschrijvingen.map((r) => r.jongereId),
          inschrijvingen.map((r) => r.mboBrin),
          inschrijvingen.map((r) => r.niveau),
          inschrijvingen.map((r) => r.woongemeente),
          inschrijvingen.map((r) => r.rmcRegio),
          inschrijvingen.map((r) => r.ingeschrevenPer),
        ],
      );
    }
    if (beeindigingen.length > 0) {
      // After the inserts of the same chunk: overstap publishes an inschrijving's registration before its end, on the
      // same partition (keyed by jongere id).
      await execute(
        runner,
        `UPDATE vsv_inschrijving AS i SET beeindigd_per = least(i.beeindigd_per, u.per)
         FROM (SELECT id, min(per) AS per FROM unnest($1::uuid[], $2::date[]) AS x(id, per) GROUP BY id) AS u
         WHERE i.inschrijving_id = u.id`,
        [beeindigingen.map((r) => r.inschrijvingId), beeindigingen.map((r) => r.per)],
      );
    }
    if (vo.length > 0) {
      await execute(
        runner,
        `INSERT INTO vsv_vo AS t (dossier_id, versie, jongere_id, schooljaar, brin, woongemeente, rmc_regio, onderwijstype, leerjaar)
         SELECT DISTINCT ON (dossier_id) * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                                                       $9::smallint[]) AS x(dossier_id, versie, jongere_id, schooljaar, brin, woongemeente,
                                                                            rmc_regio, onderwijstype, leerjaar)
         ORDER BY dossier_id, versie DESC
         ON CONFLICT (dossier_id) DO UPDATE SET
           versie = EXCLUDED.versie, jongere_id = EXCLUDED.jongere_id, schooljaar = EXCLUDED.schooljaar, brin = EXCLUDED.brin,
           woongemeente = EXCLUDED.woongemeente, rmc_regio = EXCLUDED.rmc_regio, onderwijstype = EXCLUDED.onderwijstype,
           leerjaar = EXCLUDED.leerjaar
         WHERE EXCLUDED.versie > t.versie`,
        [
          vo.map((r) => r.dossierId),
          vo.map((r) => r.versie),
          vo.map((r) => r.jongereId),
          vo.map((r) => r.schooljaar),
          vo.map((r) => r.brin),
          vo.map((r) => r.woongemeente),
          vo.map((r) => r.rmcRegio),
          vo.map((r) => r.onderwijstype),
          vo.map((r) => r.leerjaar),
        ],
      );
    }
    if (jongeren.length > 0) {
      await execute(
        runner,
        `INSERT INTO vsv_jongere AS t (jongere_id, laatste_teldatum_onder23, startkwalificatie_op)
         SELECT * FROM unnest($1::text[], $2::date[], $3::date[])
         ON CONFLICT (jongere_id) DO UPDATE SET
           laatste_teldatum_onder23 = least(t.laatste_teldatum_onder23, EXCLUDED.laatste_teldatum_onder23),
           startkwalificatie_op     = least(t.startkwalificatie_op, EXCLUDED.startkwalificatie_op)`,
        [jongeren.map((r) => r.jongereId), jongeren.map((r) => r.laatsteTeldatumOnder23), jongeren.map((r) => r.startkwalificatieOp)],
      );
    }
    for (const { van, naar } of werk.koppelingen) await this.voegSamen(runner, van, naar);
  }

  /** Moves what the projection keeps under `van` to `naar` (overstap.persoon.gekoppeld, ADR 0018). */
  async voegSamen(runner: Runner, van: string, naar: string): Promise<void> {
    await execute(runner, 'UPDATE vsv_inschrijving SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    await execute(runner, 'UPDATE vsv_vo SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    await execute(
      runner,
      `INSERT INTO vsv_jongere AS t (jongere_id, laatste_teldatum_onder23, startkwalificatie_op)
       SELECT $2, laatste_teldatum_onder23, startkwalificatie_op FROM vsv_jongere WHERE jongere_id = $1
       ON CONFLICT (jongere_id) DO UPDATE SET
         laatste_teldatum_onder23 = least(t.laatste_teldatum_onder23, EXCLUDED.laatste_teldatum_onder23),
         startkwalificatie_op     = least(t.startkwalificatie_op, EXCLUDED.startkwalificatie_op)`,
      [van, naar],
    );
    await execute(runner, 'DELETE FROM vsv_jongere WHERE jongere_id = $1', [van]);
  }

  /**
   * Every young person enrolled on 1 October of school year t — an mbo inschrijving running that day (begun on or
   * before it, not ended on or before it, as overstap's teldatum counts it), else a VO dossier of school year t —
   * whose enrolment falls in the filter, with whether they are enrolled on 1 October t+1 and their age and
   * startkwalificatie facts. One row per young person.
   */
  deelnemers(runner: Runner, schooljaar: string, filter: VsvFilter): Promise<VsvProjectierij[]> {
    return rows(
      runner,
      projectieRij,
      `WITH op AS (
         SELECT DISTINCT ON (jongere_id) * FROM (
           SELECT jongere_id, 'mbo' AS soort, mbo_brin AS brin, niveau::int AS niveau, NULL::text AS onderwijstype, NULL::int AS leerjaar,
                  woongemeente, rmc_regio, 0 AS voorkeur, ingeschreven_per AS sinds, inschrijving_id::text AS sleutel
           FROM vsv_inschrijving WHERE ingeschreven_per <= $2::date AND (beeindigd_per IS NULL OR beeindigd_per > $2::date)
           UNION ALL
           SELECT jongere_id, 'vo', brin, NULL, onderwijstype, leerjaar::int, woongemeente, rmc_regio, 1, NULL, dossier_id::text
           FROM vsv_vo WHERE schooljaar = $1
         ) AS x
         ORDER BY jongere_id, voorkeur, sinds DESC NULLS LAST, sleutel
       )
       SELECT op.jongere_id, op.soort, op.brin, op.niveau, op.onderwijstype, op.leerjaar, op.woongemeente, op.rmc_regio,
         (EXISTS (SELECT 1 FROM vsv_inschrijving i WHERE i.jongere_id = op.jongere_id AND i.ingeschreven_per <= $3::date
                    AND (i.beeindigd_per IS NULL OR i.beeindigd_per > $3::date))
          OR EXISTS (SELECT 1 FROM vsv_vo v WHERE v.jongere_id = op.jongere_id AND v.schooljaar = $4)) AS ingeschreven_volgend,
         to_char(j.laatste_teldatum_onder23, 'YYYY-MM-DD') AS laatste_teldatum_onder23,
         to_char(j.startkwalificatie_op, 'YYYY-MM-DD') AS startkwalificatie_op
       FROM op LEFT JOIN vsv_jongere j USING (jongere_id)
       WHERE ($5::text IS NULL OR op.brin = $5) AND ($6::text IS NULL OR op.woongemeente = $6) AND ($7::text IS NULL OR op.rmc_regio = $7)`,
      [
        schooljaar,
        teldatum(schooljaar),
        volgendeTeldatum(schooljaar),
        volgendSchooljaar(schooljaar),
        filter.brin,
        filter.woongemeente,
        filter.rmcRegio,
      ],
    );
  }
}
