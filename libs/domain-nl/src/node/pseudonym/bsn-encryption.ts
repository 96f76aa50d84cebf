import { createCipheriv, createDecipheriv, KeyObject, randomFillSync } from 'node:crypto';
import { DomainNlError } from '../../errors/domain-nl-error';
import { normalisePersoonsnummer } from '../../identifiers/persoonsnummer';
import { SecretKeyInput, encryptionKeyBytes } from './secret-key';

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export interface BsnEncryptionOptions {
  /**
   * Additional authenticated data, e.g. the row's jongereId: decryption then fails when the ciphertext is copied
   * to another row. Not stored in the output; pass the same value to `decryptBsn`.
   */
  readonly aad?: string;
}

/**
 * IVs are taken from a buffer of CSPRNG bytes refilled every 256 IVs (as Node pools randomUUID): one `randomBytes(12)`
 * per BSN was a native call and an allocation for every dossier of a bulk import. Each IV is used once — the pool
 * moves on before handing out the next and is refilled only when used up — so uniqueness is as with `randomBytes`.
 */
const IV_POOL_SIZE = 256;
const ivPool = Buffer.alloc(IV_BYTES * IV_POOL_SIZE);
let ivPoolOffset = ivPool.length;

/** A fresh random IV (a view on the pool: createCipheriv copies it, and the output encodes it at once). */
function nextIv(): Buffer {
  if (ivPoolOffset >= ivPool.length) {
    randomFillSync(ivPool);
    ivPoolOffset = 0;
  }
  const iv = ivPool.subarray(ivPoolOffset, ivPoolOffset + IV_BYTES);
  ivPoolOffset += IV_BYTES;
  return iv;
}

function ongeldig(): DomainNlError {
  return new DomainNlError('VERSLEUTELING_ONGELDIG', 'Versleutelde BSN is ongeldig, beschadigd of met een andere sleutel gemaakt');
}

/**
 * Encrypts a BSN (or onderwijsnummer) for storage at rest where the law needs the number itself.
 * AES-256-GCM with a random 12-byte IV; output `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 * The number is normalised first; an invalid number throws `ONGELDIG_BSN`.
 */
export function encryptBsn(bsn: string, key: SecretKeyInput | KeyObject, options: BsnEncryptionOptions = {}): string {
  const nummer = normalisePersoonsnummer(bsn);
  if (nummer === undefined) throw new DomainNlError('ONGELDIG_BSN', 'Geen geldig BSN of onderwijsnummer');
  const iv = nextIv();
  const cipher = createCipheriv(ALGORITHM, key instanceof KeyObject ? key : encryptionKeyBytes(key), iv, { authTagLength: TAG_BYTES });
  if (options.aad !== undefined) cipher.setAAD(Buffer.from(options.aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(nummer, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Decrypts the output of `encryptBsn`; throws `VERSLEUTELING_ONGELDIG` on any tampering, wrong key or wrong aad. */
export function decryptBsn(encrypted: string, key: SecretKeyInput | KeyObject, options: BsnEncryptionOptions = {}): string {
  const parts = encrypted.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION || !parts.slice(1).every((p) => BASE64URL.test(p))) throw ongeldig();
  const [, ivText, tagText, ciphertextText] = parts;
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw ongeldig();
  const keyMaterial = key instanceof KeyObject ? key : encryptionKeyBytes(key);
  let plaintext: string;
  try {
    const decipher = createDecipheriv(ALGORITHM, keyMaterial, iv, { authTagLength: TAG_BYTES });
    if (options.aad !== undefined) decipher.setAAD(Buffer.from(options.aad, 'utf8'));
    decipher.setAuthTag(tag);
    const ciphertext = Buffer.from(ciphertextText, 'base64url');
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw ongeldig();
  }
  const nummer = normalisePersoonsnummer(plaintext);
  if (nummer === undefined) throw ongeldig();
  return nummer;
}
