import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AbsentieImportFout, AbsentieImportStatus, AbsentieImportView, MAX_ABSENTIE_IMPORT_FOUTEN } from '@sluitend/contracts';
import { execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { AbsentieDag } from '../../absenties/domain/absentie-dag';
import { naarHonderdsten } from '../../absenties/domain/absentie-historie';

/** A checked row of the file, staged until the job stores it: the pseudonym, the day and the line it came from. */
export type StagedRij = { jongereId: string; dag: AbsentieDag; regel: number };

export type ImportMeldingen = { nieuw: number; vervallen: number; gewijzigd: number };

const jobRij = z.object({
  id: z.string(),
  brin: z.string(),
  status: z.enum(['inlezen', 'verwerken', 'klaar', 'afgewezen', 'mislukt']),
  gelezen: z.number().int(),
  fouten: z.number().int(),
  leerlingen: z.number().int(),
  beoordeeld: z.number().int(),
  meldingen_nieuw: z.number().int(),
  meldingen_vervallen: z.number().int(),
  meldingen_gewijzigd: z.number().int(),
  reden: z.string().nullable(),
  correlation_id: z.string(),
  ontvangen_op: z.date(),
  klaar_op: z.date().nullable(),
});
export type AbsentieImportJob = z.output<typeof jobRij>;

const foutRij = z.object({ regel: z.number().int(), kolom: z.string(), regelcode: z.string(), melding: z.string() });

/**
 * registratie: every SQL statement of the streamed absence import — the job and its progress, the rows staged while
 * the file streams in, the report. Storing the staged rows writes absentie set-based (one statement per page of
 * students, the same replace-or-withdraw as `AbsentiesRepository.leg`), so 500,000 rows never pass through memory.
 */
@Injectable()
export class AbsentieImportsRepository {
  async maak(runner: Runner, job: { id: string; brin: string; doorSub: string; correlationId: string; op: Date }): Promise<void> {
    await runner.query(
      `INSERT INTO absentie_import (id, brin, status, door_sub, correlation_id, ontvangen_op, bijgewerkt_op) VALUES ($1, $2, 'inlezen', $3, $4, $5, $5)`,
      [job.id, job.brin, job.doorSub, job.correlationId, job.op],
    );
  }

  /**
   * Stages checked rows; answers the rows whose student and date an earlier line of the file already had, with that
   * line (the first one counts, the later ones are reported).
   */
  async stage(runner: Runner, importId: string, rijen: readonly StagedRij[]): Promise<{ regel: number; eerder: number }[]> {
    if (rijen.length === 0) return [];
    const gevonden = await rows(
      runner,
      z.object({ regel: z.number().int(), eerder: z.number().int().nullable() }),
      `WITH invoer AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS x("j" text, "d" date, "r" integer, "o" integer, "z" integer, "v" integer,
           "s" integer, "t" integer, "u" integer, "a" boolean)
       ), gelegd AS (
         INSERT INTO absentie_import_rij (import_id, jongere_id, datum, regel, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist)
         SELECT $1, "j", "d", "r", "o", "z", "v", "s", "t", "u", "a" FROM invoer
         ON CONFLICT (import_id, jongere_id, datum) DO NOTHING
         RETURNING regel
       )
       SELECT i."r" AS regel, (SELECT b.regel FROM absentie_import_rij b WHERE b.import_id = $1 AND b.jongere_id = i."j" AND b.datum = i."d") AS eerder
       FROM invoer i LEFT JOIN gelegd g ON g.regel = i."r" WHERE g.regel IS NULL ORDER BY i."r"`,
      [
        importId,
        JSON.stringify(
          rijen.map(({ jongereId, dag, regel }) => ({
            j: jongereId,
            d: dag.datum,
            r: regel,
            o: naarHonderdsten(dag.ongeoorloofd ?? 0),
            z: naarHonderdsten(dag.ziek ?? 0),
            v: naarHonderdsten(dag.verlof ?? 0),
            s: naarHonderdsten(dag.schorsing ?? 0),
            t: dag.teLaat ?? 0,
            u: dag.uitgestuurd ?? 0,
            a: dag.alleLessenGemist === true,
          })),
        ),
      ],
    );
    // The caller stages no two rows of one student and date at once; a duplicate here is of an earlier part.
    return gevonden.map((r) => ({ regel: r.regel, eerder: r.eerder ?? r.regel }));
  }

  /** Progress of the reading: rows read and problems found (all counted; the first MAX_ABSENTIE_IMPORT_FOUTEN kept). */
  async leesVoortgang(runner: Runner, importId: string, gelezen: number, fouten: readonly AbsentieImportFout[], op: Date): Promise<void> {
    if (fouten.length > 0) {
      await runner.query(
        `INSERT INTO absentie_import_fout (import_id, regel, kolom, regelcode, melding)
         SELECT $1, x."regel", x."kolom", x."rule", x."message" FROM jsonb_to_recordset($2::jsonb) AS x("regel" integer, "kolom" text, "rule" text, "message" text)
         LIMIT GREATEST(0, $3 - (SELECT fouten FROM absentie_import WHERE id = $1))`,
        [importId, JSON.stringify(fouten), MAX_ABSENTIE_IMPORT_FOUTEN],
      );
    }
    await runner.query(`UPDATE absentie_import SET gelezen = gelezen + $2, fouten = fouten + $3, bijgewerkt_op = $4 WHERE id = $1`, [
      importId,
      gelezen,
      fouten.length,
      op,
    ]);
  }

  /** The reading ended: rejected (the staged rows go), or on to verwerken with the number of students. */
  async gelezen(runner: Runner, importId: string, status: 'verwerken' | 'afgewezen', op: Date): Promise<void> {
    if (status === 'afgewezen') {
      await runner.query('DELETE FROM absentie_import_rij WHERE import_id = $1', [importId]);
      await runner.query(`UPDATE absentie_import SET status = 'afgewezen', bijgewerkt_op = $2, klaar_op = $2 WHERE id = $1`, [importId, op]);
      return;
    }
    await runner.query(
      `UPDATE absentie_import SET status = 'verwerken', bijgewerkt_op = $2,
         leerlingen = (SELECT count(DISTINCT jongere_id) FROM absentie_import_rij WHERE import_id = $1) WHERE id = $1`,
      [importId, op],
    );
  }

  /** Takes the job for processing in the caller's transaction, unless another transaction has it (a replica). */
  async neem(runner: Runner, importId: string): Promise<AbsentieImportJob | undefined> {
    const vrij = await firstRow(runner, z.object({ vrij: z.boolean() }), `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS vrij`, [
      `absentie-import:${importId}`,
    ]);
    if (!vrij?.vrij) return undefined;
    return firstRow(runner, jobRij, `SELECT * FROM absentie_import WHERE id = $1 AND status = 'verwerken'`, [importId]);
  }

  /** A page of the job's students (by pseudonym, after `na`), each with the earliest day of their staged rows. */
  async leerlingenPagina(runner: Runner, importId: string, na: string, limiet: number): Promise<{ jongereId: string; vanaf: string }[]> {
    const gevonden = await rows(
      runner,
      z.object({ jongere_id: z.string(), vanaf: z.string() }),
      `SELECT jongere_id, min(datum)::text AS vanaf FROM absentie_import_rij WHERE import_id = $1 AND jongere_id > $2
       GROUP BY jongere_id ORDER BY jongere_id LIMIT $3`,
      [importId, na, limiet],
    );
    return gevonden.map((r) => ({ jongereId: r.jongere_id, vanaf: r.vanaf }));
  }

  /** Stores the staged rows of some students: a day's earlier record replaced, a row that says nothing withdraws the day. */
  async legVast(runner: Runner, importId: string, brin: string, jongereIds: readonly string[], op: Date): Promise<void> {
    await runner.query(
      `DELETE FROM absentie a USING absentie_import_rij r
       WHERE r.import_id = $1 AND r.jongere_id = ANY($3::text[]) AND a.brin = $2 AND a.jongere_id = r.jongere_id AND a.datum = r.datum
         AND r.ongeoorloofd = 0 AND r.ziek = 0 AND r.verlof = 0 AND r.schorsing = 0 AND r.te_laat = 0 AND r.uitgestuurd = 0 AND NOT r.alle_lessen_gemist`,
      [importId, brin, jongereIds],
    );
    await runner.query(
      `INSERT INTO absentie (brin, jongere_id, datum, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist, vastgelegd_op)
       SELECT $2, jongere_id, datum, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist, $4
       FROM absentie_import_rij
       WHERE import_id = $1 AND jongere_id = ANY($3::text[])
         AND NOT (ongeoorloofd = 0 AND ziek = 0 AND verlof = 0 AND schorsing = 0 AND te_laat = 0 AND uitgestuurd = 0 AND NOT alle_lessen_gemist)
       ON CONFLICT (brin, jongere_id, datum) DO UPDATE SET ongeoorloofd = EXCLUDED.ongeoorloofd, ziek = EXCLUDED.ziek,
         verlof = EXCLUDED.verlof, schorsing = EXCLUDED.schorsing, te_laat = EXCLUDED.te_laat, uitgestuurd = EXCLUDED.uitgestuurd,
         alle_lessen_gemist = EXCLUDED.alle_lessen_gemist, vastgelegd_op = EXCLUDED.vastgelegd_op`,
      [importId, brin, jongereIds, op],
    );
  }

  /** Progress of the processing (from outside its transaction, so a poll sees it while the job runs). */
  async verwerkVoortgang(runner: Runner, importId: string, beoordeeld: number, meldingen: ImportMeldingen, op: Date): Promise<void> {
    await runner.query(
      `UPDATE absentie_import SET beoordeeld = $2, meldingen_nieuw = $3, meldingen_vervallen = $4, meldingen_gewijzigd = $5, bijgewerkt_op = $6
       WHERE id = $1`,
      [importId, beoordeeld, meldingen.nieuw, meldingen.vervallen, meldingen.gewijzigd, op],
    );
  }

  /** The job ends: klaar (in its processing transaction) or mislukt (with the reason); its staged rows go. */
  async sluit(runner: Runner, importId: string, status: 'klaar' | 'mislukt', reden: string | null, op: Date): Promise<void> {
    await runner.query('DELETE FROM absentie_import_rij WHERE import_id = $1', [importId]);
    await runner.query(`UPDATE absentie_import SET status = $2, reden = $3, bijgewerkt_op = $4, klaar_op = $4 WHERE id = $1`, [
      importId,
      status,
      reden,
      op,
    ]);
  }

  /** Jobs waiting to be processed (a replica or a process that stopped left them), oldest first. */
  async wachtend(runner: Runner): Promise<string[]> {
    const gevonden = await rows(
      runner,
      z.object({ id: z.string() }),
      `SELECT id FROM absentie_import WHERE status = 'verwerken' ORDER BY ontvangen_op`,
    );
    return gevonden.map((r) => r.id);
  }

  /** Jobs still reading whose upload stopped long ago (the process died mid-upload): mislukt, nothing stored. */
  async sluitVerlaten(runner: Runner, voor: Date, op: Date): Promise<number> {
    await runner.query(
      `DELETE FROM absentie_import_rij r USING absentie_import j WHERE r.import_id = j.id AND j.status = 'inlezen' AND j.bijgewerkt_op < $1`,
      [voor],
    );
    return execute(
      runner,
      `UPDATE absentie_import SET status = 'mislukt', reden = 'het inlezen werd onderbroken', klaar_op = $2, bijgewerkt_op = $2
       WHERE status = 'inlezen' AND bijgewerkt_op < $1`,
      [voor, op],
    );
  }

  /** A job of a school with its report (the first MAX_ABSENTIE_IMPORT_FOUTEN problems, by line). */
  async lees(runner: Runner, importId: string, brin: string): Promise<AbsentieImportView | undefined> {
    const job = await firstRow(runner, jobRij, `SELECT * FROM absentie_import WHERE id = $1 AND brin = $2`, [importId, brin]);
    if (!job) return undefined;
    const fouten = await rows(
      runner,
      foutRij,
      `SELECT regel, kolom, regelcode, melding FROM absentie_import_fout WHERE import_id = $1 ORDER BY regel, kolom LIMIT $2`,
      [importId, MAX_ABSENTIE_IMPORT_FOUTEN],
    );
    return {
      jobId: job.id,
      status: job.status satisfies AbsentieImportStatus,
      gelezen: job.gelezen,
      fouten: job.fouten,
      rapport: fouten.map((f) => ({ regel: f.regel, kolom: f.kolom, rule: f.regelcode, message: f.melding })),
      leerlingen: job.leerlingen,
      beoordeeld: job.beoordeeld,
      meldingen: { nieuw: job.meldingen_nieuw, vervallen: job.meldingen_vervallen, gewijzigd: job.meldingen_gewijzigd },
      reden: job.reden,
      ontvangenOp: job.ontvangen_op.toISOString(),
      klaarOp: job.klaar_op?.toISOString() ?? null,
    };
  }
}
