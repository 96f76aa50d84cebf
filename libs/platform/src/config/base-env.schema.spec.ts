import { z } from 'zod';
import { serviceEnvSchema } from './base-env.schema';

const schema = serviceEnvSchema(3101, { EXTRA: z.string().default('x') });
const BASE = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sluitend', KAFKA_BROKERS: '127.0.0.1:9092', AUTH_LOCAL_SECRET: 'a'.repeat(32) };
const fields = (env: Record<string, string | undefined>) =>
  (schema.safeParse(env).error?.issues ?? []).map((issue) => ({ field: issue.path.join('.'), message: issue.message }));

describe('serviceEnvSchema', () => {
  it('takes a development environment with defaults, the service port and its own settings', () => {
    const env = schema.parse({ ...BASE, KAFKA_BROKERS: 'a:9092, b:9092' });
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3101, KAFKA_BROKERS: ['a:9092', 'b:9092'], DEMO_MODE: false, EXTRA: 'x', DB_POOL_SIZE: 10 });
    expect(schema.parse({ ...BASE, PORT: '4000', DEMO_MODE: 'true' })).toMatchObject({ PORT: 4000, DEMO_MODE: true });
  });

  it('refuses a service without auth configured', () => {
    expect(fields({ ...BASE, AUTH_LOCAL_SECRET: undefined })).toEqual([
      { field: 'AUTH_JWKS_URL', message: 'set AUTH_JWKS_URL (production) or AUTH_LOCAL_SECRET (development)' },
    ]);
  });

  it('refuses production with a local secret or in demo mode', () => {
    const production = { ...BASE, NODE_ENV: 'production', AUTH_LOCAL_SECRET: undefined, AUTH_JWKS_URL: 'https://login.example.nl/jwks' };
    expect(schema.safeParse(production).success).toBe(true);
    const rule = [{ field: 'NODE_ENV', message: 'production uses AUTH_JWKS_URL only and never DEMO_MODE' }];
    expect(fields({ ...production, AUTH_LOCAL_SECRET: 'a'.repeat(32) })).toEqual(rule);
    expect(fields({ ...production, DEMO_MODE: 'true' })).toEqual(rule);
  });

  it('refuses bad values, naming the setting', () => {
    const bad: Array<[Record<string, string>, string]> = [
      [{ PORT: '70000' }, 'PORT'],
      [{ PORT: 'http' }, 'PORT'],
      [{ DATABASE_URL: 'mysql://db/sluitend' }, 'DATABASE_URL'],
      [{ DATABASE_URL: 'niet een url' }, 'DATABASE_URL'],
      [{ DB_SCHEMA: 'Overstap-Schema' }, 'DB_SCHEMA'],
      [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE'],
      [{ KAFKA_BROKERS: '' }, 'KAFKA_BROKERS'],
      [{ TOPIC_PREFIX: 'Sluitend.Prod' }, 'TOPIC_PREFIX'],
      [{ KAFKA_PARTITIONS: '0' }, 'KAFKA_PARTITIONS'],
      [{ AUTH_JWKS_URL: 'geen-url' }, 'AUTH_JWKS_URL'],
      [{ AUTH_LOCAL_SECRET: 'te-kort' }, 'AUTH_LOCAL_SECRET'],
      [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
      [{ HTTP_BODY_LIMIT: '30gb' }, 'HTTP_BODY_LIMIT'],
      [{ DEMO_MODE: 'yes' }, 'DEMO_MODE'],
      [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    ];
    for (const [override, field] of bad) {
      expect({ override, fields: fields({ ...BASE, ...override }).map((issue) => issue.field) }).toEqual({ override, fields: [field] });
    }
    expect(fields({ ...BASE, AUTH_LOCAL_SECRET: 'te-kort' })[0].message).toBe('AUTH_LOCAL_SECRET needs at least 32 characters');
  });
});
