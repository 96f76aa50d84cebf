import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
// jest loads globalSetup outside its module map, so the @sluitend/testing alias does not resolve here.
import { resolveInfrastructure } from '../../libs/testing/src/harness/infrastructure';

/**
 * Runs once before the integration and e2e tiers: finds Kafka and PostgreSQL (or fails with how to bring them up)
 * and compiles dist/, since those tests run services and fixtures as real child processes.
 */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await resolveInfrastructure();
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.DATABASE_URL = infrastructure.databaseUrl;
  execFileSync(process.execPath, [join(__dirname, '../../tools/build.mjs')], { stdio: 'ignore' });
}
