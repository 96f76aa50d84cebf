import { request } from 'node:http';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { OverstapFixture } from './shared/testing/overstap.fixture';

/**
 * Hardening of every service's HTTP edge (issue 11), shown on overstap: security headers, a small body limit except on
 * the bulk and import routes, whose large bodies are read only after the token is verified, and rate limits on
 * writes and lookups (here 3 and 2 per minute, to see them).
 */
const fixture = new OverstapFixture(83);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'overstap',
    envSchema: overstapEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
    env: { WRITE_RATE_LIMIT: '3', LOOKUP_RATE_LIMIT: '2' },
  });
});

afterAll(() => context?.close());

const SCHOOL = { type: 'vo-school', code: '00AH' } as const;
const url = (pad: string) => `${context.url}/api/overstap${pad}`;

describe('the HTTP edge', () => {
  it('sends security headers with every answer', async () => {
    const response = await fetch(url('/demo/klok'), { headers: { authorization: `Bearer ${await context.token(SCHOOL)}` } });
    expect(response.status).toBe(200);
    expect({
      nosniff: response.headers.get('x-content-type-options'),
      frame: response.headers.get('x-frame-options'),
      hsts: response.headers.get('strict-transport-security'),
      csp: response.headers.get('content-security-policy'),
      poweredBy: response.headers.get('x-powered-by'),
    }).toEqual({
      nosniff: 'nosniff',
      frame: 'SAMEORIGIN',
      hsts: expect.stringContaining('max-age='),
      csp: expect.stringContaining("default-src 'self'"),
      poweredBy: null,
    });
  });

  it('answers an unauthenticated 30 MB upload to the bulk route 401 at once, before its body arrives (nothing of it is read)', async () => {
    const { port, hostname } = new URL(context.url as string);
    // Only the first megabyte is sent; the answer must come while the other 29 are still missing.
    const status = await new Promise<number | string>((resolve) => {
      const verzoek = request({
        host: hostname,
        port,
        method: 'POST',
        path: '/api/overstap/dossiers/bulk',
        headers: { 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) },
      });
      const timer = setTimeout(() => {
        verzoek.destroy();
        resolve('no answer within 5 s: the body is being read');
      }, 5000);
      verzoek.on('response', (response) => {
        clearTimeout(timer);
        response.resume();
        verzoek.destroy();
        resolve(response.statusCode ?? 0);
      });
      verzoek.on('error', () => undefined);
      verzoek.write(`{"dossiers": ["${'x'.repeat(1024 * 1024)}`);
    });
    expect(status).toBe(401);
  });

  it('takes a small JSON body on every other route (413 above HTTP_SMALL_BODY_LIMIT), a large one on the bulk route', async () => {
    const token = await context.token(SCHOOL);
    const groot = JSON.stringify({ ...fixture.dossier(), opmerking: 'x'.repeat(300 * 1024) });
    const enkel = await fetch(url('/dossiers'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: groot,
    });
    expect({ status: enkel.status, code: ((await enkel.json()) as { code: string }).code }).toEqual({ status: 413, code: 'body.entity.too.large' });
    const bulk = await fetch(url('/dossiers/bulk'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ dossiers: Array.from({ length: 300 }, () => fixture.dossier()) }),
    });
    expect(bulk.status).toBe(200);
  });

  it('answers a caller over the write limit 429 problem+json with Retry-After; reads and other callers go on', async () => {
    const token = await context.token({ type: 'vo-school', code: '01AB' });
    const schrijf = () =>
      fetch(url('/dossiers'), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    const statussen = [];
    for (let i = 0; i < 4; i++) statussen.push((await schrijf()).status);
    expect(statussen).toEqual([400, 400, 400, 429]);
    const teVeel = await schrijf();
    expect({ status: teVeel.status, type: teVeel.headers.get('content-type'), retry: teVeel.headers.get('retry-after') }).toEqual({
      status: 429,
      type: expect.stringContaining('application/problem+json'),
      retry: expect.stringMatching(/^\d+$/),
    });
    expect((await fetch(url('/demo/klok'), { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const ander = await context.token({ type: 'vo-school', code: '02EB' });
    expect(
      (
        await fetch(url('/dossiers'), {
          method: 'POST',
          headers: { authorization: `Bearer ${ander}`, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(400);
  });

  it('limits lookups of personal data per caller (429 with Retry-After); reads without personal data and other callers go on', async () => {
    const token = await context.token({ type: 'mbo-instelling', code: '25LP' }, ['intaker']);
    const zoek = () => fetch(url('/aanmeldingen?schooljaar=2026-2027'), { headers: { authorization: `Bearer ${token}` } });
    const statussen = [];
    for (let i = 0; i < 3; i++) statussen.push((await zoek()).status);
    expect(statussen).toEqual([200, 200, 429]);
    const teVeel = await zoek();
    expect({ status: teVeel.status, retry: teVeel.headers.get('retry-after') }).toEqual({ status: 429, retry: expect.stringMatching(/^\d+$/) });
    for (let i = 0; i < 4; i++) expect((await fetch(url('/demo/klok'), { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const ander = await context.token({ type: 'mbo-instelling', code: '26AB' }, ['intaker']);
    expect((await fetch(url('/aanmeldingen?schooljaar=2026-2027'), { headers: { authorization: `Bearer ${ander}` } })).status).toBe(200);
  });
});
