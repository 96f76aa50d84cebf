import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The request's correlation id (set by the logging middleware from x-correlation-id, or a new one). */
export const CorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  String(context.switchToHttp().getRequest<Request>().id),
);
