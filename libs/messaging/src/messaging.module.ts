import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Kafka } from 'kafkajs';
import { CLOCK, Clock } from '@sluitend/domain-nl';
import { createKafka } from './kafka/kafka.factory';
import { ensureTopics } from './kafka/topic-admin';
import { MessagingConfig } from './messaging.config';
import { MessagingHealth } from './messaging.health';
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

/** Kafka for a Nest service: topics, the outbox writer and its relay, health. The consumer is a transport. */
@Module({})
export class MessagingModule {
  static forService(config: MessagingConfig): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [TerminusModule],
      providers: [
        { provide: MESSAGING_CONFIG, useValue: config },
        {
          provide: KAFKA,
          useFactory: async () => {
            const kafka = createKafka(`sluitend-${config.service}`, config.brokers);
            await ensureTopics(kafka, config.topicPrefix, config.partitions);
            return kafka;
          },
        },
        {
          provide: OutboxWriter,
          inject: [CLOCK],
          useFactory: (clock: Clock) =>
            new OutboxWriter({ schema: config.schema, topicPrefix: config.topicPrefix, producer: config.service, clock }),
        },
        {
          provide: OutboxRelay,
          inject: [KAFKA],
          useFactory: (kafka: Kafka) =>
            new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl: config.databaseUrl, schema: config.schema }),
        },
        OutboxRelayLifecycle,
        MessagingHealth,
      ],
      exports: [MESSAGING_CONFIG, KAFKA, OutboxWriter, OutboxRelay, MessagingHealth],
    };
  }
}

export const InjectKafka = () => Inject(KAFKA);
