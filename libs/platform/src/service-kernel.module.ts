import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ZodValidationPipe } from 'nestjs-zod';
import { JwtAuthGuard, TOKEN_VERIFIER, ToegangGuard, createTokenVerifier } from '@sluitend/auth';
import { ServiceName } from '@sluitend/contracts';
import { ConsumerOptions, DEFAULT_CONSUMER_OPTIONS, MessagingModule } from '@sluitend/messaging';
import { configureMetrics, LoggingModule, MetricsController } from '@sluitend/observability';
import { MESSAGING_MIGRATIONS, PersistenceModule, ServiceDataSourceOptions } from '@sluitend/persistence';
import { TimeModule } from './time/time.module';
import { isSchrijfverzoek, SchrijfThrottlerGuard } from './http/schrijf-throttler.guard';
import { authConfigOf, BaseEnv } from './config/base-env.schema';
import { HealthController } from './health/health.controller';
import { DatabaseProbe, HEALTH_OPTIONS } from './health/database-probe';
import { Liveness } from './health/liveness';
import { RetentionModule } from './retention/retention.module';
import { AUDIT_BRON, AuditBron } from './audit/audit-bron';
import { AuditHttp } from './audit/audit.http';
import { AuditInzage1732320002200 } from './audit/audit-inzage.migration';
import { AuditRepository } from './audit/database/audit.repository';
import { DodeBerichtenHttp } from './dode-berichten/dode-berichten.http';
import { LiveModule } from './live/live.module';
import { LiveTickets1732320002100 } from './live/live-tickets.migration';

export type ServiceKernelOptions = {
  service: ServiceName;
  env: BaseEnv;
  entities: ServiceDataSourceOptions['entities'];
  /** The service's own migrations; the messaging tables' migrations are added first. */
  migrations: Array<new () => unknown>;
  /** Streams this service consumes; absent for a service that only publishes. */
  consumes?: Pick<ConsumerOptions, 'subscribesTo'> & Partial<ConsumerOptions>;
  /**
   * Live streams (server-sent events, ADR 0021) this service offers, e.g. `['alerts']`: each is fed by the service's
   * own triggers (NOTIFY on `live.<schema>`) and declared in the policy table as `POST …/live/<stroom>/ticket` and
   * `GET …/live/<stroom>`. Adds the tickets' table to the service's migrations.
   */
  live?: readonly string[];
  /**
   * The service's audit of personal-data reads: offered to an organisation's functionaris gegevensbescherming as
   * `GET …/audit` and `GET …/audit/export.csv` (declared in the policy table). Adds the audit-of-the-audit table.
   */
  audit?: AuditBron;
};

/**
 * Everything a Sluitend service shares: config-driven persistence (its own schema, migrated at start), messaging
 * (outbox relay, topics with the configured replication), JSON logs with correlation ids, health, metrics, retention
 * of old rows, the JWT guard on every route, zod validation and problem+json errors.
 */
@Module({})
export class ServiceKernelModule {
  static forService(options: ServiceKernelOptions): DynamicModule {
    const { env, service } = options;
    const schema = env.DB_SCHEMA ?? service;
    configureMetrics(service);
    return {
      module: ServiceKernelModule,
      imports: [
        LoggingModule.forService(service, env.LOG_LEVEL),
        TimeModule.forService({
          service,
          demoMode: env.DEMO_MODE,
          databaseUrl: env.DATABASE_URL,
          schema,
          topicPrefix: env.TOPIC_PREFIX,
          sampleIntervalMs: env.METRICS_SAMPLE_INTERVAL_MS,
        }),
        PersistenceModule.forService({
          url: env.DATABASE_URL,
          schema,
          entities: options.entities,
          migrations: [
            ...MESSAGING_MIGRATIONS,
            ...(options.live?.length ? [LiveTickets1732320002100] : []),
            ...(options.audit ? [AuditInzage1732320002200] : []),
            ...options.migrations,
          ],
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
          consumer: options.consumes ? { ...DEFAULT_CONSUMER_OPTIONS, groupId: `${env.TOPIC_PREFIX}.${service}`, ...options.consumes } : undefined,
          topics: {
            replicationFactor: env.KAFKA_REPLICATION_FACTOR,
            minInsyncReplicas: env.KAFKA_MIN_INSYNC_REPLICAS,
            deadLetterRetentionMs: env.DEAD_LETTER_RETENTION,
            eventRetentionMs: env.EVENT_RETENTION,
          },
          sampleIntervalMs: env.METRICS_SAMPLE_INTERVAL_MS,
        }),
        RetentionModule.forService({ schema, inboxRetentionMs: env.INBOX_RETENTION }),
        ...(options.live?.length ? [LiveModule.forService({ service, databaseUrl: env.DATABASE_URL, schema, stromen: options.live })] : []),
        ThrottlerModule.forRoot({
          // Writes and lookups per caller per route per minute (the unnamed throttler, so the answer carries a plain
          // Retry-After); a limit of 0 switches that kind off.
          throttlers: [{ ttl: 60_000, limit: (context) => (isSchrijfverzoek(context) ? env.WRITE_RATE_LIMIT : env.LOOKUP_RATE_LIMIT) }],
          skipIf: (context) => (isSchrijfverzoek(context) ? env.WRITE_RATE_LIMIT : env.LOOKUP_RATE_LIMIT) === 0,
        }),
      ],
      controllers: [HealthController, MetricsController, DodeBerichtenHttp, ...(options.audit ? [AuditHttp] : [])],
      providers: [
        ...(options.audit ? [{ provide: AUDIT_BRON, useValue: options.audit }, AuditRepository] : []),
        {
          provide: TOKEN_VERIFIER,
          useValue: createTokenVerifier(authConfigOf(env)),
        },
        { provide: HEALTH_OPTIONS, useValue: { databaseUrl: env.DATABASE_URL, timeoutMs: env.HEALTH_TIMEOUT_MS } },
        DatabaseProbe,
        Liveness,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        // After the token: the policy table (libs/auth TOEGANGSBELEID) on every route, before the body is validated.
        { provide: APP_GUARD, useClass: ToegangGuard },
        // Then the rate limits on writes and lookups, per caller (WRITE_RATE_LIMIT, LOOKUP_RATE_LIMIT per minute).
        { provide: APP_GUARD, useClass: SchrijfThrottlerGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
    };
  }
}
