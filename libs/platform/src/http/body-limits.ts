import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json } from 'express';
import { InvalidTokenError, ROUTES_MET_GROTE_BODY, TokenKeysUnavailableError, TokenVerifier } from '@sluitend/auth';
import { PROBLEM_CONTENT_TYPE, problem } from './problem';

/**
 * JSON bodies (issue 11): every route takes a small body (HTTP_SMALL_BODY_LIMIT); only the bulk and import routes of
 * the policy table (`grootBody`) take up to HTTP_BODY_LIMIT, and only after the caller's token is verified — an
 * unauthenticated request is answered 401 before a byte of its body is read, and an oversized one 413 from its
 * Content-Length alone. Other media types pass through unread (the CSV import reads its own, after this check).
 */
export function bodyLimits(limits: { klein: string; groot: string }, verify: TokenVerifier): RequestHandler {
  const klein = json({ limit: limits.klein });
  const groot = json({ limit: limits.groot });
  return (request: Request, response: Response, next: NextFunction) => {
    const pad = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
    if (!ROUTES_MET_GROTE_BODY.has(`${request.method} ${pad}`)) {
      klein(request, response, next);
      return;
    }
    const header = request.headers.authorization;
    const weiger = (status: number, code: string, detail: string) => {
      if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="sluitend"');
      // The unread body is not drained: the connection closes after the answer.
      response.setHeader('Connection', 'close');
      const body = problem(status, { code, detail, instance: request.path, correlationId: String(request.id ?? '') });
      response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
    };
    if (!header?.startsWith('Bearer ')) {
      weiger(401, 'auth.token-missing', 'Bearer token ontbreekt');
      return;
    }
    verify(header.slice('Bearer '.length).trim()).then(
      () => groot(request, response, next),
      (error: unknown) => {
        if (error instanceof TokenKeysUnavailableError) weiger(503, error.code, 'de sleutels van de OpenID-provider zijn nu niet op te halen');
        else weiger(401, 'auth.token-invalid', error instanceof InvalidTokenError ? error.message : 'token ongeldig');
      },
    );
  };
}
