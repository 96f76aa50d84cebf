import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { CLOCK, Clock } from '@sluitend/domain-nl';
import { createKafka } from './kafka/kafka.factory';
import { ensureTopics } from './kafka/topic-admin';
import { MessagingConfig } from './messaging.config';
import { MessagingSampler } from './messaging.sampler';
import { KAFKA, MESSAGING_CONFIG } from './messaging.tokens';
import { DEFAULT_RELAY_OPTIONS, OutboxRelay } from './outbox/outbox.relay';
import { OutboxWriter } from './outbox/outbox.writer';

@Injectable()
class OutboxRelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly relay: OutboxRelay) {}

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

/**
 * Kafka for a Nest service: topics (created with the configured replication), the outbox writer and its relay, and
 * the sampled metrics (Kafka reachability, consumer lag, outbox backlog). The consumer is a transport.
 */
@Module({})
export class MessagingModule {
  static forService(config: MessagingConfig): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_CONFIG, useValue: config },
        {
          provide: KAFKA,
          useFactory: async () => {
            const kafka = createKafka(`sluitend-${config.service}`, config.brokers);
            await ensureTopics(kafka, config.topicPrefix, config.partitions, config.topics);
            return kafka;
          },
        },
        {
          provide: OutboxWriter,
          inject: [CLOCK],
          useFactory: (clock: Clock) => new OutboxWriter({ schema: config.schema, topicPrefix: config.topicPrefix, producer: config.service, clock }),
        },
        {
          provide: OutboxRelay,
          inject: [KAFKA],
          useFactory: (kafka: Kafka) => new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl: config.databaseUrl, schema: config.schema }),
        },
        OutboxRelayLifecycle,
        MessagingSampler,
      ],
      exports: [MESSAGING_CONFIG, KAFKA, OutboxWriter, OutboxRelay, MessagingSampler],
    };
  }
}

export const InjectKafka = () => Inject(KAFKA);
