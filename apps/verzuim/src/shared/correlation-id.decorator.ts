import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The request's correlation id (pino-http's request id), for the command an HTTP adapter hands to its use case. */
export const CorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  String(context.switchToHttp().getRequest<Request>().id),
);
