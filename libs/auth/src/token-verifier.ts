import { createRemoteJWKSet, jwtVerify, JWTVerifyGetKey } from 'jose';
import { Claims, claimsSchema } from './claims';

export type AuthConfig = {
  issuer: string;
  audience: string;
  /** Production: the OIDC provider's JWKS URL. */
  jwksUrl?: string;
  /** Development and demo: a shared HS256 secret of at least 32 characters. */
  localSecret?: string;
};

export class InvalidTokenError extends Error {
  readonly code = 'auth.token-invalid';
}

export type TokenVerifier = (token: string) => Promise<Claims>;

export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let key: Uint8Array | JWTVerifyGetKey;
  if (config.jwksUrl) key = createRemoteJWKSet(new URL(config.jwksUrl));
  else if (config.localSecret && config.localSecret.length >= 32) key = new TextEncoder().encode(config.localSecret);
  else throw new Error('auth needs AUTH_JWKS_URL, or AUTH_LOCAL_SECRET of at least 32 characters');
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, { issuer: config.issuer, audience: config.audience, requiredClaims: ['exp', 'sub'] });
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) throw new InvalidTokenError(`token claims: ${claims.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return claims.data;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError((error as Error).message);
    }
  };
}
