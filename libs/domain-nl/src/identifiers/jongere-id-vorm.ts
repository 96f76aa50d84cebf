/** Shape of a jongereId: 43 base64url characters (an HMAC-SHA256; computed by `jongereId` in `@sluitend/domain-nl/node`). */
export const JONGERE_ID_VORM = /^[A-Za-z0-9_-]{43}$/;

export const JONGERE_ID_MELDING = 'jongereId is een base64url HMAC-SHA256 (43 tekens)';

/** Shape of a jongereId: 43 base64url characters (32 bytes). */
export function isJongereId(value: string): boolean {
  return JONGERE_ID_VORM.test(value);
}
