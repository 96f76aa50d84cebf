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

/** The key values of counts table i, aliased `t<i>_<kolom>`, and whether the row counts (`t<i>_geteld`). */
function waarden(tellingen: readonly Telling[]): string {
  return tellingen
    .flatMap((telling, i) => [...telling.sleutel.map((s) => `${s.waarde} AS t${i}_${s.kolom}`), `(${telling.geteld}) AS t${i}_geteld`])
    .join(', ');
}

/**
 * Runs a projection's upsert (`INSERT INTO <projectie> AS t … ON CONFLICT … DO UPDATE …`, with `$1` the ids of the
 * rows it writes, `id` their column) and moves the counts of the rows it changes: each row's key before counts −1,
 * after +1, in every counts table given. The rows are read before the upsert under a row lock (so no other writer
 * changes them in between) — in a statement of their own: a lock inside the upsert's statement skips the rows that
 * statement changes. Counts that fall to zero are deleted, so the counts depend only on the projection's rows (a
 * rebuild gives the same tables).
 */
export async function upsertMetTellingen(
  runner: Runner,
  projectie: { readonly tabel: string; readonly id: string; readonly upsert: string },
  tellingen: readonly Telling[],
  parameters: unknown[],
): Promise<void> {
  const sleutels = waarden(tellingen);
  const oud: unknown = await runner.query(
    `SELECT ${sleutels} FROM ${projectie.tabel} t WHERE t.${projectie.id} = ANY($1) ORDER BY t.${projectie.id} FOR UPDATE`,
    [parameters[0]],
  );
  const oudeRijen = Array.isArray(oud) ? (oud as Array<Record<string, unknown>>) : [];
  // Per counts table: its old keys (as its own columns), passed as JSON and read as rows of that table's type.
  const oudPerTelling = tellingen.map((telling, i) =>
    JSON.stringify(
      oudeRijen
        .filter((rij) => rij[`t${i}_geteld`] === true)
        .map((rij) => Object.fromEntries(telling.sleutel.map((s) => [s.kolom, rij[`t${i}_${s.kolom}`]]))),
    ),
  );
  const bijwerken = tellingen.map((telling, i) => {
    const kolommen = telling.sleutel.map((s) => s.kolom).join(', ');
    const uitNieuw = telling.sleutel.map((s) => `t${i}_${s.kolom}`).join(', ');
    return `
       INSERT INTO ${telling.tabel} AS c (${kolommen}, aantal)
       SELECT ${kolommen}, sum(d)::int
       FROM (SELECT ${uitNieuw}, 1 AS d FROM nieuw WHERE t${i}_geteld
             UNION ALL
             SELECT ${kolommen}, -1 AS d FROM json_populate_recordset(NULL::${telling.tabel}, $${parameters.length + 1 + i}::json)) v (${kolommen}, d)
       GROUP BY ${kolommen} HAVING sum(d) <> 0
       ORDER BY ${kolommen}
       ON CONFLICT (${kolommen}) DO UPDATE SET aantal = c.aantal + EXCLUDED.aantal`;
  });
  const laatste = bijwerken.length - 1;
  await execute(
    runner,
    `WITH nieuw AS (
       ${projectie.upsert}
       RETURNING ${sleutels}
     )${bijwerken
       .slice(0, laatste)
       .map((sql, i) => `, telling${i} AS (${sql})`)
       .join('')}
     ${bijwerken[laatste]}`,
    [...parameters, ...oudPerTelling],
  );
  for (const telling of tellingen) await execute(runner, `DELETE FROM ${telling.tabel} WHERE aantal = 0`, []);
}
