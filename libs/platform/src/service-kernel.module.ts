import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ZodValidationPipe } from 'nestjs-zod';
import { JwtAuthGuard, TOKEN_VERIFIER, createTokenVerifier } from '@sluitend/auth';
import { ServiceName } from '@sluitend/contracts';
import { ConsumerOptions, DEFAULT_CONSUMER_OPTIONS, MessagingModule } from '@sluitend/messaging';
import { LoggingModule, MetricsController } from '@sluitend/observability';
import { MessagingTables1732320000000, PersistenceModule, ServiceDataSourceOptions } from '@sluitend/persistence';
import { TimeModule } from './time/time.module';
import { authConfigOf, BaseEnv } from './config/base-env.schema';
import { HealthController } from './health/health.controller';

export type ServiceKernelOptions = {
  service: ServiceName;
  env: BaseEnv;
  entities: ServiceDataSourceOptions['entities'];
  /** The service's own migrations; the messaging tables' migration is added first. */
  migrations: Array<new () => unknown>;
  /** Streams this service consumes; absent for a service that only publishes. */
  consumes?: Pick<ConsumerOptions, 'subscribesTo'> & Partial<ConsumerOptions>;
};

/**
 * Everything a Sluitend service shares: config-driven persistence (its own schema, migrated at start), messaging
 * (outbox relay, topics), JSON logs, health and metrics, the JWT guard on every route, zod validation and
 * problem+json errors.
 */
@Module({})
export class ServiceKernelModule {
  static forService(options: ServiceKernelOptions): DynamicModule {
    const { env, service } = options;
    const schema = env.DB_SCHEMA ?? service;
    return {
      module: ServiceKernelModule,
      imports: [
        LoggingModule.forService(service, env.LOG_LEVEL),
        TimeModule.forService({ service, demoMode: env.DEMO_MODE, databaseUrl: env.DATABASE_URL, schema, topicPrefix: env.TOPIC_PREFIX }),
        PersistenceModule.forService({
          url: env.DATABASE_URL,
          schema,
          entities: options.entities,
          migrations: [MessagingTables1732320000000, ...options.migrations],
          poolSize: env.DB_POOL_SIZE,
          applicationName: service,
        }),
        MessagingModule.forService({
          service,
          brokers: env.KAFKA_BROKERS,
          topicPrefix: env.TOPIC_PREFIX,
          partitions: env.KAFKA_PARTITIONS,
          schema,
          databaseUrl: env.DATABASE_URL,
          consumer: options.consumes
            ? { ...DEFAULT_CONSUMER_OPTIONS, groupId: `${env.TOPIC_PREFIX}.${service}`, ...options.consumes }
            : undefined,
        }),
        TerminusModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: TOKEN_VERIFIER,
          useValue: createTokenVerifier(authConfigOf(env)),
        },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
    };
  }
}
