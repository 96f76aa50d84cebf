import type { IncomingMessage, ServerResponse } from 'node:http';
import { withCorrelation } from './correlation-context';
import { CORRELATION_HEADER, correlationIdOf } from './correlation-id';

type Request = IncomingMessage & { id?: unknown };
type Next = (error?: unknown) => void;

/**
 * First middleware of every service: the request's correlation id (the caller's `x-correlation-id` when it is a safe
 * token, else a new one) becomes `request.id` and the response header, and every log line written while handling the
 * request carries it.
 */
export function correlationMiddleware(request: Request, response: ServerResponse, next: Next): void {
  const id = typeof request.id === 'string' ? request.id : correlationIdOf(request);
  request.id = id;
  response.setHeader(CORRELATION_HEADER, id);
  withCorrelation({ correlationId: id }, () => next());
}

/**
 * Body parsers call `next` from the request stream's events, outside the correlation started above: this middleware,
 * placed after them, enters it again for the rest of the request (routing, guards, the handler, error filters).
 */
export function restoreCorrelation(request: Request, _response: ServerResponse, next: Next): void {
  withCorrelation({ correlationId: String(request.id) }, () => next());
}
