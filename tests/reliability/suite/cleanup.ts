import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { deleteRunTopics, dropSchemas } from '@sluitend/testing';
import { Fleet } from './fleet';
import { EventLoad } from './event-load';

/** Stops a scenario's processes and removes its schemas (and pg-boss schemas) and topics, whatever happened. */
export async function cleanup(parts: { fleet?: Fleet; load?: EventLoad; pool?: Pool; kafka?: Kafka; topicPrefix?: string }): Promise<void> {
  await parts.fleet?.stop().catch(() => undefined);
  await parts.load?.stop().catch(() => undefined);
  if (parts.pool) {
    const schemas = [
      ...(parts.fleet?.services.flatMap((service) => [service.schema, `${service.schema}_jobs`]) ?? []),
      ...(parts.load ? [parts.load.schema] : []),
    ];
    await dropSchemas(parts.pool, schemas).catch(() => undefined);
  }
  if (parts.kafka && parts.topicPrefix) await deleteRunTopics(parts.kafka, parts.topicPrefix).catch(() => undefined);
}
