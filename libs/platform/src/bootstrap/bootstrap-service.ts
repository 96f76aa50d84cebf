import { DynamicModule, INestApplication, Logger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { SwaggerModule } from '@nestjs/swagger';
import { urlencoded } from 'express';
import helmet from 'helmet';
import { Logger as PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ServiceName } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { ConsumerCrash, KAFKA, KafkaInboxTransport, MESSAGING_CONFIG, MessagingConfig } from '@sluitend/messaging';
import { correlationMiddleware, httpMetricsMiddleware, restoreCorrelation } from '@sluitend/observability';
import { BaseEnv } from '../config/base-env.schema';
import { TOKEN_VERIFIER, TokenVerifier } from '@sluitend/auth';
import { bodyLimits } from '../http/body-limits';
import { bodyParserErrors } from '../http/body-parser-errors';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { apiPrefix, openApiDocument, useServicePrefix } from './openapi-document';
import { Liveness } from '../health/liveness';

/** Exit code of a process that ended because its Kafka consumer crashed for good. */
export const CONSUMER_CRASH_EXIT_CODE = 70;
/** Longest a crashed service waits for its graceful shutdown before it exits anyway. */
const CRASH_SHUTDOWN_MS = 10_000;

export type BootstrapOptions = { service: ServiceName; env: BaseEnv; title: string; description: string };

/** Creates, wires and starts one service: HTTP API with OpenAPI docs, and its Kafka consumer when it has one. */
export async function bootstrapService(appModule: Type<unknown> | DynamicModule, options: BootstrapOptions): Promise<INestApplication> {
  const app = await createServiceApp(appModule, options);
  await app.startAllMicroservices();
  await app.listen(options.env.PORT, options.env.HOST);
  return app;
}

export async function createServiceApp(appModule: Type<unknown> | DynamicModule, options: BootstrapOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(PinoLogger));
  // The correlation id first (so even a body the parser refuses has one), body parsing, then the correlation again for
  // the rest of the request (body parsers continue outside it), and request timing per route template.
  // Security headers (helmet's defaults; the API documentation's page keeps its scripts and styles without a CSP).
  const headers = helmet();
  const docsHeaders = helmet({ contentSecurityPolicy: false });
  const docs = `/${apiPrefix(options.service)}/docs`;
  app.use((request: Request, response: Response, next: NextFunction) =>
    (request.path.startsWith(docs) ? docsHeaders : headers)(request, response, next),
  );
  app.use(
    correlationMiddleware,
    httpMetricsMiddleware,
    bodyLimits({ klein: options.env.HTTP_SMALL_BODY_LIMIT, groot: options.env.HTTP_BODY_LIMIT }, app.get<TokenVerifier>(TOKEN_VERIFIER)),
    urlencoded({ extended: false, limit: '1mb' }),
    bodyParserErrors,
    restoreCorrelation,
  );
  app.disable('x-powered-by');
  useServicePrefix(app, options.service);
  app.enableShutdownHooks();
  // Set before the microservice connects, which registers its handlers at once and inherits these filters: HTTP
  // errors become problem+json, event handlers' errors reach the inbox transport unchanged.
  app.useGlobalFilters(new ProblemDetailsFilter());

  SwaggerModule.setup(`${apiPrefix(options.service)}/docs`, app, openApiDocument(app, options), {
    jsonDocumentUrl: `${apiPrefix(options.service)}/docs/openapi.json`,
  });

  const messaging = app.get<MessagingConfig>(MESSAGING_CONFIG);
  if (messaging.consumer) {
    const transport = new KafkaInboxTransport(app.get(KAFKA), app.get(DataSource), messaging, app.get<Clock>(CLOCK));
    transport.on('crash', (crash) => endOnFatalCrash(app, crash));
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
  }
  return app;
}

/**
 * kafkajs gives up on a consumer after an error it does not retry (`restart: false`): the process would keep serving
 * HTTP while no event is applied any more. Liveness fails at once and the process ends (after a bounded graceful
 * shutdown) with exit code 70, so the orchestrator restarts it and the crash shows.
 */
function endOnFatalCrash(app: INestApplication, crash: ConsumerCrash): void {
  if (crash.restart) return;
  const reason = `Kafka consumer crashed and kafkajs does not restart it: ${crash.error.message}`;
  app.get(Liveness).fail(reason);
  new Logger('Service').fatal(`${reason}; ending the process (exit ${CONSUMER_CRASH_EXIT_CODE})`);
  const timer = setTimeout(() => process.exit(CONSUMER_CRASH_EXIT_CODE), CRASH_SHUTDOWN_MS);
  void app
    .close()
    .catch(() => undefined)
    .finally(() => {
      clearTimeout(timer);
      process.exit(CONSUMER_CRASH_EXIT_CODE);
    });
}
