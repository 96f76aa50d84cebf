import { isValidBsn } from '@sluitend/domain-nl';

const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g;

/**
 * Defence in depth: refuses to publish anything that contains a number passing the BSN 11-proef. Events carry
 * the pseudonymous jongereId, never a BSN (DOMAIN.md "Identifiers").
 */
export function assertNoBsn(serialised: string, eventType: string): void {
  for (const match of serialised.matchAll(NINE_DIGITS)) {
    if (isValidBsn(match[0])) {
      throw new Error(`refusing to publish ${eventType}: it contains a value that passes the BSN 11-proef`);
    }
  }
}
