import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EVENT_CATALOG, EventContext, EventPayload, EventType, ParsedEvent, parseEvent, topicNames } from '@sluitend/contracts';
import { InboxContext, InboxRepository, MESSAGING_CONFIG, MessagingConfig } from '@sluitend/messaging';

type EventOptions = { id?: string; jongereId?: string | null; context?: EventContext; correlationId?: string; occurredAt?: string };

/** An event as a consumer receives it: a full envelope, checked against the catalog by the consumer's own parser. */
export function parsedEvent<T extends EventType>(type: T, payload: EventPayload<T>, options: EventOptions = {}): ParsedEvent<T> {
  const definition = EVENT_CATALOG[type];
  return parseEvent({
    id: options.id ?? randomUUID(),
    type,
    version: definition.version,
    occurredAt: options.occurredAt ?? new Date().toISOString(),
    producer: definition.producer,
    jongereId: options.jongereId ?? null,
    correlationId: options.correlationId ?? `test-${randomUUID()}`,
    context: options.context ?? {},
    payload,
  }) as ParsedEvent<T>;
}

/**
 * Applies events to a service the way its Kafka inbox transport does, without the broker: one database transaction
 * records the events in the service's inbox and calls the handler with only the events whose id it had not recorded
 * yet (and the InboxContext of that transaction). Answers the events that were applied; a second delivery of the
 * same event ids applies nothing.
 */
export async function deliverThroughInbox<T extends EventType>(
  app: INestApplicationContext,
  events: ParsedEvent<T>[],
  handle: (fresh: ParsedEvent<T>[], context: InboxContext) => Promise<unknown>,
): Promise<ParsedEvent<T>[]> {
  const config = app.get<MessagingConfig>(MESSAGING_CONFIG);
  if (!config.consumer) throw new Error(`${config.service} consumes no events (no consumer configuration)`);
  const inbox = new InboxRepository(config.schema, config.consumer.groupId);
  return app.get(DataSource).transaction(async (manager) => {
    const topic = (event: ParsedEvent) => topicNames(config.topicPrefix, EVENT_CATALOG[event.type].producer).events;
    const fresh = await inbox.claim(
      manager,
      events.map((event, offset) => ({ eventId: event.id, eventType: event.type, topic: topic(event), partition: 0, offset: String(offset) })),
    );
    const toApply = events.filter((event) => fresh.delete(event.id));
    if (toApply.length === 0) return [];
    const message: KafkaMessage = { key: null, value: null, timestamp: '0', attributes: 0, offset: '0', headers: {} };
    await handle(toApply, new InboxContext([manager, topic(toApply[0]), 0, message]));
    return toApply;
  });
}
