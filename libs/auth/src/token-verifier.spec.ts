import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';
import { createTokenVerifier, InvalidTokenError } from './token-verifier';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const SECRET = 'a-local-secret-of-at-least-32-characters!';
const ISSUER = 'sluitend-local';
const AUDIENCE = 'sluitend';
const CLAIMS = { sub: 'u-1', name: 'Sam', org: { type: 'vo-school', code: '00AH' }, roles: ['schooladministratie'] };

const hs256 = (claims: JWTPayload, opties: { secret?: string; issuer?: string; audience?: string; expires?: string | number } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(opties.issuer ?? ISSUER)
    .setAudience(opties.audience ?? AUDIENCE)
    .setExpirationTime(opties.expires ?? '5m')
    .sign(new TextEncoder().encode(opties.secret ?? SECRET));

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('createTokenVerifier with the local secret (development, demo)', () => {
  const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, localSecret: SECRET });
  const refused = async (token: string, reason: RegExp) => {
    const error = await verify(token).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidTokenError);
    expect((error as InvalidTokenError).code).toBe('auth.token-invalid');
    expect((error as Error).message).toMatch(reason);
  };

  it('accepts a valid token and returns its claims', async () => {
    await expect(verify(await hs256(CLAIMS))).resolves.toEqual(CLAIMS);
  });

  it('refuses an expired token', async () => {
    await refused(await hs256(CLAIMS, { expires: Math.floor(Date.now() / 1000) - 60 }), /"exp" claim timestamp check failed/);
  });

  it('refuses a wrong issuer and a wrong audience', async () => {
    await refused(await hs256(CLAIMS, { issuer: 'elders' }), /unexpected "iss" claim value/);
    await refused(await hs256(CLAIMS, { audience: 'ander-systeem' }), /unexpected "aud" claim value/);
  });

  it('refuses a token signed with a foreign key', async () => {
    await refused(await hs256(CLAIMS, { secret: 'another-secret-of-at-least-32-characters' }), /signature verification failed/);
  });

  it('refuses an unsigned token (alg: none) and one with its signature stripped', async () => {
    const payload = { ...CLAIMS, iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 };
    await refused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`, /./);
    const [header, body] = (await hs256(CLAIMS)).split('.');
    await refused(`${header}.${body}.`, /./);
  });

  it('refuses a token signed with another algorithm for the same key material', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const rs = await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'RS256' }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').sign(privateKey);
    await refused(rs, /./);
  });

  it('refuses missing or malformed claims, naming the claim', async () => {
    await refused(await hs256({ ...CLAIMS, sub: undefined }), /"sub"/);
    await refused(await hs256({ name: 'Sam', sub: 'u-1', roles: ['decaan'] }), /token claims: org/);
    await refused(await hs256({ ...CLAIMS, org: { type: 'vo-school', code: 'GM0014' } }), /token claims: org\.code/);
    await refused(await hs256({ ...CLAIMS, org: { type: 'ruimtevaart', code: 'x' } }), /token claims: org\.type/);
    await refused(await hs256({ ...CLAIMS, roles: [] }), /token claims: roles/);
    await refused(await hs256({ ...CLAIMS, roles: ['koning'] }), /token claims: roles\.0/);
    await refused('not-a-jwt', /./);
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE).sign(new TextEncoder().encode(SECRET));
    await refused(token, /"exp"/);
  });
});

describe('createTokenVerifier with a JWKS URL (production)', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: PrivateKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const rs256 = (key: PrivateKey, kid = 'k1') =>
    new SignJWT(CLAIMS).setProtectedHeader({ alg: 'RS256', kid }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').sign(key);

  it('accepts a token signed by the provider', async () => {
    const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl });
    await expect(verify(await rs256(privateKey))).resolves.toEqual(CLAIMS);
  });

  it('refuses a token signed with a foreign key, and an HS256 token made with the shared secret', async () => {
    const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl, localSecret: SECRET });
    const foreign = (await generateKeyPair('RS256')).privateKey;
    await expect(verify(await rs256(foreign))).rejects.toThrow(/signature verification failed/);
    await expect(verify(await hs256(CLAIMS))).rejects.toBeInstanceOf(InvalidTokenError);
  });
});

describe('createTokenVerifier configuration', () => {
  it('needs a JWKS URL or a local secret of at least 32 characters', () => {
    expect(() => createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE })).toThrow(/AUTH_JWKS_URL/);
    expect(() => createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, localSecret: 'kort' })).toThrow(/at least 32/);
  });
});
