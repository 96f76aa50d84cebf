import { quoteSchema } from '@sluitend/persistence';
import { outboxChannel } from './outbox.writer';

/** Runs a statement and returns its rows: a pg Client/Pool (`(sql, params) => client.query(…).then(r => r.rows)`) or a DataSource. */
export type Query = <R>(sql: string, parameters?: unknown[]) => Promise<R[]>;

export type OutboxStatus = {
  /** Rows the relay still has to publish (parked rows not counted). */
  pending: number;
  /** Age of the oldest of those, in seconds (0 when none waits). */
  oldestPendingSeconds: number;
  /** Rows Kafka refused for good, waiting for `sluitend outbox retry`. */
  parked: number;
};

export type ParkedRow = {
  id: string;
  eventId: string;
  eventType: string;
  topic: string;
  sizeBytes: number;
  createdAt: string;
  parkedAt: string;
  reason: string;
};

/** What waits in a service's outbox: any replica (and the ops CLI) can ask. */
export async function outboxStatus(query: Query, schema: string): Promise<OutboxStatus> {
  const [row] = await query<{ pending: string; oldest_seconds: string | null; parked: string }>(
    `SELECT count(*) FILTER (WHERE parked_at IS NULL) AS pending,
            EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)) AS oldest_seconds,
            count(*) FILTER (WHERE parked_at IS NOT NULL) AS parked
     FROM ${quoteSchema(schema)}.outbox WHERE published_at IS NULL`,
  );
  return {
    pending: Number(row.pending),
    oldestPendingSeconds: row.oldest_seconds === null ? 0 : Math.max(0, Number(row.oldest_seconds)),
    parked: Number(row.parked),
  };
}

/** The parked rows, oldest first, with the reason Kafka gave. Never the payload: it may be about a person. */
export async function listParked(query: Query, schema: string, limit = 1000): Promise<ParkedRow[]> {
  const rows = await query<{
    id: string;
    event_id: string;
    event_type: string;
    topic: string;
    size_bytes: number;
    created_at: Date;
    parked_at: Date;
    park_reason: string | null;
  }>(
    `SELECT id, event_id, event_type, topic, octet_length(envelope::text) AS size_bytes, created_at, parked_at, park_reason
     FROM ${quoteSchema(schema)}.outbox WHERE parked_at IS NOT NULL AND published_at IS NULL ORDER BY id LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: String(row.id),
    eventId: row.event_id,
    eventType: row.event_type,
    topic: row.topic,
    sizeBytes: Number(row.size_bytes),
    createdAt: new Date(row.created_at).toISOString(),
    parkedAt: new Date(row.parked_at).toISOString(),
    reason: row.park_reason ?? '',
  }));
}

/**
 * Hands parked rows back to the relay (after the cause is fixed, e.g. the topic's max.message.bytes raised): they are
 * published on its next round, after the rows already waiting, so a retried event arrives after later events of
 * the same key. Selects by outbox id or event id; `all` un-parks every parked row. Returns the ids un-parked.
 */
export async function retryParked(query: Query, schema: string, selection: { all: true } | { ids: string[] }): Promise<string[]> {
  const table = `${quoteSchema(schema)}.outbox`;
  const byId = 'ids' in selection;
  const numeric = byId ? selection.ids.filter((id) => /^\d+$/.test(id)) : [];
  const uuids = byId ? selection.ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)) : [];
  const rows = await query<{ id: string }>(
    `WITH retried AS (
       UPDATE ${table} SET parked_at = NULL, park_reason = NULL
       WHERE parked_at IS NOT NULL AND published_at IS NULL
         AND ($1::boolean OR id = ANY($2::bigint[]) OR event_id = ANY($3::uuid[]))
       RETURNING id
     )
     SELECT id, pg_notify($4, 'retry') FROM retried`,
    [!byId, numeric, uuids, outboxChannel(schema)],
  );
  return rows.map((row) => String(row.id));
}
