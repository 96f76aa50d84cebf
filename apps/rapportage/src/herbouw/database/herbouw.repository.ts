import { z } from 'zod';
import { quoteSchema } from '@sluitend/persistence';
import { column, execute, rows, Runner } from '@sluitend/persistence';
import type { Tabelverschil, Vingerafdruk } from '../domain/vergelijking';

const NAAM = /^[a-z_][a-z0-9_]{0,62}$/;
const naam = (tekst: string): string => {
  if (!NAAM.test(tekst)) throw new Error(`invalid identifier ${JSON.stringify(tekst)}`);
  return `"${tekst}"`;
};

const kolomRij = z.object({ column_name: z.string() });
const afdrukRij = z.object({ rijen: column.bigint, checksum: z.string() });
const telRij = z.object({ n: column.bigint });
const voorbeeldRij = z.object({ sleutel: z.string() });

/** The SQL of the rebuild: schemas, the columns of a projection table, checksums and differences between schemas. */
export class HerbouwRepository {
  async verwijderSchema(runner: Runner, schema: string): Promise<void> {
    await execute(runner, `DROP SCHEMA IF EXISTS ${quoteSchema(schema)} CASCADE`);
  }

  /** The table's columns in their order, without the ones left out of the comparison. */
  async kolommen(runner: Runner, schema: string, tabel: string, zonder: readonly string[]): Promise<string[]> {
    const gevonden = await rows(
      runner,
      kolomRij,
      'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
      [schema, tabel],
    );
    return gevonden.map((r) => r.column_name).filter((k) => !zonder.includes(k));
  }

  /** Row count and the md5 of all rows (as text, sorted) of schema.tabel over the given columns. */
  async vingerafdruk(runner: Runner, schema: string, tabel: string, kolommen: readonly string[]): Promise<Vingerafdruk> {
    const lijst = kolommen.map(naam).join(', ');
    const [rij] = await rows(
      runner,
      afdrukRij,
      `SELECT count(*) AS rijen, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS checksum
       FROM (SELECT ROW(${lijst})::text AS r FROM ${quoteSchema(schema)}.${naam(tabel)}) AS t`,
    );
    return { tabel, rijen: rij.rijen, checksum: rij.checksum };
  }

  /** Rows in one schema's table and not in the other's (counted with multiplicity), and up to 5 keys of them. */
  async verschil(runner: Runner, live: string, herbouw: string, tabel: string, kolommen: readonly string[]): Promise<Tabelverschil> {
    const lijst = kolommen.map(naam).join(', ');
    const sleutel = kolommen.slice(0, 2).map(naam).join(` || ' ' || `);
    const van = (a: string, b: string) =>
      `SELECT ${lijst} FROM ${quoteSchema(a)}.${naam(tabel)} EXCEPT ALL SELECT ${lijst} FROM ${quoteSchema(b)}.${naam(tabel)}`;
    const tel = async (a: string, b: string) => (await rows(runner, telRij, `SELECT count(*) AS n FROM (${van(a, b)}) AS d`))[0].n;
    const voorbeelden = await rows(
      runner,
      voorbeeldRij,
      `(SELECT 'live ' || (${sleutel})::text AS sleutel FROM (${van(live, herbouw)}) AS d LIMIT 5)
       UNION ALL (SELECT 'herbouw ' || (${sleutel})::text FROM (${van(herbouw, live)}) AS d LIMIT 5)`,
    );
    return { tabel, alleenLive: await tel(live, herbouw), alleenHerbouw: await tel(herbouw, live), voorbeelden: voorbeelden.map((v) => v.sleutel) };
  }
}
