import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isValidBsn } from '@sluitend/domain-nl';

export const CORRELATION_HEADER = 'x-correlation-id';

/** A UUID (RFC 9562, any version) in its canonical 8-4-4-4-12 form. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A ULID: 26 characters of Crockford base32 (no I, L, O, U), the first at most 7 (48-bit time). */
const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;

/** True when any 9 consecutive digits in the value pass the BSN 11-proef: it could carry a BSN. */
function embedsBsn(value: string): boolean {
  for (const run of value.match(/\d{9,}/g) ?? []) {
    for (let start = 0; start + 9 <= run.length; start += 1) if (isValidBsn(run.slice(start, start + 9))) return true;
  }
  return false;
}

/** A correlation id the platform may carry in logs and events: a UUID or a ULID, with no BSN-shaped digits in it. */
export function isAcceptableCorrelationId(value: string): boolean {
  return (UUID.test(value) || ULID.test(value)) && !embedsBsn(value);
}

/** A fresh correlation id: a random UUID (drawn again in the rare case its digits happen to pass the 11-proef). */
export function newCorrelationId(): string {
  for (;;) {
    const id = randomUUID();
    if (!embedsBsn(id)) return id;
  }
}

/** The caller's correlation id when it is a UUID or ULID (so never a BSN or other personal data), else a new one. */
export function correlationIdOf(request: IncomingMessage): string {
  const header = request.headers[CORRELATION_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return value && isAcceptableCorrelationId(value) ? value : newCorrelationId();
}
