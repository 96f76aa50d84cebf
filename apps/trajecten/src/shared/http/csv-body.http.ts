import { HttpException, HttpStatus, Injectable, NestMiddleware } from '@nestjs/common';
import { text } from 'express';
import type { NextFunction, Request, Response } from 'express';

/** Fits a DUO list of 50,000 rows with room to spare. */
export const CSV_BODY_LIMIT = '20mb';

type BodyParserError = Error & { type?: string; status?: number; limit?: number };

/**
 * Reads a `text/csv` body (any charset body-parser knows; UTF-8 by default, BOM dropped) for the DUO list routes only:
 * the app's global parser takes JSON alone. Too large or undecodable bodies become HttpExceptions, which the global
 * filter turns into problem+json like every other error. Other media types pass through unread.
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  private readonly parser = text({ type: 'text/csv', limit: CSV_BODY_LIMIT, defaultCharset: 'utf-8' });

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.parser(request, response, (error?: unknown) => (error ? reject(naarHttpFout(error as BodyParserError)) : resolve()));
    });
    next();
  }
}

function naarHttpFout(error: BodyParserError): unknown {
  if (!error.type) return error;
  const status = error.status ?? HttpStatus.BAD_REQUEST;
  const detail = error.type === 'entity.too.large' ? `body is groter dan de limiet van ${error.limit} bytes (${CSV_BODY_LIMIT})` : error.message;
  return new HttpException({ code: `body.${error.type}`, detail }, status);
}
