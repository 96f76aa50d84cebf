import { Logger } from '@nestjs/common';
import { Kafka, Message, Producer } from 'kafkajs';
import { Client } from 'pg';
import { quoteSchema } from '@sluitend/persistence';
import { outboxMetrics } from '../messaging.metrics';
import { permanentPublishError } from './publish-errors';
import { outboxChannel } from './outbox.writer';

export type OutboxRelayOptions = {
  databaseUrl: string;
  schema: string;
  batchSize: number;
  /** How long to wait for a NOTIFY before polling anyway. */
  idleWaitMs: number;
  /** How often a non-leader tries to take over. */
  leaderRetryMs: number;
  /** Published rows are kept this long (for inspection), then deleted. */
  retentionMs: number;
};

type OutboxRow = { id: string; event_type: string; topic: string; message_key: string; envelope: string };

const toMessage = (row: OutboxRow): Message => ({ key: row.message_key, value: row.envelope, headers: { 'content-type': 'application/json' } });

/** A read from the beginning at least this often, however long a burst of full batches lasts (see `after`). */
const FULL_READ_EVERY_MS = 1000;

export const DEFAULT_RELAY_OPTIONS: Omit<OutboxRelayOptions, 'databaseUrl' | 'schema'> = {
  batchSize: 1000,
  idleWaitMs: 1000,
  leaderRetryMs: 2000,
  retentionMs: 60 * 60 * 1000,
};

