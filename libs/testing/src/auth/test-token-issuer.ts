import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { importJWK, JWK, SignJWT } from 'jose';
import { Claims } from '@sluitend/auth';

/** Where a test run's token issuer lives; set by the jest global setup, read by every test worker. */
export const TEST_TOKEN_ISSUER_ENV = 'SLUITEND_TEST_TOKEN_ISSUER';

const AUDIENCE = 'sluitend';

type IssuerState = { issuer: string; audience: string; jwksUrl: string; privateJwk: JWK };

/** The settings a service under test verifies tokens with: the issuer's id and its JWKS on loopback. */
export type TestAuthEnv = { AUTH_ISSUER: string; AUTH_AUDIENCE: string; AUTH_JWKS_URL: string };

export type TestTokenSigner = {
  env: TestAuthEnv;
  /** A token for a test user of the organisation with the roles (default schooladministratie). */
  token: (org: Claims['org'], roles?: Claims['roles']) => Promise<string>;
  /** A token with exactly these claims (and the issuer, audience and an expiry). */
  sign: (claims: Claims, expiresIn?: string) => Promise<string>;
};

export type TestTokenIssuer = TestTokenSigner & { close: () => Promise<void>; exported: string };

function signerOf(state: IssuerState): TestTokenSigner {
  const key = importJWK(state.privateJwk, 'RS256');
  const sign = async (claims: Claims, expiresIn = '2h') =>
    new SignJWT({ name: claims.name, org: claims.org, roles: claims.roles })
      .setProtectedHeader({ alg: 'RS256', kid: state.privateJwk.kid, typ: 'at+jwt' })
      .setSubject(claims.sub)
      .setIssuer(state.issuer)
      .setAudience(state.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .setJti(randomUUID())
      .sign(await key);
  return {
    env: { AUTH_ISSUER: state.issuer, AUTH_AUDIENCE: state.audience, AUTH_JWKS_URL: state.jwksUrl },
    sign,
    token: (org, roles = ['schooladministratie']) => sign({ sub: `test-${org.code}`, name: 'Test', org, roles }),
  };
}

/**
 * A token issuer for tests and benchmarks: a fresh RS256 key pair whose public half is served as a JWKS over HTTP on
 * loopback, so the services under test verify real signatures fetched over the network exactly as from a provider.
 * The server does not keep the process alive. (The real provider, apps/oidc, has its own integration and e2e tests.)
 */
export async function startTestTokenIssuer(): Promise<TestTokenIssuer> {
  const kid = `test-${randomUUID()}`;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicJwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const body = JSON.stringify({ keys: [publicJwk] });
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/jwks') {
      response.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'no-store' });
      response.end(body);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const state: IssuerState = {
    issuer: origin,
    audience: AUDIENCE,
    jwksUrl: `${origin}/jwks`,
    privateJwk: { ...(privateKey.export({ format: 'jwk' }) as JWK), kid },
  };
  return {
    ...signerOf(state),
    exported: JSON.stringify(state),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The run's token issuer, started once by the jest global setup (tests/support/global-setup.ts). */
export function testTokenSigner(): TestTokenSigner {
  const exported = process.env[TEST_TOKEN_ISSUER_ENV];
  if (!exported) {
    throw new Error(
      `${TEST_TOKEN_ISSUER_ENV} is not set: run integration and e2e tests through their jest configs, whose global setup starts the test token issuer`,
    );
  }
  return signerOf(JSON.parse(exported) as IssuerState);
}
