import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { throwError } from 'rxjs';
import { ZodError } from 'zod';
import { DomainError } from '@sluitend/domain-nl';
import { currentCorrelation } from '@sluitend/observability';
import { DOMAIN_ERROR_STATUS } from './domain-error-status';
import { PROBLEM_CONTENT_TYPE, problem, Problem } from './problem';
import { toFieldIssues } from './zod-issues';

type HttpErrorBody = { code?: string; detail?: string; message?: string | string[]; [key: string]: unknown };

/** Members of a problem that an exception's body may not override. */
const RESERVED = new Set(['type', 'title', 'status', 'instance', 'correlationId', 'statusCode', 'error', 'message']);

/**
 * Every HTTP error leaves as application/problem+json (RFC 9457): a use case's DomainError by its kind, a zod
 * validation failure as 400 with field-level issues, Nest's HTTP exceptions (guards, pipes, body parser) by their
 * status, and anything else as a 500 whose detail is logged under the request's correlation id. Events' errors pass
 * through to the inbox transport.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') return throwError(() => exception);
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = String(request.id ?? '');
    const body: Problem = { ...this.toProblem(exception, correlationId), instance: request.path, correlationId };
    if (response.headersSent) return undefined;
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
    return undefined;
  }

  toProblem(exception: unknown, correlationId = ''): Problem {
    if (exception instanceof DomainError) {
      return problem(DOMAIN_ERROR_STATUS[exception.kind], {
        ...without(exception.details),
        code: exception.code,
        detail: exception.message,
        ...(exception.issues.length ? { errors: exception.issues.map((issue) => ({ ...issue })) } : {}),
      });
    }
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError() as ZodError;
      return problem(400, { code: 'validation.failed', detail: 'Het verzoek voldoet niet aan de regels', errors: toFieldIssues(zodError) });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const body: HttpErrorBody = typeof raw === 'string' ? { detail: raw } : (raw as HttpErrorBody);
      const { code, detail, message } = body;
      return problem(status, {
        ...without(body),
        code: typeof code === 'string' ? code : undefined,
        detail: (typeof detail === 'string' ? detail : undefined) ?? (Array.isArray(message) ? message.join('; ') : message) ?? exception.message,
      });
    }
    // Inside the request's correlation every line carries its id already; outside it (a body read elsewhere lost it), name it here.
    this.logger.error(
      {
        err: exception instanceof Error ? { type: exception.name, message: exception.message, stack: exception.stack } : String(exception),
        ...(currentCorrelation() ? {} : { correlationId }),
      },
      'unhandled error in a request',
    );
    return problem(500, { code: 'internal', detail: 'Er ging iets mis; de fout is gelogd onder het correlationId' });
  }
}

function without(extra: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extra).filter(([key]) => !RESERVED.has(key) && key !== 'code' && key !== 'detail'));
}
