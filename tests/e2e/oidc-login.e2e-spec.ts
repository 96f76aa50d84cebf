import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { Pool } from 'pg';
import { LOCAL_OIDC } from '@sluitend/auth';
import { demoClockSchema } from '@sluitend/platform';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, demoLogin, dropSchemas, freePort, OidcProviderUnderTest, ServiceUnderTest, testPool, uniqueRun } from '@sluitend/testing';

/**
 * Logging in for real: a demo user logs in at the local OpenID provider (a process, as `./sluitend up` runs it) with
 * the authorization-code flow and PKCE, over HTTP only as a browser would (redirects, the login form), as the portal.
 * Every one of the five services, started as processes against the provider's JWKS, accepts the access token; a token
 * the provider made for another audience (the ID token) or one signed with another key is refused with 401
 * problem+json.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('oidc');
const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;
const PORTAL_REDIRECT = 'http://127.0.0.1:3100/auth/callback';
const logOf = (name: string) => join(ROOT, `.local/test-logs/${run.id}-${name}.log`);

let provider: OidcProviderUnderTest;
const services = new Map<(typeof SERVICES)[number], ServiceUnderTest>();
let pool: Pool;

const get = async (service: (typeof SERVICES)[number], path: string, bearer?: string) => {
  const response = await fetch(`${services.get(service)?.url}/api/${service}/${path}`, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    challenge: response.headers.get('www-authenticate'),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
    body: JSON.parse(text) as any,
  };
};

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  provider = new OidcProviderUnderTest(await freePort(), ROOT, { OIDC_PORTAL_REDIRECT_URIS: PORTAL_REDIRECT }, logOf('oidc'));
  await provider.start();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: process.env.DATABASE_URL,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    TOPIC_PREFIX: run.topicPrefix,
    KAFKA_PARTITIONS: '1',
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    ...provider.authEnv,
  };
  for (const service of SERVICES) {
    services.set(service, new ServiceUnderTest(service, await freePort(), ROOT, { ...env, DB_SCHEMA: run.schema(service) }, logOf(service)));
  }
  await Promise.all([...services.values()].map((service) => service.start()));
}, 240_000);

afterAll(async () => {
  await Promise.all([...services.values()].map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('e2e-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

describe('OpenID Connect login → every service', () => {
  let accessToken: string;
  let idToken: string;

  beforeAll(async () => {
    const login = await demoLogin({
      issuer: provider.issuer,
      clientId: LOCAL_OIDC.portal.clientId,
      redirectUri: PORTAL_REDIRECT,
      user: { gebruiker: 'trajectbegeleider-mc03' },
    });
    expect(login.steps).toEqual([
      'GET /auth',
      expect.stringMatching(/^GET \/interaction\/[\w-]+$/),
      expect.stringMatching(/^POST \/interaction\/[\w-]+\/login$/),
      expect.stringMatching(/^GET \/auth\/[\w-]+$/),
      expect.stringMatching(/^GET \/interaction\/[\w-]+$/),
      expect.stringMatching(/^GET \/auth\/[\w-]+$/),
      'POST /token',
    ]);
    accessToken = login.accessToken;
    idToken = login.idToken as string;
  });

  it('is accepted by all five services', async () => {
    for (const service of SERVICES) {
      const klok = await get(service, 'demo/klok', accessToken);
      expect({ service, status: klok.status }).toEqual({ service, status: 200 });
      expect(klok.body).toMatchObject({ demo: false });
    }
  });

  it("reads the region's own data as the RMC's trajectbegeleider", async () => {
    expect((await get('notificaties', 'alerts/tellingen', accessToken)).status).toBe(200);
    expect((await get('rapportage', 'dossiers/tellingen?schooljaar=2026-2027', accessToken)).status).toBe(200);
    expect((await get('overstap', 'monitor/leerlingen?schooljaar=2026-2027', accessToken)).status).toBe(200);
  });

  it('refuses a token of the provider for another audience (its ID token) with 401 problem+json', async () => {
    for (const service of SERVICES) {
      const refused = await get(service, 'demo/klok', idToken);
      expect({ service, status: refused.status, type: refused.type }).toEqual({
        service,
        status: 401,
        type: 'application/problem+json; charset=utf-8',
      });
      expect(refused.body).toMatchObject({ status: 401, code: 'auth.token-invalid', detail: 'unexpected "aud" claim value' });
      expect(refused.challenge).toBe('Bearer realm="sluitend", error="invalid_token"');
    }
  });

  it('refuses a token with the same claims signed with another key, and no token at all', async () => {
    const [header, payload] = accessToken
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
    const forged = await new SignJWT(payload).setProtectedHeader(header).sign((await generateKeyPair('RS256')).privateKey);
    for (const service of SERVICES) {
      const refused = await get(service, 'demo/klok', forged);
      expect({ service, status: refused.status, code: refused.body.code, detail: refused.body.detail }).toEqual({
        service,
        status: 401,
        code: 'auth.token-invalid',
        detail: 'signature verification failed',
      });
      const missing = await get(service, 'demo/klok');
      expect({ service, status: missing.status, code: missing.body.code, challenge: missing.challenge }).toEqual({
        service,
        status: 401,
        code: 'auth.token-missing',
        challenge: 'Bearer realm="sluitend"',
      });
    }
  });
});
