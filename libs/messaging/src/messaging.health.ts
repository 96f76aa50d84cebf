import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { describeCluster } from './kafka/topic-admin';
import { MessagingConfig } from './messaging.config';
import { KAFKA, MESSAGING_CONFIG } from './messaging.tokens';
import { OutboxRelay } from './outbox/outbox.relay';

/** Outbox rows older than this mean the relay is stuck: the service is not ready. */
const MAX_OUTBOX_AGE_SECONDS = 60;

@Injectable()
export class MessagingHealth {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
    private readonly dataSource: DataSource,
  ) {}

  async kafkaBroker() {
    const indicator = this.indicators.check('kafka');
    try {
      const cluster = await describeCluster(this.kafka);
      return indicator.up(cluster);
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  async outboxBacklog() {
    const indicator = this.indicators.check('outbox');
    const backlog = await OutboxRelay.backlog((sql) => this.dataSource.query(sql), this.config.schema);
    return backlog.oldestSeconds > MAX_OUTBOX_AGE_SECONDS ? indicator.down(backlog) : indicator.up(backlog);
  }
}
