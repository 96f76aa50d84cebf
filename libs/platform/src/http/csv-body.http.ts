import { HttpException, HttpStatus, Injectable, NestMiddleware, Type } from '@nestjs/common';
import { text } from 'express';
import type { NextFunction, Request, Response } from 'express';

type BodyParserError = Error & { type?: string; status?: number; limit?: number };

/**
 * A middleware that reads a `text/csv` body (any charset body-parser knows; UTF-8 by default, BOM dropped) for the
 * import routes it is applied to: the app's global parser takes JSON alone. Too large or undecodable bodies become
 * HttpExceptions, which the global filter turns into problem+json like every other error. Other media types pass
 * through unread. `limit` is what the route's largest file needs (body-parser's notation, e.g. '60mb').
 */
export function csvBodyMiddleware(limit: string): Type<NestMiddleware> {
  @Injectable()
  class CsvBodyMiddleware implements NestMiddleware {
    private readonly parser = text({ type: 'text/csv', limit, defaultCharset: 'utf-8' });

    async use(request: Request, response: Response, next: NextFunction): Promise<void> {
      await new Promise<void>((resolve, reject) => {
        this.parser(request, response, (error?: unknown) => (error ? reject(naarHttpFout(error as BodyParserError, limit)) : resolve()));
      });
      next();
    }
  }
  return CsvBodyMiddleware;
}

function naarHttpFout(error: BodyParserError, limit: string): unknown {
  if (!error.type) return error;
  const status = error.status ?? HttpStatus.BAD_REQUEST;
  const detail = error.type === 'entity.too.large' ? `body is groter dan de limiet van ${error.limit} bytes (${limit})` : error.message;
  return new HttpException({ code: `body.${error.type}`, detail }, status);
}
