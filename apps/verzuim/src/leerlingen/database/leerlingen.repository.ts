import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { column, firstRow, rows, Runner } from '@sluitend/persistence';

/** A student as verzuim keeps them: the pseudonym and what its rules and routing need, never a name or BSN. */
export type LeerlingRecord = {
  brin: string;
  jongereId: string;
  geboortedatum: string;
  woongemeente: string;
  rmcRegio: string | null;
  onderwijstype: string;
  ingeschrevenPer: string;
  uitgeschrevenPer: string | null;
  startkwalificatieOp: string | null;
  vrijgesteldVanKwalificatieplicht: boolean;
};

const leerlingRij = z.object({
  brin: z.string(),
  jongere_id: z.string(),
  geboortedatum: z.string(),
  woongemeente: z.string(),
  rmc_regio: z.string().nullable(),
  onderwijstype: z.string(),
  ingeschreven_per: z.string(),
  uitgeschreven_per: z.string().nullable(),
  startkwalificatie_op: z.string().nullable(),
  vrijgesteld_van_kwalificatieplicht: z.boolean(),
});

const KOLOMMEN = `brin, jongere_id, geboortedatum::text, woongemeente, rmc_regio, onderwijstype, ingeschreven_per::text,
  uitgeschreven_per::text, startkwalificatie_op::text, vrijgesteld_van_kwalificatieplicht`;

const leerling = (rij: z.output<typeof leerlingRij>): LeerlingRecord => ({
  brin: rij.brin,
  jongereId: rij.jongere_id,
  geboortedatum: rij.geboortedatum,
  woongemeente: rij.woongemeente,
  rmcRegio: rij.rmc_regio,
  onderwijstype: rij.onderwijstype,
  ingeschrevenPer: rij.ingeschreven_per,
  uitgeschrevenPer: rij.uitgeschreven_per,
  startkwalificatieOp: rij.startkwalificatie_op,
  vrijgesteldVanKwalificatieplicht: rij.vrijgesteld_van_kwalificatieplicht,
});

/** leerlingen: every SQL statement on the students a school enrols. */
@Injectable()
export class LeerlingenRepository {
  /** Registers or updates students of one school in one statement; answers how many were new. */
  async registreer(runner: Runner, leerlingen: readonly LeerlingRecord[], op: Date): Promise<{ nieuw: number }> {
    const rij = await firstRow(
      runner,
      z.object({ nieuw: column.bigint }),
      `WITH invoer AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
           "brin" text, "jongereId" text, "geboortedatum" date, "woongemeente" text, "rmcRegio" text, "onderwijstype" text,
           "ingeschrevenPer" date, "uitgeschrevenPer" date, "startkwalificatieOp" date, "vrijgesteldVanKwalificatieplicht" boolean)
       ), opgeslagen AS (
         INSERT INTO leerling (brin, jongere_id, geboortedatum, woongemeente, rmc_regio, onderwijstype, ingeschreven_per,
           uitgeschreven_per, startkwalificatie_op, vrijgesteld_van_kwalificatieplicht, geregistreerd_op, bijgewerkt_op)
         SELECT "brin", "jongereId", "geboortedatum", "woongemeente", "rmcRegio", "onderwijstype", "ingeschrevenPer",
           "uitgeschrevenPer", "startkwalificatieOp", "vrijgesteldVanKwalificatieplicht", $2, $2 FROM invoer
         ON CONFLICT (brin, jongere_id) DO UPDATE SET
           geboortedatum = EXCLUDED.geboortedatum, woongemeente = EXCLUDED.woongemeente, rmc_regio = EXCLUDED.rmc_regio,
           onderwijstype = EXCLUDED.onderwijstype, ingeschreven_per = EXCLUDED.ingeschreven_per,
           uitgeschreven_per = EXCLUDED.uitgeschreven_per, startkwalificatie_op = EXCLUDED.startkwalificatie_op,
           vrijgesteld_van_kwalificatieplicht = EXCLUDED.vrijgesteld_van_kwalificatieplicht, bijgewerkt_op = EXCLUDED.bijgewerkt_op
         RETURNING (xmax = 0) AS nieuw
       )
       SELECT count(*) FILTER (WHERE nieuw) AS nieuw FROM opgeslagen`,
      [JSON.stringify(leerlingen), op],
    );
    return { nieuw: rij?.nieuw ?? 0 };
  }

  /** Students of one school by pseudonym, locked until the transaction ends (one evaluation per student at a time). */
  async lockVanSchool(runner: Runner, brin: string, jongereIds: readonly string[]): Promise<Map<string, LeerlingRecord>> {
    const gevonden = await rows(
      runner,
      leerlingRij,
      `SELECT ${KOLOMMEN} FROM leerling WHERE brin = $1 AND jongere_id = ANY($2::text[]) ORDER BY jongere_id FOR UPDATE`,
      [brin, jongereIds],
    );
    return new Map(gevonden.map((rij) => [rij.jongere_id, leerling(rij)]));
  }

  /** Students of one school by pseudonym, not locked (the import's check of a part of its file). */
  async vanSchool(runner: Runner, brin: string, jongereIds: readonly string[]): Promise<Map<string, LeerlingRecord>> {
    const gevonden = await rows(runner, leerlingRij, `SELECT ${KOLOMMEN} FROM leerling WHERE brin = $1 AND jongere_id = ANY($2::text[])`, [
      brin,
      jongereIds,
    ]);
    return new Map(gevonden.map((rij) => [rij.jongere_id, leerling(rij)]));
  }

  /** A school's students enrolled on `peildatum`, by pseudonym. */
  async ingeschreven(runner: Runner, brin: string, peildatum: string): Promise<LeerlingRecord[]> {
    const gevonden = await rows(
      runner,
      leerlingRij,
      `SELECT ${KOLOMMEN} FROM leerling WHERE brin = $1 AND ingeschreven_per <= $2 AND (uitgeschreven_per IS NULL OR uitgeschreven_per >= $2)
       ORDER BY jongere_id`,
      [brin, peildatum],
    );
    return gevonden.map(leerling);
  }
}
