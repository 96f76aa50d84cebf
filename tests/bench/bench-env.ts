import { randomBytes } from 'node:crypto';
import { startTestTokenIssuer } from '@sluitend/testing';

/**
 * What a benchmark's services run against: the infrastructure `./sluitend test` exports (DATABASE_URL,
 * KAFKA_BROKERS), the run's topic prefix, fresh keys, and a token issuer of its own (a key pair, its JWKS served on
 * loopback) whose tokens the bench mints with `token(org, roles)`.
 */
export async function benchEnv(topicPrefix: string) {
  const databaseUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS;
  if (!databaseUrl || !brokers) throw new Error('set DATABASE_URL and KAFKA_BROKERS (./sluitend test does)');
  const issuer = await startTestTokenIssuer();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers,
    TOPIC_PREFIX: topicPrefix,
    ...issuer.env,
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    // A benchmark measures throughput: the per-caller write limit (one mbo token posts thousands of aanmeldingen) is off.
    WRITE_RATE_LIMIT: '0',
    LOOKUP_RATE_LIMIT: '0',
  };
  return { databaseUrl, brokers, env, token: issuer.token, sign: issuer.sign };
}
