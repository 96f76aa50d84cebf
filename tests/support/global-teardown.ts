import { Client } from 'pg';
import type { TestTokenIssuer } from '../../libs/testing/src/auth/test-token-issuer';
// jest loads globalTeardown outside its module map, so the @sluitend/testing alias does not resolve here.
import { stopInfrastructure } from '../../libs/testing/src/harness/infrastructure';
import { ISSUER_HANDLE } from './global-setup';

/**
 * Stops the run's token issuer that the global setup started, drops the demo-clock schemas the test runs' services
 * created (`t_<run>_demo`, one per test run's topic prefix; the checkout has its own database), and stops the
 * containers it started, if any.
 */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as Record<symbol, TestTokenIssuer | undefined>)[ISSUER_HANDLE]?.close();
  await dropDemoClockSchemas();
  await stopInfrastructure();
}

async function dropDemoClockSchemas(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname ~ '^t_[a-z0-9]+_demo$'`);
    for (const { nspname } of rows) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
  } finally {
    await client.end();
  }
}
