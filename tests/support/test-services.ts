import { randomBytes } from 'node:crypto';
import { Claims, signLocalToken } from '@sluitend/auth';

type Run = { topicPrefix: string };

/**
 * What an e2e run gives the services it starts: the shared infrastructure, its own topic prefix, and fresh keys —
 * including the local signing secret, so the run mints its own tokens (`tokens(…)`).
 */
export function testServiceEnv(run: Run, extra: Record<string, string> = {}) {
  const secret = randomBytes(36).toString('base64');
  const env = {
    DATABASE_URL: process.env.DATABASE_URL,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    TOPIC_PREFIX: run.topicPrefix,
    KAFKA_PARTITIONS: '3',
    AUTH_LOCAL_SECRET: secret,
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
    ...extra,
  };
  const token = (org: Claims['org'], roles: Claims['roles'] = ['schooladministratie']) =>
    signLocalToken({ sub: `test-${org.code}`, name: 'Test', org, roles }, { secret, issuer: 'sluitend-local', audience: 'sluitend' });
  return { env, secret, token };
}
