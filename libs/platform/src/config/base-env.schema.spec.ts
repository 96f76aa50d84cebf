import { z } from 'zod';
import { authConfigOf, serviceEnvSchema } from './base-env.schema';

const schema = serviceEnvSchema(3101, { EXTRA: z.string().default('x') });
const AUTH = { AUTH_ISSUER: 'https://login.example.nl/realms/sluitend', AUTH_JWKS_URL: 'https://login.example.nl/realms/sluitend/certs' };
const BASE = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sluitend', KAFKA_BROKERS: '127.0.0.1:9092', ...AUTH };
const DEV = { ...BASE, NODE_ENV: 'development', AUTH_ISSUER: 'http://127.0.0.1:3109', AUTH_JWKS_URL: 'http://127.0.0.1:3109/jwks' };
const fields = (env: Record<string, string | undefined>) =>
  (schema.safeParse(env).error?.issues ?? []).map((issue) => ({ field: issue.path.join('.'), message: issue.message }));

describe('serviceEnvSchema', () => {
  it('is production unless told otherwise, with defaults, the service port and its own settings', () => {
    const env = schema.parse({ ...BASE, KAFKA_BROKERS: 'a:9092, b:9092' });
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      PORT: 3101,
      KAFKA_BROKERS: ['a:9092', 'b:9092'],
      DEMO_MODE: false,
      EXTRA: 'x',
      DB_POOL_SIZE: 10,
    });
    expect(env).toMatchObject({ AUTH_AUDIENCE: 'sluitend', AUTH_ALGORITHMS: ['RS256', 'ES256'], AUTH_CLAIM_ORG: 'org', AUTH_CLAIM_ROLES: 'roles' });
    expect(schema.parse({ ...DEV, PORT: '4000', DEMO_MODE: 'true' })).toMatchObject({ NODE_ENV: 'development', PORT: 4000, DEMO_MODE: true });
  });

  it('takes replication, min.insync.replicas and retention periods, local defaults when absent', () => {
    expect(schema.parse(BASE)).toMatchObject({
      KAFKA_REPLICATION_FACTOR: 1,
      KAFKA_MIN_INSYNC_REPLICAS: 1,
      DEAD_LETTER_RETENTION: 30 * 86_400_000,
      INBOX_RETENTION: 60 * 86_400_000,
      HEALTH_TIMEOUT_MS: 1000,
    });
    expect(
      schema.parse({ ...BASE, KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2', DEAD_LETTER_RETENTION: '12h', INBOX_RETENTION: '8d' }),
    ).toMatchObject({
      KAFKA_REPLICATION_FACTOR: 3,
      KAFKA_MIN_INSYNC_REPLICAS: 2,
      DEAD_LETTER_RETENTION: 12 * 3_600_000,
      INBOX_RETENTION: 8 * 86_400_000,
    });
    expect(schema.parse(BASE).EVENT_RETENTION).toBeUndefined();
    expect(schema.parse({ ...BASE, EVENT_RETENTION: '365d', INBOX_RETENTION: '365d' })).toMatchObject({ EVENT_RETENTION: 365 * 86_400_000 });
  });

  it('needs the OpenID provider in every environment', () => {
    for (const NODE_ENV of ['production', 'development', 'test']) {
      expect(fields({ ...BASE, NODE_ENV, AUTH_ISSUER: undefined, AUTH_JWKS_URL: undefined }).map((issue) => issue.field)).toEqual([
        'AUTH_ISSUER',
        'AUTH_JWKS_URL',
      ]);
    }
    expect(fields({ ...BASE, AUTH_ISSUER: undefined })[0].message).toMatch(/^required: the OpenID provider's issuer/);
  });

  it('fetches keys over https, over plain http only from loopback outside production', () => {
    expect(fields({ ...DEV, NODE_ENV: 'production' })).toEqual([{ field: 'AUTH_JWKS_URL', message: 'AUTH_JWKS_URL must use https in production' }]);
    expect(fields({ ...DEV, AUTH_JWKS_URL: 'http://idp.gemeente.nl/jwks' })).toEqual([
      { field: 'AUTH_JWKS_URL', message: 'AUTH_JWKS_URL must use https (plain http only for a provider on loopback: 127.0.0.1, ::1, localhost)' },
    ]);
    expect(fields({ ...DEV, NODE_ENV: 'test' })).toEqual([]);
  });

  it('refuses demo mode in production', () => {
    expect(fields({ ...BASE, DEMO_MODE: 'true' })).toEqual([
      { field: 'DEMO_MODE', message: 'production never runs in demo mode (set NODE_ENV=development for a demo)' },
    ]);
  });

  it('takes an algorithm allow-list of asymmetric algorithms only', () => {
    expect(schema.parse({ ...BASE, AUTH_ALGORITHMS: 'RS256' }).AUTH_ALGORITHMS).toEqual(['RS256']);
    expect(fields({ ...BASE, AUTH_ALGORITHMS: 'RS256,HS256' }).map((issue) => issue.field)).toEqual(['AUTH_ALGORITHMS.1']);
    expect(fields({ ...BASE, AUTH_ALGORITHMS: 'none' })[0].message).toMatch(/only asymmetric algorithms/);
    expect(fields({ ...BASE, AUTH_ALGORITHMS: ' , ' }).map((issue) => issue.field)).toEqual(['AUTH_ALGORITHMS']);
  });

  it('maps claims from where a provider puts them', () => {
    const env = schema.parse({
      ...BASE,
      AUTH_CLAIM_ORG: 'https://sluitend.nl/org',
      AUTH_CLAIM_ROLES: 'realm_access.roles',
      AUTH_ROLE_PREFIX: 'sluitend:',
    });
    expect(authConfigOf(env)).toMatchObject({
      issuer: AUTH.AUTH_ISSUER,
      audience: 'sluitend',
      jwksUrl: AUTH.AUTH_JWKS_URL,
      environment: 'production',
      claimsMapping: { sub: 'sub', name: 'name', org: 'https://sluitend.nl/org', roles: 'realm_access.roles', rolePrefix: 'sluitend:' },
    });
    expect(fields({ ...BASE, AUTH_CLAIM_ROLES: 'rollen; DROP' }).map((issue) => issue.field)).toEqual(['AUTH_CLAIM_ROLES']);
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
      [{ AUTH_ISSUER: '' }, 'AUTH_ISSUER'],
      [{ AUTH_AUDIENCE: '' }, 'AUTH_AUDIENCE'],
      [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
      [{ HTTP_BODY_LIMIT: '30gb' }, 'HTTP_BODY_LIMIT'],
      [{ DEMO_MODE: 'yes' }, 'DEMO_MODE'],
      [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
      [{ KAFKA_REPLICATION_FACTOR: '0' }, 'KAFKA_REPLICATION_FACTOR'],
      [{ KAFKA_MIN_INSYNC_REPLICAS: '2' }, 'KAFKA_MIN_INSYNC_REPLICAS'],
      [{ DEAD_LETTER_RETENTION: '30 dagen' }, 'DEAD_LETTER_RETENTION'],
      [{ INBOX_RETENTION: '20d' }, 'INBOX_RETENTION'],
      [{ INBOX_RETENTION: '3d', DEAD_LETTER_RETENTION: '1d' }, 'INBOX_RETENTION'],
      [{ EVENT_RETENTION: '365d' }, 'INBOX_RETENTION'],
      [{ EVENT_RETENTION: 'een jaar', INBOX_RETENTION: '400d' }, 'EVENT_RETENTION'],
      [{ HEALTH_TIMEOUT_MS: '10' }, 'HEALTH_TIMEOUT_MS'],
    ];
    for (const [override, field] of bad) {
      expect({ override, fields: fields({ ...BASE, ...override }).map((issue) => issue.field) }).toEqual({ override, fields: [field] });
    }
  });
});
