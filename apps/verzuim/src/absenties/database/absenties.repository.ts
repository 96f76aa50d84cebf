import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { rows, Runner } from '@sluitend/persistence';
import { AbsentieDag, isLeeg } from '../domain/absentie-dag';
import { naarHonderdsten } from '../domain/absentie-historie';

/** One day's record of one student at one school. */
export type AbsentieRecord = { brin: string; jongereId: string; dag: AbsentieDag };

const absentieRij = z.object({
  jongere_id: z.string(),
  datum: z.string(),
  ongeoorloofd: z.number().int(),
  ziek: z.number().int(),
  verlof: z.number().int(),
  schorsing: z.number().int(),
  te_laat: z.number().int(),
  uitgestuurd: z.number().int(),
  alle_lessen_gemist: z.boolean(),
});

const uren = (honderdsten: number): number => honderdsten / 100;

/** absenties: every SQL statement on absence records (hours stored as integer hundredths, as the rules count). */
@Injectable()
export class AbsentiesRepository {
  /** Stores records, replacing a day's earlier record; a record that says nothing withdraws the day. */
  async leg(runner: Runner, records: readonly AbsentieRecord[], op: Date): Promise<void> {
    const opslaan = records.filter((r) => !isLeeg(r.dag));
    const weg = records.filter((r) => isLeeg(r.dag));
    if (weg.length > 0) {
      await runner.query(
        `DELETE FROM absentie a USING jsonb_to_recordset($1::jsonb) AS x("brin" text, "jongereId" text, "datum" date)
         WHERE a.brin = x."brin" AND a.jongere_id = x."jongereId" AND a.datum = x."datum"`,
        [JSON.stringify(weg.map((r) => ({ brin: r.brin, jongereId: r.jongereId, datum: r.dag.datum })))],
      );
    }
    if (opslaan.length === 0) return;
    await runner.query(
      `INSERT INTO absentie (brin, jongere_id, datum, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist, vastgelegd_op)
       SELECT x."brin", x."jongereId", x."datum", x."ongeoorloofd", x."ziek", x."verlof", x."schorsing", x."teLaat", x."uitgestuurd", x."alleLessenGemist", $2
       FROM jsonb_to_recordset($1::jsonb) AS x("brin" text, "jongereId" text, "datum" date, "ongeoorloofd" integer, "ziek" integer,
         "verlof" integer, "schorsing" integer, "teLaat" integer, "uitgestuurd" integer, "alleLessenGemist" boolean)
       ON CONFLICT (brin, jongere_id, datum) DO UPDATE SET ongeoorloofd = EXCLUDED.ongeoorloofd, ziek = EXCLUDED.ziek,
         verlof = EXCLUDED.verlof, schorsing = EXCLUDED.schorsing, te_laat = EXCLUDED.te_laat, uitgestuurd = EXCLUDED.uitgestuurd,
         alle_lessen_gemist = EXCLUDED.alle_lessen_gemist, vastgelegd_op = EXCLUDED.vastgelegd_op`,
      [
        JSON.stringify(
          opslaan.map(({ brin, jongereId, dag }) => ({
            brin,
            jongereId,
            datum: dag.datum,
            ongeoorloofd: naarHonderdsten(dag.ongeoorloofd ?? 0),
            ziek: naarHonderdsten(dag.ziek ?? 0),
            verlof: naarHonderdsten(dag.verlof ?? 0),
            schorsing: naarHonderdsten(dag.schorsing ?? 0),
            teLaat: dag.teLaat ?? 0,
            uitgestuurd: dag.uitgestuurd ?? 0,
            alleLessenGemist: dag.alleLessenGemist === true,
          })),
        ),
        op,
      ],
    );
  }

  /**
   * Stores records of days that have no record yet — the caller knows, having read the students' histories under
   * their lock (the import): a plain insert, one statement, no conflict check; a record that says nothing is not stored.
   */
  async voegNieuweToe(runner: Runner, brin: string, records: readonly Omit<AbsentieRecord, 'brin'>[], op: Date): Promise<void> {
    const opslaan = records.filter((r) => !isLeeg(r.dag));
    if (opslaan.length === 0) return;
    const kolom = <T>(waarde: (dag: AbsentieDag) => T): T[] => opslaan.map((r) => waarde(r.dag));
    await runner.query(
      `INSERT INTO absentie (brin, jongere_id, datum, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist, vastgelegd_op)
       SELECT $1, x.j, x.d, x.o, x.z, x.v, x.s, x.t, x.u, x.a, $11
       FROM unnest($2::text[], $3::date[], $4::integer[], $5::integer[], $6::integer[], $7::integer[], $8::integer[], $9::integer[], $10::boolean[])
         AS x(j, d, o, z, v, s, t, u, a)`,
      [
        brin,
        opslaan.map((r) => r.jongereId),
        kolom((dag) => dag.datum),
        kolom((dag) => naarHonderdsten(dag.ongeoorloofd ?? 0)),
        kolom((dag) => naarHonderdsten(dag.ziek ?? 0)),
        kolom((dag) => naarHonderdsten(dag.verlof ?? 0)),
        kolom((dag) => naarHonderdsten(dag.schorsing ?? 0)),
        kolom((dag) => dag.teLaat ?? 0),
        kolom((dag) => dag.uitgestuurd ?? 0),
        kolom((dag) => dag.alleLessenGemist === true),
        op,
      ],
    );
  }

  /** The records of some students at a school from `van` through `tot`, per student in date order (one statement). */
  async historie(runner: Runner, brin: string, jongereIds: readonly string[], van: string, tot: string): Promise<Map<string, AbsentieDag[]>> {
    const gevonden = await rows(
      runner,
      absentieRij,
      `SELECT jongere_id, datum::text, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist FROM absentie
       WHERE brin = $1 AND jongere_id = ANY($2::text[]) AND datum BETWEEN $3 AND $4 ORDER BY jongere_id, datum`,
      [brin, jongereIds, van, tot],
    );
    const per = new Map<string, AbsentieDag[]>(jongereIds.map((id) => [id, []]));
    for (const rij of gevonden) {
      per.get(rij.jongere_id)?.push({
        datum: rij.datum,
        ongeoorloofd: uren(rij.ongeoorloofd),
        ziek: uren(rij.ziek),
        verlof: uren(rij.verlof),
        schorsing: uren(rij.schorsing),
        teLaat: rij.te_laat,
        uitgestuurd: rij.uitgestuurd,
        alleLessenGemist: rij.alle_lessen_gemist,
      });
    }
    return per;
  }

  /** The students of a school with a record on or after `van` (whose evaluation a calendar change can touch). */
  async leerlingenMetAbsentieVanaf(runner: Runner, brin: string, van: string): Promise<string[]> {
    const gevonden = await rows(
      runner,
      z.object({ jongere_id: z.string() }),
      'SELECT DISTINCT jongere_id FROM absentie WHERE brin = $1 AND datum >= $2 ORDER BY jongere_id',
      [brin, van],
    );
    return gevonden.map((r) => r.jongere_id);
  }
}
