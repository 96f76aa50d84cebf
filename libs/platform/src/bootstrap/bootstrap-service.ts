import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { json, urlencoded } from 'express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ServiceName } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { KAFKA, KafkaInboxTransport, MESSAGING_CONFIG, MessagingConfig } from '@sluitend/messaging';
import { BaseEnv } from '../config/base-env.schema';
import { bodyParserErrors } from '../http/body-parser-errors';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { apiPrefix, openApiDocument, useServicePrefix } from './openapi-document';

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
  app.use(json({ limit: options.env.HTTP_BODY_LIMIT }), urlencoded({ extended: false, limit: '1mb' }), bodyParserErrors);
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
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
  }
  return app;
}
