import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AbsentieImportFout, AbsentieImportStatus, AbsentieImportView, MAX_ABSENTIE_IMPORT_FOUTEN } from '@sluitend/contracts';
import { execute, firstRow, rows, Runner } from '@sluitend/persistence';
import { AbsentieDag } from '../../absenties/domain/absentie-dag';
import { HONDERDSTEN, naarHonderdsten } from '../../absenties/domain/absentie-historie';

/** A checked row of the file, staged until the job stores it: the pseudonym, the day and the line it came from. */
export type StagedRij = { jongereId: string; dag: AbsentieDag; regel: number };

/** One staged day as the block holds it: [datum, regel, ongeoorloofd, ziek, verlof, schorsing, teLaat, uitgestuurd, alleLessenGemist]. */
type StagedDag = [string, number, number, number, number, number, number, number, boolean];

/** A student of the job with every day the file has for them (each day once), in date order. */
export type StagedLeerling = { jongereId: string; dagen: { dag: AbsentieDag; regel: number }[] };

/** Hours as absentie stores them (hundredths), so a staged day is the day a read of absentie gives back. */
const alsOpgeslagen = (uren: number | undefined): number => naarHonderdsten(uren ?? 0) / HONDERDSTEN;

const alsStaged = ({ dag, regel }: { dag: AbsentieDag; regel: number }): StagedDag => [
  dag.datum,
  regel,
  alsOpgeslagen(dag.ongeoorloofd),
  alsOpgeslagen(dag.ziek),
  alsOpgeslagen(dag.verlof),
  alsOpgeslagen(dag.schorsing),
  dag.teLaat ?? 0,
  dag.uitgestuurd ?? 0,
  dag.alleLessenGemist === true,
];

const uitStaged = ([datum, regel, ongeoorloofd, ziek, verlof, schorsing, teLaat, uitgestuurd, alleLessenGemist]: StagedDag) => ({
  regel,
  dag: { datum, ongeoorloofd, ziek, verlof, schorsing, teLaat, uitgestuurd, alleLessenGemist } satisfies AbsentieDag,
});

/** The blocks are written by `stage` only; a block that is not an array of days is a broken invariant, not input. */
function leesBlok(tekst: string): StagedDag[] {
  const dagen: unknown = JSON.parse(tekst);
  if (!Array.isArray(dagen) || dagen.some((d) => !Array.isArray(d) || d.length !== 9 || typeof d[0] !== 'string'))
    throw new Error('absentie_import_blok: een blok is geen lijst van dagen');
  return dagen as StagedDag[];
}

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
 * the file streams in, the report. A part of the file is staged as one block per student (their days as one JSON
 * array, `volgnummer` = the part): a file of 500,000 rows is a few thousand staged tuples, read back a page of
 * students at a time, so the rows never pass through memory at once and the staging costs no index entry per row.
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
   * Stages checked rows of one part of the file (`volgnummer`: the part), one block per student; answers the rows whose
   * student and date an earlier part already had, with that line (the first one counts, the later ones are reported
   * and not staged). The caller stages no two rows of one student and date in one part.
   */
  async stage(runner: Runner, importId: string, volgnummer: number, rijen: readonly StagedRij[]): Promise<{ regel: number; eerder: number }[]> {
    if (rijen.length === 0) return [];
    const perLeerling = new Map<string, StagedRij[]>();
    for (const rij of rijen) {
      const lijst = perLeerling.get(rij.jongereId);
      if (lijst) lijst.push(rij);
      else perLeerling.set(rij.jongereId, [rij]);
    }
    // Earlier parts of the same students (a school's export has a student's days together: mostly none, or the one
    // student a part boundary cut in two).
    const eerdere = await rows(
      runner,
      z.object({ jongere_id: z.string(), dagen: z.string() }),
      `SELECT jongere_id, dagen::text AS dagen FROM absentie_import_blok WHERE import_id = $1 AND jongere_id = ANY($2::text[])`,
      [importId, [...perLeerling.keys()]],
    );
    const eerder = new Map<string, number>();
    for (const blok of eerdere) for (const [datum, regel] of leesBlok(blok.dagen)) eerder.set(`${blok.jongere_id}|${datum}`, regel);
    const dubbel: { regel: number; eerder: number }[] = [];
    const blokken: { j: string; d: StagedDag[] }[] = [];
    for (const [jongereId, lijst] of perLeerling) {
      const dagen: StagedDag[] = [];
      for (const rij of lijst) {
        const regel = eerder.size > 0 ? eerder.get(`${jongereId}|${rij.dag.datum}`) : undefined;
        if (regel === undefined) dagen.push(alsStaged(rij));
        else dubbel.push({ regel: rij.regel, eerder: regel });
      }
      if (dagen.length > 0) blokken.push({ j: jongereId, d: dagen.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) });
    }
    if (blokken.length > 0) {
      await runner.query(
        `INSERT INTO absentie_import_blok (import_id, jongere_id, volgnummer, dagen)
         SELECT $1, x."j", $2, x."d" FROM json_to_recordset($3::json) AS x("j" text, "d" json)`,
        [importId, volgnummer, JSON.stringify(blokken)],
      );
    }
    return dubbel.sort((a, b) => a.regel - b.regel);
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
      await runner.query('DELETE FROM absentie_import_blok WHERE import_id = $1', [importId]);
      await runner.query(`UPDATE absentie_import SET status = 'afgewezen', bijgewerkt_op = $2, klaar_op = $2 WHERE id = $1`, [importId, op]);
      return;
    }
    await runner.query(
      `UPDATE absentie_import SET status = 'verwerken', bijgewerkt_op = $2,
         leerlingen = (SELECT count(DISTINCT jongere_id) FROM absentie_import_blok WHERE import_id = $1) WHERE id = $1`,
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

  /** A page of the job's students (by pseudonym, after `na`), each with every staged day, in date order. */
  async leerlingenPagina(runner: Runner, importId: string, na: string, limiet: number): Promise<StagedLeerling[]> {
    const blokken = await rows(
      runner,
      z.object({ jongere_id: z.string(), dagen: z.string() }),
      `WITH pagina AS (
         SELECT DISTINCT jongere_id FROM absentie_import_blok WHERE import_id = $1 AND jongere_id > $2 ORDER BY jongere_id LIMIT $3
       )
       SELECT b.jongere_id, b.dagen::text AS dagen FROM absentie_import_blok b JOIN pagina p ON p.jongere_id = b.jongere_id
       WHERE b.import_id = $1 ORDER BY b.jongere_id, b.volgnummer`,
      [importId, na, limiet],
    );
    const pagina: StagedLeerling[] = [];
    for (const blok of blokken) {
      const dagen = leesBlok(blok.dagen).map(uitStaged);
      const laatste = pagina[pagina.length - 1];
      if (laatste?.jongereId === blok.jongere_id) laatste.dagen.push(...dagen);
      else pagina.push({ jongereId: blok.jongere_id, dagen });
    }
    // A student's blocks are of different parts: together in date order (no date twice: `stage` saw to that).
    for (const { dagen } of pagina) dagen.sort((a, b) => (a.dag.datum < b.dag.datum ? -1 : a.dag.datum > b.dag.datum ? 1 : 0));
    return pagina;
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
    await runner.query('DELETE FROM absentie_import_blok WHERE import_id = $1', [importId]);
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
      `DELETE FROM absentie_import_blok r USING absentie_import j WHERE r.import_id = j.id AND j.status = 'inlezen' AND j.bijgewerkt_op < $1`,
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
