import { Pool } from 'pg';

/** A small pg pool for assertions, and schema clean-up after a run. */
export function testPool(databaseUrl: string): Pool {
  return new Pool({ connectionString: databaseUrl, max: 4 });
}

export async function dropSchemas(pool: Pool, schemas: string[]): Promise<void> {
  for (const schema of schemas) {
    if (!/^[a-z0-9_]+$/.test(schema)) throw new Error(`refusing to drop schema ${schema}`);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
}
