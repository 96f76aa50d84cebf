import { randomBytes } from 'node:crypto';
import { testTokenSigner } from '@sluitend/testing';

type Run = { topicPrefix: string };

/**
 * What an e2e run gives the services it starts: the shared infrastructure, its own topic prefix, fresh keys, and the
 * run's token issuer (its JWKS on loopback), whose tokens the run mints with `token(org, roles)` (or `sign(claims)` for a named user).
 */
export function testServiceEnv(run: Run, extra: Record<string, string> = {}) {
  const signer = testTokenSigner();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: process.env.DATABASE_URL,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    TOPIC_PREFIX: run.topicPrefix,
    KAFKA_PARTITIONS: '3',
    ...signer.env,
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
    // Many services and test processes share one PostgreSQL (max_connections 100): small pools keep them all in.
    DB_POOL_SIZE: '5',
    // The tests poll lookups (alerts, aanmeldingen, cases) every 100 ms while they wait for an event to arrive: far
    // beyond a person's 300 a minute. The limit itself is tested in apps/overstap/src/hardening.int-spec.ts.
    LOOKUP_RATE_LIMIT: '0',
    ...extra,
  };
  return { env, token: signer.token, sign: signer.sign };
}
