import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
// jest loads globalSetup outside its module map, so the @sluitend/testing alias does not resolve here.
import { resolveInfrastructure } from '../../libs/testing/src/harness/infrastructure';
import { startTestTokenIssuer, TEST_TOKEN_ISSUER_ENV, TestTokenIssuer } from '../../libs/testing/src/auth/test-token-issuer';

/** The run's token issuer, closed by the global teardown (jest shares globalThis between the two). */
export const ISSUER_HANDLE = Symbol.for('sluitend.test-token-issuer');

/**
 * Runs once before the integration and e2e tiers: finds Kafka and PostgreSQL (or fails with how to bring them up),
 * starts the run's token issuer (a key pair and its JWKS on loopback, which every service under test verifies
 * against), and compiles dist/, since those tests run services and fixtures as real child processes.
 */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await resolveInfrastructure();
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.DATABASE_URL = infrastructure.databaseUrl;
  const issuer = await startTestTokenIssuer();
  (globalThis as Record<symbol, TestTokenIssuer>)[ISSUER_HANDLE] = issuer;
  process.env[TEST_TOKEN_ISSUER_ENV] = issuer.exported;
  execFileSync(process.execPath, [join(__dirname, '../../tools/build.mjs')], { stdio: 'ignore' });
}
