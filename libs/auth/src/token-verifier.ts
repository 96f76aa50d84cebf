import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { Claims, claimsSchema } from './claims';
import { ClaimsMapping, DEFAULT_CLAIMS_MAPPING, describeClaim, mapClaims } from './claims-mapping';
import { AuthEnvironment, jwksUrlProblem } from './jwks-url';
import { DEFAULT_TOKEN_ALGORITHMS, TOKEN_ALGORITHMS, TokenAlgorithm } from './token-algorithms';

export type AuthConfig = {
  /** The provider's issuer (`iss`), exactly as it writes it. */
  issuer: string;
  /** This platform's audience (`aud`). */
  audience: string;
  /** Where the provider publishes its public signing keys: https, plain http only on loopback outside production. */
  jwksUrl: string;
  /** The environment the service runs in: production never fetches keys over plain http. */
  environment: AuthEnvironment;
  /** The JWS algorithms accepted (asymmetric only); default RS256 and ES256. */
  algorithms?: readonly TokenAlgorithm[];
  /** Where the provider puts sub, name, org and roles; default Sluitend's own claims. */
  claimsMapping?: ClaimsMapping;
};

/** The token is not acceptable (401). */
export class InvalidTokenError extends Error {
  readonly code = 'auth.token-invalid';
}

/** The provider's keys could not be fetched, so no token can be checked now (503, not the caller's fault). */
export class TokenKeysUnavailableError extends Error {
  readonly code = 'auth.keys-unavailable';
}

/** Clock difference allowed between provider and service for exp/nbf/iat. */
const CLOCK_TOLERANCE_SECONDS = 30;

export type TokenVerifier = (token: string) => Promise<Claims>;

/** Errors that say the key set could not be had (timeout, network, no valid JWKS), as opposed to a wrong token. */
function keysUnavailable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  if (error instanceof errors.JOSEError) return /JSON Web Key Set HTTP response/.test(error.message);
  return true;
}

/**
 * Verifies a bearer token against the provider's JWKS: signature with an allowed algorithm, issuer, audience, expiry,
 * then Sluitend's claims (mapped from where the provider puts them) against the claims schema. Throws at once when
 * the configuration is unsafe.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const problem = jwksUrlProblem(config.jwksUrl, config.environment);
  if (problem) throw new Error(problem);
  const algorithms = [...(config.algorithms ?? DEFAULT_TOKEN_ALGORITHMS)];
  const unsafe = algorithms.filter((alg) => !(TOKEN_ALGORITHMS as readonly string[]).includes(alg));
  if (algorithms.length === 0 || unsafe.length > 0)
    throw new Error(`AUTH_ALGORITHMS: only ${TOKEN_ALGORITHMS.join(', ')} (got ${unsafe.join(', ') || 'none'})`);
  const mapping = config.claimsMapping ?? DEFAULT_CLAIMS_MAPPING;
  const keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });

  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (!keysUnavailable(error)) throw new InvalidTokenError((error as Error).message);
      throw new TokenKeysUnavailableError(`de sleutels van de OpenID-provider zijn niet op te halen: ${(error as Error).message}`);
    }
    const claims = claimsSchema.safeParse(mapClaims(payload, mapping));
    if (!claims.success) {
      const issues = claims.error.issues.map((issue) => {
        const [first, ...rest] = issue.path.map(String);
        const claim = ['sub', 'name', 'org', 'roles'].includes(first) ? describeClaim(first as 'sub', mapping) : first;
        return `${[claim, ...rest].join('.')}: ${issue.message}`;
      });
      throw new InvalidTokenError(`token claims: ${issues.join('; ')}`);
    }
    return claims.data;
  };
}
