import { execute, Runner } from '@sluitend/persistence';

/**
 * A table of counts kept beside a projection table: how many of its rows share a key (school year, organisation,
 * class …). The dashboards read the counts — a few thousand rows — instead of every row of a year (ADR 0027).
 */
export interface Telling {
  /** The counts table: the key columns and `aantal`, its primary key the key columns. */
  readonly tabel: string;
  /** The key columns and their value in a projection row, as SQL over that row's alias `t`. */
  readonly sleutel: readonly { readonly kolom: string; readonly waarde: string }[];
  /** When a projection row is counted, as SQL over `t`. */
  readonly geteld: string;
}

/**
 * Runs a projection's upsert (`INSERT INTO <projectie> AS t … ON CONFLICT … DO UPDATE …`, with `$1` the ids of the
 * rows it writes, `id` their column) and moves the counts of the rows it changes: each row's key before counts −1,
 * after +1. The rows are read before the upsert under a row lock (so no other writer changes them in between) — in a
 * separate statement: within one statement the order of its parts is not guaranteed. Counts that fall to zero are
 * deleted, so the counts depend only on the projection's rows (a rebuild gives the same table).
 */
export async function upsertMetTelling(
  runner: Runner,
  projectie: { readonly tabel: string; readonly id: string; readonly upsert: string },
  telling: Telling,
  parameters: unknown[],
): Promise<void> {
  const kolommen = telling.sleutel.map((s) => s.kolom).join(', ');
  const waarden = telling.sleutel.map((s) => `${s.waarde} AS ${s.kolom}`).join(', ');
  const oud: unknown = await runner.query(
    `SELECT ${waarden}, (${telling.geteld}) AS geteld FROM ${projectie.tabel} t WHERE t.${projectie.id} = ANY($1)
     ORDER BY t.${projectie.id} FOR UPDATE`,
    [parameters[0]],
  );
  const geteld = (Array.isArray(oud) ? (oud as Array<{ geteld: boolean }>) : []).filter((rij) => rij.geteld);
  await execute(
    runner,
    `WITH nieuw AS (
       ${projectie.upsert}
       RETURNING ${waarden}, (${telling.geteld}) AS geteld
     ), verschil AS (
       SELECT ${kolommen}, sum(d)::int AS d
       FROM (SELECT ${kolommen}, 1 AS d FROM nieuw WHERE geteld
             UNION ALL SELECT ${kolommen}, -1 AS d FROM json_populate_recordset(NULL::${telling.tabel}, $${parameters.length + 1}::json)) v
       GROUP BY ${kolommen} HAVING sum(d) <> 0
     )
     INSERT INTO ${telling.tabel} AS c (${kolommen}, aantal)
     SELECT ${kolommen}, d FROM verschil ORDER BY ${kolommen}
     ON CONFLICT (${kolommen}) DO UPDATE SET aantal = c.aantal + EXCLUDED.aantal`,
    [...parameters, JSON.stringify(geteld)],
  );
  await execute(runner, `DELETE FROM ${telling.tabel} WHERE aantal = 0`, []);
}
