import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { previewOpenApiDocument, recordServices, runService } from '../index';
import { serviceEnvSchema } from '../config/base-env.schema';

@Injectable()
class Database {
  constructor() {
    throw new Error('a provider was instantiated');
  }
}

@Controller('tellingen')
class TellingenHttp {
  constructor(readonly database: Database) {}

  @Get()
  @ApiOperation({ summary: 'Tellen' })
  tel() {
    return { totaal: 0 };
  }
}

@Module({ controllers: [TellingenHttp], providers: [Database, { provide: 'VERBINDING', useFactory: () => Promise.reject(new Error('connected')) }] })
class VoorbeeldModule {}

describe('previewOpenApiDocument', () => {
  it("describes a service's routes under /api/<service> without instantiating a provider or running a factory", async () => {
    const document = await previewOpenApiDocument(VoorbeeldModule, { service: 'rapportage', title: 'Titel', description: 'Omschrijving' });
    expect(document.info).toMatchObject({ title: 'Titel', description: 'Omschrijving', version: '1' });
    expect(document.paths['/api/rapportage/tellingen'].get).toMatchObject({ summary: 'Tellen', operationId: 'TellingenHttp_tel' });
  });
});

describe('recordServices', () => {
  it('records the services a main would start, and starts none', async () => {
    const recorded = await recordServices(async () => {
      runService({
        service: 'rapportage',
        envSchema: serviceEnvSchema(3105, {}),
        module: () => ({ module: VoorbeeldModule }),
        title: 'Titel',
        description: 'Omschrijving',
      });
    });
    expect(recorded.map((entry) => entry.service)).toEqual(['rapportage']);
    const document = await recorded[0].openApiDocument({
      DATABASE_URL: 'postgres://nergens.invalid/db',
      KAFKA_BROKERS: 'nergens.invalid:9092',
      AUTH_ISSUER: 'http://127.0.0.1:9/issuer',
      AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks',
      NODE_ENV: 'development',
    });
    expect(Object.keys(document.paths)).toEqual(['/api/rapportage/tellingen']);
  });

  it('names a bad setting instead of describing the service', async () => {
    const [recorded] = await recordServices(async () =>
      runService({
        service: 'rapportage',
        envSchema: serviceEnvSchema(3105, {}),
        module: () => ({ module: VoorbeeldModule }),
        title: 'T',
        description: 'O',
      }),
    );
    await expect(
      recorded.openApiDocument({
        KAFKA_BROKERS: 'x:1',
        AUTH_ISSUER: 'http://127.0.0.1:9/issuer',
        AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks',
        NODE_ENV: 'development',
      }),
    ).rejects.toThrow('DATABASE_URL');
  });
});
