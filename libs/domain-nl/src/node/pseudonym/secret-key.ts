import { createSecretKey, KeyObject } from 'node:crypto';
import { z } from 'zod';
import { DomainNlError } from '../../errors/domain-nl-error';

/**
 * A secret key: raw bytes, or text in base64 / base64url (how it arrives from an env var such as PSEUDONYM_KEY).
 * Generate one with `openssl rand -base64 32`.
 */
export type SecretKeyInput = Uint8Array | string;

/**
 * Minimum size of the pseudonym key: 32 bytes (256 bits).
 *
 * Why: there are fewer than a billion possible BSNs, so anyone holding the key can compute every jongereId in
 * minutes and undo the pseudonymisation. All protection therefore rests on the key being unguessable. 32 random
 * bytes matches the output size of SHA-256 (RFC 2104 advises a key no shorter than the hash output) and puts
 * guessing the key far out of reach, unlike a passphrase someone typed.
 */
export const MIN_PSEUDONYM_KEY_BYTES = 32;

/** AES-256 needs exactly 32 bytes. */
export const BSN_ENCRYPTION_KEY_BYTES = 32;

const BASE64_TEXT = /^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$/;

function decodeKeyText(text: string): Buffer {
  const trimmed = text.trim();
  if (!BASE64_TEXT.test(trimmed) || trimmed.length % 4 === 1) {
    throw new DomainNlError('SLEUTEL_ONGELDIG', 'Sleutel moet base64 of base64url zijn');
  }
  const isUrl = /[_-]/.test(trimmed);
  return Buffer.from(trimmed, isUrl ? 'base64url' : 'base64');
}

/** The key bytes; text is decoded as base64 or base64url. */
export function keyBytes(key: SecretKeyInput): Buffer {
  return typeof key === 'string' ? decodeKeyText(key) : Buffer.from(key);
}

/** Key bytes for HMAC pseudonyms; throws `SLEUTEL_TE_KORT` below 32 bytes. */
export function pseudonymKeyBytes(key: SecretKeyInput): Buffer {
  const bytes = keyBytes(key);
  if (bytes.length < MIN_PSEUDONYM_KEY_BYTES) {
    throw new DomainNlError(
      'SLEUTEL_TE_KORT',
      `Pseudoniemsleutel moet minstens ${MIN_PSEUDONYM_KEY_BYTES} bytes zijn, maar is ${bytes.length} bytes`,
    );
  }
  return bytes;
}

/** Key bytes for AES-256-GCM; throws `SLEUTEL_TE_KORT`/`SLEUTEL_ONGELDIG` unless exactly 32 bytes. */
export function encryptionKeyBytes(key: SecretKeyInput): Buffer {
  const bytes = keyBytes(key);
  if (bytes.length !== BSN_ENCRYPTION_KEY_BYTES) {
    throw new DomainNlError(
      bytes.length < BSN_ENCRYPTION_KEY_BYTES ? 'SLEUTEL_TE_KORT' : 'SLEUTEL_ONGELDIG',
      `Versleutelsleutel (AES-256) moet precies ${BSN_ENCRYPTION_KEY_BYTES} bytes zijn, maar is ${bytes.length} bytes`,
    );
  }
  return bytes;
}

function decodesTo(text: string, accept: (length: number) => boolean): boolean {
  try {
    return accept(keyBytes(text).length);
  } catch {
    return false;
  }
}

/** Config schema for PSEUDONYM_KEY (base64 text of at least 32 bytes). */
export const pseudonymKeySchema = z.string().refine((text) => decodesTo(text, (n) => n >= MIN_PSEUDONYM_KEY_BYTES), {
  error: `Pseudoniemsleutel moet base64 zijn en minstens ${MIN_PSEUDONYM_KEY_BYTES} bytes bevatten ` + '(maak er een met: openssl rand -base64 32)',
});

/** Config schema for the BSN encryption key (base64 text of exactly 32 bytes). */
export const bsnEncryptionKeySchema = z.string().refine((text) => decodesTo(text, (n) => n === BSN_ENCRYPTION_KEY_BYTES), {
  error:
    `BSN-versleutelsleutel moet base64 zijn en precies ${BSN_ENCRYPTION_KEY_BYTES} bytes bevatten ` + '(maak er een met: openssl rand -base64 32)',
});

/**
 * A prepared key for the hot path: validated once and wrapped in a KeyObject, so hashing or encrypting thousands of
 * numbers does not decode and import the key for every one. `jongereId` and `encryptBsn` accept it.
 */
export function pseudonymKey(key: SecretKeyInput): KeyObject {
  return createSecretKey(pseudonymKeyBytes(key));
}

export function bsnEncryptionKey(key: SecretKeyInput): KeyObject {
  return createSecretKey(encryptionKeyBytes(key));
}
