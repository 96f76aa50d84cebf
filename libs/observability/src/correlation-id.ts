import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isValidBsn } from '@sluitend/domain-nl';

export const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The caller's correlation id when it is a safe token (and not a BSN: it travels in events and logs), else a new one. */
export function correlationIdOf(request: IncomingMessage): string {
  const header = request.headers[CORRELATION_HEADER];
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) && !isValidBsn(value) ? value : randomUUID();
}
