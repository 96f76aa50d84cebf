import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { ServiceName } from '@sluitend/contracts';
import { nullableAs30 } from '../http/openapi-30';

export type ApiDescription = { service: ServiceName; title: string; description: string };

export const apiPrefix = (service: ServiceName): string => `api/${service}`;

/** Every route of a service lives under `/api/<service>/…` except health and metrics. */
export function useServicePrefix(app: INestApplication, service: ServiceName): void {
  app.setGlobalPrefix(apiPrefix(service), { exclude: ['health/live', 'health/ready', 'metrics'] });
}

/** The OpenAPI document of a service as it serves it at `/api/<service>/docs/openapi.json`. */
export function openApiDocument(app: INestApplication, api: ApiDescription): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(api.title)
      .setDescription(api.description)
      .setVersion('1')
      // Paths carry /api/<service>: the same document serves the service itself and the portal's gateway.
      .addServer('/', 'deze service, of de gateway van het portaal (zelfde paden)')
      .addBearerAuth()
      .build(),
  );
  return nullableAs30(cleanupOpenApiDoc(document));
}

/**
 * The same document without running the service: Nest's preview mode scans the modules and their controllers but
 * instantiates no provider, so no database, broker or secret is touched. `./sluitend docs` writes docs/openapi/ with
 * it and `./sluitend test` checks the committed documents against it.
 */
export async function previewOpenApiDocument(appModule: Type<unknown> | DynamicModule, api: ApiDescription): Promise<OpenAPIObject> {
  const app = await NestFactory.create(appModule, { preview: true, logger: false, abortOnError: false });
  useServicePrefix(app, api.service);
  return openApiDocument(app, api);
}
