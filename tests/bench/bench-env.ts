import { randomBytes } from 'node:crypto';

/**
 * What a benchmark's services run against: the infrastructure `./sluitend test` exports (DATABASE_URL,
 * KAFKA_BROKERS), the run's topic prefix, fresh keys and a local token secret the bench signs its own tokens with.
 */
export function benchEnv(topicPrefix: string) {
  const databaseUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS;
  if (!databaseUrl || !brokers) throw new Error('set DATABASE_URL and KAFKA_BROKERS (./sluitend test does)');
  const secret = randomBytes(36).toString('base64');
  const env = {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers,
    TOPIC_PREFIX: topicPrefix,
    AUTH_LOCAL_SECRET: secret,
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
  };
  return { databaseUrl, brokers, secret, env };
}
