import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem } from './problem';

type BodyParserError = Error & { type?: string; status?: number; limit?: number };

/** Express error middleware for body-parser: oversized or malformed bodies get problem+json too. */
export function bodyParserErrors(error: BodyParserError, request: Request, response: Response, next: NextFunction): void {
  if (!error.type?.startsWith('entity.') && error.type !== 'encoding.unsupported' && error.type !== 'charset.unsupported') {
    next(error);
    return;
  }
  const status = error.status ?? 400;
  const detail =
    error.type === 'entity.too.large'
      ? `body is groter dan de limiet van ${error.limit} bytes`
      : error.type === 'entity.parse.failed'
        ? 'body is geen geldige JSON'
        : error.message;
  const body = problem(status, { code: `body.${error.type}`, detail, instance: request.path, correlationId: String(request.id ?? '') });
  response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
