import { isValidBsn } from '@sluitend/domain-nl';

/**
 * A value that is a BSN as people write it: nine digits, or nine digits grouped 4-2-3 or 3-3-3 with spaces, dots or
 * dashes. Eight-digit forms are left out: dates (2025-10-01) and schooljaren (2024-2025) would match them.
 */
const BSN_LIKE = /^(?:\d{9}|\d{4}([ .-])\d{2}\1\d{3}|\d{3}([ .-])\d{3}\2\d{3})$/;

const looksLikeBsn = (value: string | number): boolean => {
  const text = String(value).trim();
  return BSN_LIKE.test(text) && isValidBsn(text.replace(/[ .-]/g, ''));
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
