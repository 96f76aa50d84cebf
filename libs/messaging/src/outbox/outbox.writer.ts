import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Envelope, EVENT_CATALOG, EventContext, EventPayload, EventType, ServiceName, topicNames, validatePayload } from '@sluitend/contracts';
import { Clock } from '@sluitend/domain-nl';
import { quoteSchema } from '@sluitend/persistence';
import { assertNoBsn } from './bsn-guard';

export type NewEvent<T extends EventType = EventType> = {
  type: T;
  jongereId: string | null;
  /** Kafka key when the event is not about a person. */
  aggregateId: string;
  context: EventContext;
  payload: EventPayload<T>;
  correlationId: string;
  causationId?: string;
};

export type OutboxWriterOptions = { schema: string; topicPrefix: string; producer: ServiceName; clock: Clock };

export const outboxChannel = (schema: string): string => `outbox_${schema}`;

/**
 * Appends events to the service's outbox inside the caller's transaction, so the state change and its events
 * commit together. The relay publishes them; nothing is ever sent to Kafka from a request handler.
 */
export class OutboxWriter {
  private readonly table: string;
  private readonly topic: string;

  constructor(private readonly options: OutboxWriterOptions) {
    this.table = `${quoteSchema(options.schema)}.outbox`;
    this.topic = topicNames(options.topicPrefix, options.producer).events;
  }

  async append(manager: EntityManager, events: NewEvent[]): Promise<Envelope[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxWriter.append needs an active transaction');
    if (events.length === 0) return [];
    const occurredAt = this.options.clock.now().toISOString();
    const envelopes = events.map((event) => this.toEnvelope(event, occurredAt));
    // One JSON parameter of the rows, each envelope embedded as its own text: a text array would have the driver
    // escape every envelope in JavaScript, and a jsonb array would make PostgreSQL parse an array literal first.
    let rows = '[';
    envelopes.forEach((envelope, index) => {
      assertNoBsn(envelope, envelope.type);
      rows += `${index > 0 ? ',' : ''}{"id":"${envelope.id}","type":${JSON.stringify(envelope.type)},"key":${JSON.stringify(this.keyOf(events[index]))},"body":${JSON.stringify(envelope)}}`;
    });
    rows += ']';
    // One round trip: the rows, and the notification that wakes the relay when the transaction commits.
    await manager.query(
      `WITH appended AS (
         INSERT INTO ${this.table} (event_id, event_type, topic, message_key, envelope)
         SELECT id, type, $2, key, body
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id uuid, type text, key text, body jsonb)) WITH ORDINALITY AS t(id, type, key, body, n)
         ORDER BY n
         RETURNING 1
       )
       SELECT pg_notify($3, count(*)::text) FROM appended`,
      [rows, this.topic, outboxChannel(this.options.schema)],
    );
    return envelopes;
  }

  private toEnvelope(event: NewEvent, occurredAt: string): Envelope {
    const definition = EVENT_CATALOG[event.type];
    if (definition.producer !== this.options.producer) {
      throw new Error(`${this.options.producer} may not publish ${event.type} (owned by ${definition.producer})`);
    }
    return {
      id: randomUUID(),
      type: event.type,
      version: definition.version,
      occurredAt,
      producer: this.options.producer,
      jongereId: event.jongereId,
      correlationId: event.correlationId,
      ...(event.causationId ? { causationId: event.causationId } : {}),
      context: event.context,
      payload: validatePayload(event.type, event.payload),
    };
  }

  private keyOf(event: NewEvent): string {
    const definition = EVENT_CATALOG[event.type];
    if (definition.key === 'jongereId') {
      if (!event.jongereId) throw new Error(`${event.type} is keyed by jongereId, which is missing`);
      return event.jongereId;
    }
    return event.aggregateId;
  }
}
