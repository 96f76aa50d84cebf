import { isValidBsn } from '@sluitend/domain-nl';

/** A value that is a BSN as people write it: 8 or 9 digits, possibly grouped with spaces, dots or dashes. */
const BSN_LIKE = /^\d[\d .-]{6,12}\d$/;

const looksLikeBsn = (value: string | number): boolean => {
  const text = String(value).trim();
  if (!BSN_LIKE.test(text)) return false;
  const digits = text.replace(/[ .-]/g, '');
  return (digits.length === 8 || digits.length === 9) && isValidBsn(digits);
};

function findBsn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return looksLikeBsn(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findBsn(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findBsn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Defence in depth: refuses to publish an event with any value that is a number passing the BSN 11-proef. Events
 * carry the pseudonymous jongereId, never a BSN (DOMAIN.md "Identifiers"). Only whole values count, so digits
 * inside ids and hashes do not.
 */
export function assertNoBsn(envelope: unknown, eventType: string): void {
  const path = findBsn(envelope, '');
  if (path) throw new Error(`refusing to publish ${eventType}: ${path} holds a value that passes the BSN 11-proef`);
}
