import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';
import { createTokenVerifier, LOCAL_OIDC } from '@sluitend/auth';
import { demoAuthorize, demoLogin, freePort, OidcProviderUnderTest, uniqueRun } from '@sluitend/testing';

/**
 * The local OpenID provider as `./sluitend up` runs it (a process from dist/), driven over HTTP as the portal and the
 * CLI drive it: the authorization-code flow with PKCE, the login page, the tokens and their keys.
 */
const ROOT = join(__dirname, '../../..');
const run = uniqueRun('oidc');
const PORTAL_REDIRECT = 'http://127.0.0.1:3100/auth/callback';
const keysFile = join(mkdtempSync(join(tmpdir(), 'oidc-int-')), 'signing-keys.json');

let provider: OidcProviderUnderTest;
let demoOnly: OidcProviderUnderTest;

const portal = (user: Parameters<typeof demoLogin>[0]['user']) => ({
  issuer: provider.issuer,
  clientId: LOCAL_OIDC.portal.clientId,
  redirectUri: PORTAL_REDIRECT,
  user,
});
const decode = (jwt: string, part: 0 | 1) => JSON.parse(Buffer.from(jwt.split('.')[part], 'base64url').toString('utf8')) as Record<string, unknown>;

beforeAll(async () => {
  const log = (name: string) => join(ROOT, `.local/test-logs/${run.id}-${name}.log`);
  provider = new OidcProviderUnderTest(
    await freePort(),
    ROOT,
    { OIDC_GENERATED_USERS: 'true', OIDC_KEYS_FILE: keysFile, OIDC_PORTAL_REDIRECT_URIS: PORTAL_REDIRECT },
    log('oidc'),
  );
  demoOnly = new OidcProviderUnderTest(await freePort(), ROOT, { OIDC_SIGNING_ALG: 'ES256' }, log('oidc-demo'));
  await Promise.all([provider.start(), demoOnly.start()]);
});

afterAll(async () => {
  await Promise.all([provider?.stop(), demoOnly?.stop()]);
});

