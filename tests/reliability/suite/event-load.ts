import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { systemClock } from '@sluitend/domain-nl';
import { DEFAULT_RELAY_OPTIONS, ensureTopics, OutboxRelay, OutboxWriter } from '@sluitend/messaging';
import { createServiceDataSource, initializeAndMigrate, MESSAGING_MIGRATIONS } from '@sluitend/persistence';
import { dossierIngediend } from '../../support/events';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The producing side of a scenario: overstap's outbox in its own schema and the real outbox relay, writing
 * `overstap.dossier.ingediend` events at a steady pace. A write that fails (the database restarting) is tried again
 * until it commits; what counts as sent is what the outbox holds afterwards, not what the writer believes.
 */
export class EventLoad {
  readonly schema: string;
  private db: DataSource | null = null;
  private writer: OutboxWriter | null = null;
  private relay: OutboxRelay | null = null;
  writeFailures = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly databaseUrl: string,
    runId: string,
    private readonly topicPrefix: string,
  ) {
    this.schema = `t_${runId}_overstap`;
  }

  async start(partitions = 6): Promise<void> {
    await ensureTopics(this.kafka, this.topicPrefix, partitions);
    this.db = createServiceDataSource({ url: this.databaseUrl, schema: this.schema, entities: [], migrations: MESSAGING_MIGRATIONS, poolSize: 4 });
    await initializeAndMigrate(this.db);
    this.writer = new OutboxWriter({ schema: this.schema, topicPrefix: this.topicPrefix, producer: 'overstap', clock: systemClock });
    this.relay = new OutboxRelay(this.kafka, {
      ...DEFAULT_RELAY_OPTIONS,
      databaseUrl: this.databaseUrl,
      schema: this.schema,
      idleWaitMs: 200,
      leaderRetryMs: 500,
    });
    this.relay.start();
  }

  /** Writes `total` events in transactions of `batch`, about `perSecond` a second; resolves when all committed. */
  async write(total: number, perSecond: number, batch = 250, brin = '00AH'): Promise<void> {
    const started = Date.now();
    for (let written = 0; written < total;) {
      const size = Math.min(batch, total - written);
      const events = Array.from({ length: size }, (_, index) => dossierIngediend(brin, `load-${written + index}`));
      for (;;) {
        try {
          await (this.db as DataSource).transaction((manager) => (this.writer as OutboxWriter).append(manager, events));
          break;
        } catch {
          this.writeFailures += 1;
          await sleep(250);
        }
      }
      written += size;
      const due = started + (written / perSecond) * 1000;
      if (due > Date.now()) await sleep(due - Date.now());
    }
  }

  /** Appends specific events (a poison event, say) in one transaction. */
  async append(events: ReturnType<typeof dossierIngediend>[]) {
    return (this.db as DataSource).transaction((manager) => (this.writer as OutboxWriter).append(manager, events));
  }

  async stop(): Promise<void> {
    await this.relay?.stop();
    await this.db?.destroy().catch(() => undefined);
  }
}

export type ExactlyOnce = { sent: number; applied: number; lost: number; twice: number };

/** Every event in the producer's outbox applied exactly once by the consumer whose `applied` table is in `consumerSchema`. */
export async function exactlyOnce(pool: Pool, producerSchema: string, consumerSchema: string, where = 'true'): Promise<ExactlyOnce> {
  const { rows } = await pool.query<{ sent: number; applied: number; lost: number; twice: number }>(
    `SELECT (SELECT count(*)::int FROM "${producerSchema}".outbox o WHERE ${where}) AS sent,
            (SELECT count(*)::int FROM "${consumerSchema}".applied) AS applied,
            (SELECT count(*)::int FROM "${producerSchema}".outbox o
              WHERE ${where} AND NOT EXISTS (SELECT 1 FROM "${consumerSchema}".applied a WHERE a.event_id = o.event_id)) AS lost,
            (SELECT (count(*) - count(DISTINCT event_id))::int FROM "${consumerSchema}".applied) AS twice`,
  );
  return rows[0];
}

/** Waits until every sent event is applied (or the timeout passes), then answers the final count. */
export async function settle(pool: Pool, producerSchema: string, consumerSchema: string, timeoutMs: number, where = 'true'): Promise<ExactlyOnce> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await exactlyOnce(pool, producerSchema, consumerSchema, where).catch(() => null);
    if (result && result.lost === 0 && result.sent > 0) {
      // A moment more: an event applied twice would show now.
      await sleep(1500);
      return exactlyOnce(pool, producerSchema, consumerSchema, where);
    }
    if (Date.now() > deadline) return result ?? exactlyOnce(pool, producerSchema, consumerSchema, where);
    await sleep(500);
  }
}

export async function count(pool: Pool, sql: string, parameters: unknown[] = []): Promise<number> {
  return Number((await pool.query<{ n: string | number }>(sql, parameters)).rows[0].n);
}
