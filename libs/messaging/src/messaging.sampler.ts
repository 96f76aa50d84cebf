import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { topicNames } from '@sluitend/contracts';
import { MessagingConfig } from './messaging.config';
import { consumerMetrics, kafkaMetrics, outboxMetrics, samplerMetrics } from './messaging.metrics';
import { KAFKA, MESSAGING_CONFIG } from './messaging.tokens';
import { outboxStatus, Query } from './outbox/outbox.status';

export const DEFAULT_SAMPLE_INTERVAL_MS = 10_000;
const SAMPLE_TIMEOUT_MS = 3_000;

/** Resolves with `work`'s value, or rejects after `ms` (the work itself goes on in the background). */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What readiness no longer asks (it answers only for the database): whether Kafka answers, the consumer group's lag
 * per partition and what waits in the outbox. Sampled in the background every few seconds, each with a short
 * timeout, so `/metrics` never waits on Kafka or the database; a failed sample keeps the gauge's last value and
 * counts in `sluitend_metrics_sample_failures_total`.
 */
@Injectable()
export class MessagingSampler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MessagingSampler.name);
  private timer: NodeJS.Timeout | null = null;
  private admin: Admin | null = null;
  private running: Promise<void> | null = null;
  private lastKafkaError = '';

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.sampleIntervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS;
    void this.sample();
    this.timer = setInterval(() => void this.sample(), interval);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = null;
  }

  /** One round of samples; a round still running is not started twice. */
  sample(): Promise<void> {
    this.running ??= Promise.allSettled([this.sampleOutbox(), this.sampleKafka()]).then(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sampleOutbox(): Promise<void> {
    const schema = this.config.schema;
    try {
      const query: Query = (sql, parameters) => this.dataSource.query(sql, parameters);
      const status = await withTimeout(outboxStatus(query, schema), SAMPLE_TIMEOUT_MS, 'the outbox sample');
      outboxMetrics.pending.set({ schema }, status.pending);
      outboxMetrics.oldestPendingSeconds.set({ schema }, status.oldestPendingSeconds);
      outboxMetrics.parked.set({ schema }, status.parked);
    } catch {
      samplerMetrics.failures.inc({ sample: 'outbox' });
    }
  }

  private async sampleKafka(): Promise<void> {
    try {
      const admin = await this.connectedAdmin();
      const cluster = await withTimeout(admin.describeCluster(), SAMPLE_TIMEOUT_MS, 'describing the Kafka cluster');
      kafkaMetrics.reachable.set(1);
      kafkaMetrics.brokers.set(cluster.brokers.length);
      if (this.lastKafkaError) this.logger.log('Kafka answers again');
      this.lastKafkaError = '';
      if (this.config.consumer) await withTimeout(this.sampleLag(admin), SAMPLE_TIMEOUT_MS, 'the consumer lag sample');
    } catch (error) {
      kafkaMetrics.reachable.set(0);
      samplerMetrics.failures.inc({ sample: 'kafka' });
      const message = (error as Error).message;
      if (message !== this.lastKafkaError) this.logger.warn(`Kafka probe failed: ${message}`);
      this.lastKafkaError = message;
      await this.admin?.disconnect().catch(() => undefined);
      this.admin = null;
    }
  }

  private async connectedAdmin(): Promise<Admin> {
    if (this.admin) return this.admin;
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    await withTimeout(admin.connect(), SAMPLE_TIMEOUT_MS, 'connecting to Kafka');
    this.admin = admin;
    return admin;
  }

  /** Lag per partition: the end of each partition minus what the group committed (nothing committed: all of it). */
  private async sampleLag(admin: Admin): Promise<void> {
    const consumer = this.config.consumer;
    if (!consumer) return;
    const topics = [
      ...consumer.subscribesTo.map((service) => topicNames(this.config.topicPrefix, service).events),
      topicNames(this.config.topicPrefix, this.config.service).retry,
    ];
    const committed = await admin.fetchOffsets({ groupId: consumer.groupId, topics });
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const done = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
      for (const end of ends) {
        const offset = done.find((partition) => partition.partition === end.partition)?.offset ?? '-1';
        const from = BigInt(offset) < 0n ? BigInt(end.low) : BigInt(offset);
        const lag = BigInt(end.high) - from;
        consumerMetrics.lag.set({ consumer: consumer.groupId, topic, partition: String(end.partition) }, Number(lag < 0n ? 0n : lag));
      }
    }
  }
}