describe('the local OpenID provider', () => {
  it('logs a demo user in with the authorization code and PKCE, and issues an RS256 JWT access token with issuer, audience and the claims', async () => {
    const result = await demoLogin(portal({ gebruiker: 'intaker-25lw' }));
    expect(result.steps[0]).toBe('GET /auth');
    expect(result.steps).toContain('POST /token');
    expect(decode(result.accessToken, 0)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    const verify = createTokenVerifier({ ...provider.authEnvAsConfig(), environment: 'test' });
    await expect(verify(result.accessToken)).resolves.toEqual({
      sub: 'demo-intaker-25lw',
      name: 'Sanne de Boer',
      org: { type: 'mbo-instelling', code: '25LW' },
      roles: ['intaker'],
    });
    expect(decode(result.accessToken, 1)).toMatchObject({
      iss: provider.issuer,
      aud: 'sluitend',
      client_id: LOCAL_OIDC.portal.clientId,
      scope: 'sluitend',
    });
    expect(decode(result.idToken as string, 1)).toMatchObject({
      aud: LOCAL_OIDC.portal.clientId,
      sub: 'demo-intaker-25lw',
      org: { type: 'mbo-instelling', code: '25LW' },
    });
  });

  it('publishes its public keys only, and signs with ES256 when configured', async () => {
    const jwks = (await (await fetch(`${provider.issuer}/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys.map((key) => key.kty).sort()).toEqual(['EC', 'RSA']);
    expect(jwks.keys.some((key) => 'd' in key || 'p' in key)).toBe(false);
    const es = await demoLogin({ ...portal({ gebruiker: 'ops' }), issuer: demoOnly.issuer });
    expect(decode(es.accessToken, 0)).toMatchObject({ alg: 'ES256' });
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = new URL(`${provider.issuer}/auth`);
    url.search = new URLSearchParams({
      client_id: LOCAL_OIDC.portal.clientId,
      redirect_uri: PORTAL_REDIRECT,
      response_type: 'code',
      scope: LOCAL_OIDC.scope,
      state: 's',
    }).toString();
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') as string);
    expect(`${location.origin}${location.pathname}`).toBe(PORTAL_REDIRECT);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('refuses the code with the wrong PKCE verifier, and the same code twice', async () => {
    const authorization = await demoAuthorize(portal({ gebruiker: 'decaan-14rp' }));
    const exchange = (pkceCodeVerifier: string) =>
      client.authorizationCodeGrant(authorization.config, authorization.callbackUrl, { pkceCodeVerifier, expectedState: authorization.state });
    await expect(exchange(client.randomPKCECodeVerifier())).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(exchange(authorization.codeVerifier)).resolves.toMatchObject({ token_type: 'bearer' });
    await expect(exchange(authorization.codeVerifier)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('makes a development user for any organisation and role, only when enabled', async () => {
    const user = { org: { type: 'vo-school', code: '00AH' }, roles: ['schooladministratie'], naam: 'Sam Admin' } as const;
    const cli = { clientId: LOCAL_OIDC.cli.clientId, redirectUri: LOCAL_OIDC.cli.redirectUri, user };
    const token = (await demoLogin({ ...cli, issuer: provider.issuer })).accessToken;
    expect(decode(token, 1)).toMatchObject({
      sub: 'dev:vo-school:00AH:schooladministratie',
      name: 'Sam Admin',
      org: user.org,
      roles: user.roles,
      client_id: 'sluitend-cli',
    });
    await expect(demoLogin({ ...cli, issuer: demoOnly.issuer })).rejects.toThrow(/HTTP 400 Inloggen lukte niet Kies een demo-gebruiker\./);
  });

  it('answers a wrong login with the login page again, naming what is wrong', async () => {
    await expect(demoLogin(portal({ gebruiker: 'niemand' }))).rejects.toThrow(/HTTP 400 Inloggen lukte niet Er is geen demo-gebruiker 'niemand'\./);
    await expect(demoLogin(portal({ org: { type: 'vo-school', code: 'GM0014' } as never, roles: ['decaan'] }))).rejects.toThrow(
      /Organisatie 'vo-school:GM0014' klopt niet/,
    );
  });

  it('sends a cancelled login back to the client as access_denied', async () => {
    const start = await fetch(
      `${provider.issuer}/auth?${new URLSearchParams({ client_id: LOCAL_OIDC.portal.clientId, redirect_uri: PORTAL_REDIRECT, response_type: 'code', scope: LOCAL_OIDC.scope, state: 's', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' })}`,
      { redirect: 'manual' },
    );
    const cookies = start.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const interaction = new URL(start.headers.get('location') as string, provider.issuer);
    const abort = await fetch(`${interaction.href}/abort`, { method: 'POST', headers: { cookie: cookies }, redirect: 'manual' });
    const resumeCookies = [cookies, ...abort.headers.getSetCookie().map((line) => line.split(';')[0])].join('; ');
    const back = await fetch(new URL(abort.headers.get('location') as string, provider.issuer), {
      headers: { cookie: resumeCookies },
      redirect: 'manual',
    });
    const location = new URL(back.headers.get('location') as string);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('s');
  });

  it('shows a Dutch error page for an unregistered redirect URI, with a strict content security policy', async () => {
    const response = await fetch(
      `${provider.issuer}/auth?${new URLSearchParams({ client_id: LOCAL_OIDC.portal.clientId, redirect_uri: 'https://evil.example/cb', response_type: 'code', scope: 'openid', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' })}`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    const page = await response.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('Er ging iets mis bij het inloggen');
    expect(page).toContain('redirect_uri');
  });

  it("allows the portal's origin to call the token endpoint from the browser (CORS), and no other origin", async () => {
    const preflight = (origin: string) =>
      fetch(`${provider.issuer}/token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('http://127.0.0.1:3100')).headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3100');
    const token = await fetch(`${provider.issuer}/token`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'x',
        client_id: LOCAL_OIDC.portal.clientId,
        redirect_uri: PORTAL_REDIRECT,
        code_verifier: 'y'.repeat(43),
      }),
    });
    expect(token.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps its keys in OIDC_KEYS_FILE: a token issued before a restart is still accepted after it', async () => {
    const before = (await demoLogin(portal({ gebruiker: 'ops' }))).accessToken;
    await provider.stop();
    await provider.start();
    const verify = createTokenVerifier({ ...provider.authEnvAsConfig(), environment: 'test' });
    await expect(verify(before)).resolves.toMatchObject({ sub: 'demo-ops', org: { type: 'ops', code: 'platform' } });
    await expect(demoLogin(portal({ gebruiker: 'ops' }))).resolves.toMatchObject({ accessToken: expect.any(String) });
  });
});
