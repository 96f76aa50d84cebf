import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, JWK } from 'jose';
import { z } from 'zod';

/** A private signing key as the provider is configured with it (JWK, with its key id and algorithm). */
export type SigningKey = JWK & { kid: string; alg: 'RS256' | 'ES256'; use: 'sig' };

const keySetSchema = z.object({
  keys: z
    .array(
      z.looseObject({
        kty: z.enum(['RSA', 'EC']),
        kid: z.string().min(1),
        alg: z.enum(['RS256', 'ES256']),
        use: z.literal('sig'),
        d: z.string().min(1),
      }),
    )
    .min(1),
});

async function privateJwk(kind: 'rsa' | 'ec', alg: SigningKey['alg']): Promise<SigningKey> {
  const { privateKey, publicKey } =
    kind === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = await calculateJwkThumbprint(publicKey.export({ format: 'jwk' }) as JWK);
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg, use: 'sig' };
}

/** A fresh key set: an RSA key (RS256, also for ID tokens) and an EC P-256 key (ES256). */
export async function generateSigningKeys(): Promise<SigningKey[]> {
  return [await privateJwk('rsa', 'RS256'), await privateJwk('ec', 'ES256')];
}

/**
 * The provider's signing keys: read from `file` when it exists, else generated (and written there, readable by its
 * owner only, so tokens stay valid across restarts). Without a file the keys live as long as the process.
 */
export async function loadSigningKeys(file: string | undefined): Promise<SigningKey[]> {
  if (file && existsSync(file)) {
    const parsed = keySetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data.keys as SigningKey[];
  }
  const keys = await generateSigningKeys();
  if (file) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  }
  return keys;
}
