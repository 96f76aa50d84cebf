import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';
import { AuthConfig, createTokenVerifier, InvalidTokenError, TokenKeysUnavailableError } from './token-verifier';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const ISSUER = 'http://127.0.0.1:3109';
const AUDIENCE = 'sluitend';
const CLAIMS = { sub: 'u-1', name: 'Sam', org: { type: 'vo-school', code: '00AH' }, roles: ['schooladministratie'] };
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300;

let server: Server;
let jwksUrl: string;
let rsa: PrivateKey;
let ec: PrivateKey;

/** A provider's JWKS over HTTP on loopback: one RSA and one EC P-256 key, as the local provider publishes. */
beforeAll(async () => {
  const rsaPair = await generateKeyPair('RS256');
  const ecPair = await generateKeyPair('ES256');
  rsa = rsaPair.privateKey;
  ec = ecPair.privateKey;
  const keys = [
    { ...(await exportJWK(rsaPair.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ecPair.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

type SignOptions = { key?: PrivateKey; alg?: string; kid?: string; issuer?: string; audience?: string; expires?: string | number | null };

const sign = (claims: JWTPayload, options: SignOptions = {}) => {
  const alg = options.alg ?? 'RS256';
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg, kid: options.kid ?? (alg === 'ES256' ? 'ec-1' : 'rsa-1') })
    .setIssuedAt()
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE);
  if (options.expires !== null) jwt = jwt.setExpirationTime(options.expires ?? '5m');
  return jwt.sign(options.key ?? (alg === 'ES256' ? ec : rsa));
};

const verifier = (overrides: Partial<AuthConfig> = {}) =>
  createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl, environment: 'test', ...overrides });

const refusal = async (verify: ReturnType<typeof createTokenVerifier>, token: string) => {
  const error = await verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  expect((error as InvalidTokenError).code).toBe('auth.token-invalid');
  return (error as Error).message;
};

describe('createTokenVerifier: tokens from the provider', () => {
  let verify: ReturnType<typeof createTokenVerifier>;
  beforeAll(() => {
    verify = verifier();
  });

  it('accepts an RS256 and an ES256 token of the provider and returns its claims', async () => {
    await expect(verify(await sign(CLAIMS))).resolves.toEqual(CLAIMS);
    await expect(verify(await sign(CLAIMS, { alg: 'ES256' }))).resolves.toEqual(CLAIMS);
  });

  it('refuses an expired token and one without an expiry', async () => {
    expect(await refusal(verify, await sign(CLAIMS, { expires: Math.floor(Date.now() / 1000) - 60 }))).toMatch(/"exp" claim timestamp check failed/);
    expect(await refusal(verify, await sign(CLAIMS, { expires: null }))).toMatch(/missing required "exp" claim/);
  });

  it('refuses a wrong issuer and a wrong audience', async () => {
    expect(await refusal(verify, await sign(CLAIMS, { issuer: 'https://login.elders.nl' }))).toMatch(/unexpected "iss" claim value/);
    expect(await refusal(verify, await sign(CLAIMS, { audience: 'ander-systeem' }))).toMatch(/unexpected "aud" claim value/);
  });

  it('refuses a token signed with a foreign key, also when it names the provider key id', async () => {
    const foreign = (await generateKeyPair('RS256')).privateKey;
    expect(await refusal(verify, await sign(CLAIMS, { key: foreign }))).toMatch(/signature verification failed/);
    expect(await refusal(verify, await sign(CLAIMS, { key: foreign, kid: 'onbekend' }))).toMatch(/no applicable key found/);
  });

  it('refuses an unsigned token (alg: none) and one with its signature stripped', async () => {
    const payload = { ...CLAIMS, iss: ISSUER, aud: AUDIENCE, exp: inFiveMinutes() };
    expect(await refusal(verify, `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`)).toMatch(
      /"alg" \(Algorithm\) Header Parameter value not allowed/,
    );
    const [header, body] = (await sign(CLAIMS)).split('.');
    expect(await refusal(verify, `${header}.${body}.`)).toMatch(/signature verification failed|JWS/);
  });

  it('refuses HS256 (a shared secret, or the public key used as one) when only RS256 is allowed', async () => {
    const onlyRs256 = verifier({ algorithms: ['RS256'] });
    const secret = new TextEncoder().encode('a-shared-secret-of-at-least-32-characters!');
    const hs = await new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(secret);
    expect(await refusal(onlyRs256, hs)).toMatch(/"alg" \(Algorithm\) Header Parameter value not allowed/);
    expect(await refusal(verify, hs)).toMatch(/"alg" \(Algorithm\) Header Parameter value not allowed/);
  });

  it('refuses an ES256 token when only RS256 is allowed', async () => {
    expect(await refusal(verifier({ algorithms: ['RS256'] }), await sign(CLAIMS, { alg: 'ES256' }))).toMatch(
      /"alg" \(Algorithm\) Header Parameter value not allowed/,
    );
  });

  it('refuses missing or malformed claims, naming the claim', async () => {
    expect(await refusal(verify, await sign({ ...CLAIMS, sub: undefined }))).toMatch(/token claims: sub/);
    expect(await refusal(verify, await sign({ name: 'Sam', sub: 'u-1', roles: ['decaan'] }))).toMatch(/token claims: org/);
    expect(await refusal(verify, await sign({ ...CLAIMS, org: { type: 'vo-school', code: 'GM0014' } }))).toMatch(/token claims: org\.code/);
    expect(await refusal(verify, await sign({ ...CLAIMS, org: { type: 'ruimtevaart', code: 'x' } }))).toMatch(/token claims: org\.type/);
    expect(await refusal(verify, await sign({ ...CLAIMS, roles: [] }))).toMatch(/token claims: roles/);
    expect(await refusal(verify, await sign({ ...CLAIMS, roles: ['koning'] }))).toMatch(/token claims: roles\.0/);
    expect(await refusal(verify, 'not-a-jwt')).toMatch(/Invalid Compact JWS/);
  });

  it('says the keys are unavailable (not that the token is wrong) when the JWKS cannot be fetched', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = verifier({ jwksUrl: `http://127.0.0.1:${port}/jwks` });
    await expect(unreachable(await sign(CLAIMS))).rejects.toBeInstanceOf(TokenKeysUnavailableError);
  });
});

