import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { INKOMENSKLASSEN, ONDERWIJSTYPEN, UITKOMST_CATEGORIEEN } from '@sluitend/contracts';
import { execute, rows, Runner } from '@sluitend/persistence';
import type { JikpProjectierij } from '../domain/jikp-projectiefeit';
import type { JikpProjectiewerk } from '../domain/jikpprojectie';

/** The tables of the JiKP projection (the rebuild compares them); the rest of its facts is the VSV projection's. */
export const JIKP_PROJECTIES = ['jikp_uitkomst', 'jikp_koppeling'] as const;

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const projectieRij = z
  .object({
    jongere_id: z.string(),
    laatste_teldatum_onder23: datum.nullable(),
    startkwalificatie_op: datum.nullable(),
    vo: z.array(z.object({ schooljaar: z.string(), onderwijstype: z.enum(ONDERWIJSTYPEN), woongemeente: z.string() })),
    mbo: z.array(z.object({ niveau: z.number().int(), van: datum, tot: datum.nullable(), woongemeente: z.string().nullable() })),
    uitkomsten: z.array(z.object({ uitkomst: z.enum(UITKOMST_CATEGORIEEN), inkomensklasse: z.enum(INKOMENSKLASSEN).nullable(), op: datum })),
  })
  .transform((r): JikpProjectierij => ({
    jongereId: r.jongere_id,
    laatsteTeldatumOnder23: r.laatste_teldatum_onder23,
    startkwalificatieOp: r.startkwalificatie_op,
    vo: r.vo,
    mbo: r.mbo,
    uitkomsten: r.uitkomsten,
  }));

/**
 * jikp_uitkomst and jikp_koppeling: trajecten's closed cases per pseudonymous young person (outcome, income class, day)
 * — and the read of every JiKP candidate with what the VSV projection and the outcomes hold about them (ADR 0028).
 */
@Injectable()
export class JikpRepository {
  /** Applies one chunk: outcomes once per case, under the person a link has merged them into, then the links. */
  async projecteer(runner: Runner, werk: JikpProjectiewerk): Promise<void> {
    const { uitkomsten } = werk;
    if (uitkomsten.length > 0) {
      await execute(
        runner,
        `INSERT INTO jikp_uitkomst (casus_id, jongere_id, uitkomst, inkomensklasse, afgesloten_op)
         SELECT x.casus_id, coalesce(k.naar, x.jongere_id), x.uitkomst, x.inkomensklasse, x.afgesloten_op
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[]) AS x(casus_id, jongere_id, uitkomst, inkomensklasse, afgesloten_op)
         LEFT JOIN jikp_koppeling k ON k.van = x.jongere_id
         ON CONFLICT (casus_id) DO NOTHING`,
        [
          uitkomsten.map((u) => u.casusId),
          uitkomsten.map((u) => u.jongereId),
          uitkomsten.map((u) => u.uitkomst),
          uitkomsten.map((u) => u.inkomensklasse),
          uitkomsten.map((u) => u.afgeslotenOp),
        ],
      );
    }
    for (const { van, naar } of werk.koppelingen) {
      await execute(runner, 'INSERT INTO jikp_koppeling (van, naar) VALUES ($1, $2) ON CONFLICT (van) DO NOTHING', [van, naar]);
      await execute(runner, 'UPDATE jikp_uitkomst SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    }
  }

  /**
   * Every young person with a JiKP background (a VO dossier of pro, vso or vmbo-bb, or an entree inschrijving) of whom
   * a record names one of the gemeenten as woongemeente, with everything the facts are derived from: the age fact,
   * the startkwalificatie, every VO dossier and mbo inschrijving, every closed case. One row per young person.
   */
  kandidaten(runner: Runner, gemeenten: readonly string[]): Promise<JikpProjectierij[]> {
    return rows(
      runner,
      projectieRij,
      `WITH in_gemeenten AS (
         SELECT jongere_id FROM vsv_vo WHERE woongemeente = ANY($1::text[])
         UNION
         SELECT jongere_id FROM vsv_inschrijving WHERE woongemeente = ANY($1::text[])
       ), kandidaat AS (
         SELECT g.jongere_id FROM in_gemeenten g
         WHERE EXISTS (SELECT 1 FROM vsv_vo v WHERE v.jongere_id = g.jongere_id AND v.onderwijstype IN ('pro', 'vso', 'vmbo-bb'))
            OR EXISTS (SELECT 1 FROM vsv_inschrijving i WHERE i.jongere_id = g.jongere_id AND i.niveau = 1)
       )
       SELECT k.jongere_id,
         to_char(j.laatste_teldatum_onder23, 'YYYY-MM-DD') AS laatste_teldatum_onder23,
         to_char(j.startkwalificatie_op, 'YYYY-MM-DD') AS startkwalificatie_op,
         coalesce((SELECT json_agg(json_build_object('schooljaar', v.schooljaar, 'onderwijstype', v.onderwijstype, 'woongemeente', v.woongemeente))
                   FROM vsv_vo v WHERE v.jongere_id = k.jongere_id), '[]') AS vo,
         coalesce((SELECT json_agg(json_build_object('niveau', i.niveau, 'van', i.ingeschreven_per, 'tot', i.beeindigd_per, 'woongemeente', i.woongemeente))
                   FROM vsv_inschrijving i WHERE i.jongere_id = k.jongere_id), '[]') AS mbo,
         coalesce((SELECT json_agg(json_build_object('uitkomst', u.uitkomst, 'inkomensklasse', u.inkomensklasse, 'op', u.afgesloten_op))
                   FROM jikp_uitkomst u WHERE u.jongere_id = k.jongere_id), '[]') AS uitkomsten
       FROM kandidaat k LEFT JOIN vsv_jongere j USING (jongere_id)`,
      [gemeenten],
    );
  }
}
