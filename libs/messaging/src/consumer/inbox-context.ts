import { BaseRpcContext } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';
import type { KafkaMessage } from 'kafkajs';

type InboxContextArgs = [manager: EntityManager, topic: string, partition: number, message: KafkaMessage];

/**
 * What an @EventPattern handler gets beside the event: the EntityManager of the transaction that also records the
 * event in the inbox. Write through it (and append outbox rows with it) so the effect commits exactly once.
 */
export class InboxContext extends BaseRpcContext<InboxContextArgs> {
  get manager(): EntityManager {
    return this.args[0];
  }

  get topic(): string {
    return this.args[1];
  }

  get partition(): number {
    return this.args[2];
  }

  get offset(): string {
    return this.args[3].offset;
  }
}