describe('createTokenVerifier: a provider with its own claim names (claims mapping)', () => {
  let keycloakLike: ReturnType<typeof createTokenVerifier>;
  beforeAll(() => {
    keycloakLike = verifier({
      claimsMapping: {
        sub: 'sub',
        name: 'preferred_username',
        org: 'sluitend_org',
        roles: 'resource_access.sluitend.roles',
        rolePrefix: 'sluitend:',
      },
    });
  });

  it('reads org from a "type:code" string and roles from a nested claim, keeping only the prefixed roles', async () => {
    const token = await sign({
      sub: 'f:1234',
      preferred_username: 'e.bakker',
      sluitend_org: 'vo-school:14RP',
      resource_access: { sluitend: { roles: ['sluitend:decaan', 'offline_access', 'uma_authorization'] } },
    });
    await expect(keycloakLike(token)).resolves.toEqual({
      sub: 'f:1234',
      name: 'e.bakker',
      org: { type: 'vo-school', code: '14RP' },
      roles: ['decaan'],
    });
  });

  it('names where a mapped claim came from when it is missing', async () => {
    const message = await refusal(
      keycloakLike,
      await sign({ sub: 'f:1', preferred_username: 'x', sluitend_org: 'vo-school:14RP', resource_access: {} }),
    );
    expect(message).toMatch(/token claims: roles \(from "resource_access\.sluitend\.roles"\)/);
  });
});

describe('createTokenVerifier configuration', () => {
  const base = { issuer: ISSUER, audience: AUDIENCE };

  it('refuses a JWKS over plain http in production, and over http to another machine anywhere', () => {
    expect(() => createTokenVerifier({ ...base, jwksUrl: 'http://127.0.0.1:3109/jwks', environment: 'production' })).toThrow(/https in production/);
    expect(() => createTokenVerifier({ ...base, jwksUrl: 'http://login.example.nl/jwks', environment: 'development' })).toThrow(
      /plain http only for a provider on loopback/,
    );
    expect(() => createTokenVerifier({ ...base, jwksUrl: 'https://login.example.nl/jwks', environment: 'production' })).not.toThrow();
    expect(() => createTokenVerifier({ ...base, jwksUrl: 'http://localhost:3109/jwks', environment: 'development' })).not.toThrow();
  });

  it('refuses symmetric and unsigned algorithms in the allow-list', () => {
    for (const alg of ['HS256', 'none']) {
      expect(() => createTokenVerifier({ ...base, jwksUrl, environment: 'test', algorithms: [alg as 'RS256'] })).toThrow(
        new RegExp(`AUTH_ALGORITHMS.*got ${alg}`),
      );
    }
    expect(() => createTokenVerifier({ ...base, jwksUrl, environment: 'test', algorithms: [] })).toThrow(/AUTH_ALGORITHMS/);
  });
});