/**
 * Publishes outbox rows in id order with an idempotent producer and marks them sent. One replica is leader at a
 * time: it holds a session advisory lock on its own connection, so a dead leader's lock is released by PostgreSQL
 * and another replica takes over. A crash after publishing and before marking republishes; consumers' inboxes
 * absorb that duplicate. A row Kafka refuses for good (too large, invalid record) is parked with Kafka's reason and
 * the rows behind it go on: without that every replica would take over in turn and fail on the same row.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly table: string;
  private client: Client | null = null;
  private producer: Producer | null = null;
  private leader = false;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private notified = false;
  private lastCleanup = 0;
  private published = 0;
  /**
   * Where the next read starts: after the last row of a full batch just marked (null: at the beginning). The pending
   * index keeps an entry of every row published since the last vacuum, and a read from the beginning steps over all
   * of them (measured during the 1 April sweep after a national import: 140–390 ms per read of 1,000, most of the
   * relay's time). Outbox ids are taken at insert, not at commit, so a row may become visible below the cursor: a read
   * that finds less than a full batch sends the next one to the beginning again, where it finds such rows, and so does
   * the first read after `FULL_READ_EVERY_MS`: such a row waits at most that long behind a burst.
   */
  private after: string | null = null;
  private lastFullRead = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: OutboxRelayOptions,
  ) {
    this.table = `${quoteSchema(options.schema)}.outbox`;
  }

  get isLeader(): boolean {
    return this.leader;
  }

  get publishedCount(): number {
    return this.published;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.resetConnections();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        if (!this.leader && !(await this.tryBecomeLeader())) {
          await this.sleep(this.options.leaderRetryMs);
          continue;
        }
        const count = await this.publishBatch();
        failures = 0;
        if (count < this.options.batchSize) {
          await this.cleanupIfDue();
          if (count === 0) await this.sleep(this.options.idleWaitMs);
        }
      } catch (error) {
        failures += 1;
        this.logger.warn(`outbox relay (${this.options.schema}) failed, attempt ${failures}: ${(error as Error).message}`);
        await this.resetConnections();
        await this.sleep(Math.min(200 * 2 ** failures, 5000));
      }
    }
  }

  private async tryBecomeLeader(): Promise<boolean> {
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: `outbox-relay:${this.options.schema}`,
      keepAlive: true,
      query_timeout: 30_000,
    });
    client.on('error', (error) => this.logger.warn(`relay connection error: ${error.message}`));
    await client.connect();
    let producer: Producer | null = null;
    try {
      const [{ locked }] = (
        await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`outbox-relay:${this.options.schema}`])
      ).rows;
      if (!locked) {
        await client.end();
        return false;
      }
      await client.query(`LISTEN ${outboxChannel(this.options.schema)}`);
      producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await producer.connect();
    } catch (error) {
      // Never keep a connection (and with it the lock) that is not in use: other replicas could never take over.
      await producer?.disconnect().catch(() => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    client.on('end', () => {
      // The lock went with the connection: drop the producer too and let the loop try to lead again.
      if (this.client === client) void this.resetConnections();
    });
    this.client = client;
    this.producer = producer;
    this.leader = true;
    this.logger.log(`outbox relay for ${this.options.schema} is leader`);
    return true;
  }

  private async publishBatch(): Promise<number> {
    const client = this.client as Client;
    this.notified = false;
    const after = Date.now() - this.lastFullRead < FULL_READ_EVERY_MS ? this.after : null;
    if (after === null) this.lastFullRead = Date.now();
    this.after = null;
    const { rows } = await client.query<OutboxRow>(
      `SELECT id, event_type, topic, message_key, envelope::text AS envelope FROM ${this.table}
       WHERE published_at IS NULL AND parked_at IS NULL AND id > $2 ORDER BY id LIMIT $1`,
      [this.options.batchSize, after ?? '0'],
    );
    // Nothing after the cursor: read again from the beginning before the loop decides whether to sleep.
    if (rows.length === 0) return after === null ? 0 : this.publishBatch();
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push(toMessage(row));
      byTopic.set(row.topic, messages);
    }
    try {
      await (this.producer as Producer).sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    } catch (error) {
      // Something in the batch can never be sent (or the batch as a whole is too large for one partition): find the
      // row one at a time. Rows of the batch that did reach Kafka go out again; consumers' inboxes skip them.
      if (!permanentPublishError(error)) throw error;
      return this.publishOneByOne(client, rows);
    }
    await this.markPublished(
      client,
      rows.map((row) => row.id),
    );
    if (rows.length === this.options.batchSize) this.after = rows[rows.length - 1].id;
    return rows.length;
  }

  private async publishOneByOne(client: Client, rows: OutboxRow[]): Promise<number> {
    const sent: string[] = [];
    try {
      // A refused produce request leaves the idempotent producer's sequence numbers out of step with the broker's:
      // continue with a new producer (a new producer id) after each refusal.
      await this.renewProducer();
      for (const row of rows) {
        try {
          await (this.producer as Producer).send({ topic: row.topic, acks: -1, messages: [toMessage(row)] });
          sent.push(row.id);
        } catch (error) {
          const permanent = permanentPublishError(error);
          if (!permanent) throw error;
          await this.park(client, row, `${permanent.type}: ${permanent.message}`);
          await this.renewProducer();
        }
      }
    } finally {
      await this.markPublished(client, sent);
    }
    return rows.length;
  }

  private async renewProducer(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = null;
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    this.producer = producer;
  }

  private async park(client: Client, row: OutboxRow, reason: string): Promise<void> {
    await client.query(`UPDATE ${this.table} SET parked_at = now(), park_reason = $2 WHERE id = $1`, [row.id, reason.slice(0, 1000)]);
    outboxMetrics.parkedTotal.inc({ schema: this.options.schema });
    this.logger.error(
      `outbox row ${row.id} (${row.event_type}, ${Buffer.byteLength(row.envelope)} bytes) parked: Kafka refuses it for good (${reason}); the rows behind it go on. See: sluitend outbox list ${this.options.schema}`,
    );
  }

  private async markPublished(client: Client, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await client.query(`UPDATE ${this.table} SET published_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
    this.published += ids.length;
    outboxMetrics.published.inc({ schema: this.options.schema }, ids.length);
  }

  private async cleanupIfDue(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    await this.client?.query(`DELETE FROM ${this.table} WHERE published_at IS NOT NULL AND published_at < now() - make_interval(secs => $1)`, [
      this.options.retentionMs / 1000,
    ]);
  }

  private async resetConnections(): Promise<void> {
    this.leader = false;
    this.after = null;
    const client = this.client;
    const producer = this.producer;
    this.client = null;
    this.producer = null;
    await producer?.disconnect().catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.notified || !this.running) {
        resolve();
        return;
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
