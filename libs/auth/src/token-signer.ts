import { SignJWT } from 'jose';
import { Claims, claimsSchema } from './claims';

/** Mints a token signed with the local development secret (demo users, tests, the `token` CLI). */
export async function signLocalToken(
  claims: Claims,
  options: { secret: string; issuer: string; audience: string; expiresIn?: string },
): Promise<string> {
  const valid = claimsSchema.parse(claims);
  return new SignJWT({ name: valid.name, org: valid.org, roles: valid.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(valid.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(options.secret));
}
