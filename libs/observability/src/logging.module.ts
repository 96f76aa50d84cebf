import { DynamicModule, RequestMethod, Module } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { currentCorrelation } from './correlation-context';
import { correlationIdOf } from './correlation-id';

/**
 * Adds the correlation of the request or event being handled to every log line (pino's mixin reads it from
 * AsyncLocalStorage), unless the line's logger already carries it (pino-http's request logger binds it).
 */
function correlationMixin(_merge: object, _level: number, logger: Logger): object {
  const scope = currentCorrelation();
  if (!scope) return {};
  return 'correlationId' in logger.bindings() ? {} : { ...scope };
}

/**
 * JSON logs with pino. Every line written while handling a request or an event carries its correlation id (and an
 * event's id and type); request logs carry method/route/status, never bodies, query strings or tokens: personal data
 * such as a BSN must not reach a log line.
 */
@Module({})
export class LoggingModule {
  static forService(service: string, level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          // Every route, in Nest 11's path syntax (nestjs-pino's default '*' makes Nest warn at every start).
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level,
            base: { service },
            mixin: correlationMixin,
            // The correlation middleware (bootstrap) set request.id first; this only covers an app without it.
            genReqId: (request: IncomingMessage & { id?: unknown }) => (typeof request.id === 'string' ? request.id : correlationIdOf(request)),
            customProps: (request: IncomingMessage & { id?: unknown }) => ({ correlationId: String(request.id) }),
            quietReqLogger: false,
            autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health') || request.url === '/metrics' },
            serializers: {
              req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
              res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
            },
          },
        }),
      ],
    };
  }
}
