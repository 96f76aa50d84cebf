import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { throwError } from 'rxjs';
import { ZodError } from 'zod';
import { PROBLEM_CONTENT_TYPE, problem, Problem } from './problem';
import { toFieldIssues } from './zod-issues';

type HttpErrorBody = { code?: string; detail?: string; message?: string | string[]; [key: string]: unknown };

/** Every HTTP error leaves as application/problem+json; events' errors pass through to the inbox transport. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') return throwError(() => exception);
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const body = { ...this.toProblem(exception), instance: request.path, correlationId: String(request.id ?? '') };
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
    return undefined;
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError() as ZodError;
      return problem(400, { code: 'validation.failed', detail: 'Het verzoek voldoet niet aan de regels', errors: toFieldIssues(zodError) });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const body: HttpErrorBody = typeof raw === 'string' ? { detail: raw } : (raw as HttpErrorBody);
      const { code, detail, message, statusCode: _statusCode, error: _error, ...rest } = body;
      return problem(status, {
        ...rest,
        code,
        detail: detail ?? (Array.isArray(message) ? message.join('; ') : message) ?? exception.message,
      });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return problem(500, { code: 'internal', detail: 'Er ging iets mis; de fout is gelogd' });
  }
}
