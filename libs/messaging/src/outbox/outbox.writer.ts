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

/**
 * Events built in SQL, one per row: `select` yields the columns `jongere_id` (text, null when not about a person),
 * `aggregate_id` (text), `context` (jsonb) and `payload` (jsonb) over the common table expressions in `with` (which may
 * write, e.g. the signals the events announce, so state and events come from one statement); `parameters` are their
 * $1…$n. The caller's SQL answers for the payload matching the catalog (nothing validates it row by row here):
 * cover it with a test that parses what the statement writes.
 */
export type EventRows = { with: string; select: string; parameters: unknown[] };

/** A string or number value of an envelope in a form a BSN is written in (stricter than the 11-proef of assertNoBsn). */
const BSN_VORM_JSONPATH =
  'lax $.** ? ((@.type() == "string" && @ like_regex "^ *([0-9]{9}|[0-9]{4}[ .-][0-9]{2}[ .-][0-9]{3}|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3}) *$") || (@.type() == "number" && @ >= 100000000 && @ <= 999999999))';

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

  /**
   * Appends one event of `type` per row `rows` yields, its envelope built in the same statement (the shape toEnvelope
   * builds: a random id, the catalog's version, one occurredAt, the producer), with the notification that wakes the
   * relay at commit. Memory stays with PostgreSQL however many rows there are. An envelope holding a value in a form
   * a BSN is written in makes it throw (the transaction then rolls back). Answers how many events were appended.
   */
  async appendRows(manager: EntityManager, type: EventType, rows: EventRows, meta: { correlationId: string; causationId?: string }): Promise<number> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxWriter.appendRows needs an active transaction');
    const definition = EVENT_CATALOG[type];
    if (definition.producer !== this.options.producer) {
      throw new Error(`${this.options.producer} may not publish ${type} (owned by ${definition.producer})`);
    }
    const parameters = [...rows.parameters];
    const param = (value: unknown): string => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    const key = definition.key === 'jongereId' ? 'e.jongere_id' : 'e.aggregate_id';
    const typeParam = param(type);
    const causation = meta.causationId ? `, 'causationId', ${param(meta.causationId)}::text` : '';
    const [resultaat] = (await manager.query(
      `WITH ${rows.with},
       bron AS (${rows.select}),
       envelop AS (SELECT gen_random_uuid() AS id, b.jongere_id, b.aggregate_id, b.context, b.payload FROM bron b),
       appended AS (
         INSERT INTO ${this.table} (event_id, event_type, topic, message_key, envelope)
         SELECT e.id, ${typeParam}, ${param(this.topic)}, ${key},
                jsonb_build_object('id', e.id, 'type', ${typeParam}::text, 'version', ${param(definition.version)}::int,
                  'occurredAt', ${param(this.options.clock.now().toISOString())}::text, 'producer', ${param(this.options.producer)}::text,
                  'jongereId', e.jongere_id, 'correlationId', ${param(meta.correlationId)}::text${causation}, 'context', e.context, 'payload', e.payload)
         FROM envelop e
         RETURNING jsonb_path_exists(envelope, ${param(BSN_VORM_JSONPATH)}::jsonpath) AS bsn_vorm
       )
       SELECT count(*)::int AS appended, count(*) FILTER (WHERE bsn_vorm)::int AS bsn_vorm, pg_notify(${param(outboxChannel(this.options.schema))}, count(*)::text)
       FROM appended`,
      parameters,
    )) as Array<{ appended: number; bsn_vorm: number }>;
    if (resultaat.bsn_vorm > 0) throw new Error(`refusing to publish ${type}: ${resultaat.bsn_vorm} envelope(s) hold a value in the form of a BSN`);
    return resultaat.appended;
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
