import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { correlationIdOf, CORRELATION_HEADER } from './correlation-id';

/**
 * JSON logs with pino. Request logs carry the correlation id and method/route/status, never bodies, query strings
 * or tokens: personal data such as a BSN must not reach a log line.
 */
@Module({})
export class LoggingModule {
  static forService(service: string, level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level,
            base: { service },
            genReqId: (request, response) => {
              const id = correlationIdOf(request);
              response.setHeader(CORRELATION_HEADER, id);
              return id;
            },
            customAttributeKeys: { reqId: 'correlationId' },
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
