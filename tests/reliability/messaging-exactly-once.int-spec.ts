import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { topicNames } from '@sluitend/contracts';
import { FixedClock } from '@sluitend/domain-nl';
import {
  createKafka,
  DEAD_LETTER_HEADERS,
  DEFAULT_RELAY_OPTIONS,
  ensureTopics,
  listDeadLetters,
  NewEvent,
  OutboxRelay,
  OutboxWriter,
  readTopic,
  replayDeadLetters,
} from '@sluitend/messaging';
import { createServiceDataSource, initializeAndMigrate, MESSAGING_MIGRATIONS } from '@sluitend/persistence';
import { deleteRunTopics, dropSchemas, NodeProcess, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { dossierIngediend } from '../support/events';

/**
 * The messaging guarantees of ARCHITECTURE §3 against the real broker and database: events published through the
 * outbox are applied exactly once by a consumer that is SIGKILLed mid-batch; duplicates are skipped by the inbox; a
 * failing event goes to the dead-letter topic while other events keep flowing; a dead letter replays once its cause
 * is fixed. (A broker restart under load is R2 of the reliability suite, on a private broker: tests never restart
 * the shared one.)
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('rel');
const producerSchema = run.schema('overstap');
const consumerSchema = run.schema('counting');
const databaseUrl = process.env.DATABASE_URL as string;

let kafka: Kafka;
let pool: Pool;
let producerDb: DataSource;
let writer: OutboxWriter;
let relay: OutboxRelay;
let consumer: NodeProcess;

async function publish(events: NewEvent[]): Promise<void> {
  await producerDb.transaction((manager) => writer.append(manager, events));
}

/** True once the consumer group has committed up to the end of every partition of the topic. */
async function drained(topic: string): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId: `${run.topicPrefix}.counting`, topics: [topic] });
    return ends.every((end) => {
      const done = committed.partitions.find((partition) => partition.partition === end.partition);
      return BigInt(end.high) === 0n || (done !== undefined && BigInt(done.offset) >= BigInt(end.high));
    });
  } finally {
    await admin.disconnect();
  }
}

const eventsTopic = () => topicNames(run.topicPrefix, 'overstap').events;

async function waitForDrain(): Promise<void> {
  await waitFor(
    'the outbox to be empty',
    async () => (await pool.query(`SELECT count(*)::int AS n FROM "${producerSchema}".outbox WHERE published_at IS NULL`)).rows[0].n === 0,
  );
  await waitFor('the consumer to reach the end of the topic', () => drained(eventsTopic()), 60_000, 250);
}

const appliedCount = async (): Promise<{ total: number; distinct: number }> => {
  const { rows } = await pool.query(`SELECT count(*)::int AS total, count(DISTINCT event_id)::int AS distinct FROM "${consumerSchema}".applied`);
  return rows[0];
};

const appliedTimes = async (eventId: string): Promise<number> =>
  (await pool.query(`SELECT count(*)::int AS n FROM "${consumerSchema}".applied WHERE event_id = $1`, [eventId])).rows[0].n;

/** (Re)starts the consumer and waits until its schema is migrated. */
async function startConsumer(extraEnv: NodeJS.ProcessEnv): Promise<void> {
  await consumer.kill('SIGTERM');
  consumer.start(extraEnv);
  await waitFor('the consumer schema', async () => (await appliedCount()).total >= 0, 60_000, 100);
}

async function waitForApplied(expected: number, timeoutMs = 120_000): Promise<void> {
  await waitFor(`${expected} applied events`, async () => (await appliedCount().catch(() => ({ total: 0 }))).total >= expected, timeoutMs, 200);
}

beforeAll(async () => {
  kafka = createKafka('reliability-test', (process.env.KAFKA_BROKERS as string).split(','));
  await ensureTopics(kafka, run.topicPrefix, 6);
  pool = testPool(databaseUrl);
  producerDb = createServiceDataSource({ url: databaseUrl, schema: producerSchema, entities: [], migrations: MESSAGING_MIGRATIONS });
  await initializeAndMigrate(producerDb);
  writer = new OutboxWriter({ schema: producerSchema, topicPrefix: run.topicPrefix, producer: 'overstap', clock: new FixedClock(new Date()) });
  relay = new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl, schema: producerSchema, idleWaitMs: 200, leaderRetryMs: 500 });
  relay.start();
  consumer = new NodeProcess(
    join(ROOT, 'dist/tests/support/fixtures/counting-consumer.js'),
    { TOPIC_PREFIX: run.topicPrefix, DB_SCHEMA: consumerSchema, KAFKA_PARTITIONS: '6', TRANSACTION_BATCH_SIZE: '100' },
    join(ROOT, `.local/test-logs/${run.id}-counting-consumer.log`),
  );
});

afterAll(async () => {
  await consumer?.kill('SIGTERM');
  await relay?.stop();
  await producerDb?.destroy();
  await dropSchemas(pool, [producerSchema, consumerSchema]);
  await pool?.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('exactly-once delivery through outbox, Kafka and inbox', () => {
  const N = 3000;

  it('applies every event exactly once although the consumer is SIGKILLed mid-batch and restarted', async () => {
    const events = Array.from({ length: N }, () => dossierIngediend());
    for (let start = 0; start < N; start += 500) await publish(events.slice(start, start + 500));

    await startConsumer({ APPLY_DELAY_MS: '2' });
    await waitFor('a first part to be applied', async () => (await appliedCount().catch(() => ({ total: 0 }))).total >= 600, 90_000, 50);
    await consumer.kill('SIGKILL');
    const atKill = await appliedCount();
    expect(atKill.total).toBeLessThan(N);

    await startConsumer({ APPLY_DELAY_MS: '0' });
    await waitForApplied(N);
    await waitForDrain();
    const after = await appliedCount();
    expect(after).toEqual({ total: N, distinct: N });
    const inbox = await pool.query(`SELECT count(*)::int AS n FROM "${consumerSchema}".inbox`);
    expect(inbox.rows[0].n).toBe(N);
    process.stdout.write(`SIGKILL at ${atKill.total}/${N} applied; after restart ${after.total} rows, ${after.distinct} distinct\n`);
  });

  it('skips a duplicate delivery: the same event sent twice and an outbox republish apply once', async () => {
    if (!consumer.running) await startConsumer({});
    const before = (await appliedCount()).total;
    const event = dossierIngediend();
    await publish([event]);
    await waitForApplied(before + 1);
    const [row] = (await pool.query(`SELECT envelope::text AS envelope, message_key FROM "${producerSchema}".outbox ORDER BY id DESC LIMIT 1`)).rows;
    const producer = kafka.producer();
    await producer.connect();
    const topic = topicNames(run.topicPrefix, 'overstap').events;
    await producer.send({
      topic,
      messages: [
        { key: row.message_key, value: row.envelope },
        { key: row.message_key, value: row.envelope },
      ],
    });
    await producer.disconnect();
    // A relay that crashed after sending and before marking sends the rows again.
    await pool.query(
      `UPDATE "${producerSchema}".outbox SET published_at = NULL WHERE id IN (SELECT id FROM "${producerSchema}".outbox ORDER BY id DESC LIMIT 50)`,
    );
    await waitForDrain();
    expect(await appliedTimes((JSON.parse(row.envelope) as { id: string }).id)).toBe(1);
    expect(await appliedCount()).toEqual({ total: before + 1, distinct: before + 1 });
  });

  it('dead-letters an event whose handler keeps failing, with its error, while other events flow', async () => {
    await startConsumer({ FAIL_BRIN: '99ZZ' });
    const before = (await appliedCount()).total;
    const poison = dossierIngediend('99ZZ');
    const others = Array.from({ length: 200 }, () => dossierIngediend('00AH'));
    await publish([poison, ...others.slice(0, 100)]);
    await publish(others.slice(100));
    await waitForApplied(before + 200);
    const letters = await waitFor('the dead letter', async () => {
      const found = await readTopic(kafka, topicNames(run.topicPrefix, 'rapportage').dlq);
      return found.length > 0 ? found : undefined;
    });
    expect(letters).toHaveLength(1);
    expect(letters[0].eventId).toBeDefined();
    expect(letters[0].headers[DEAD_LETTER_HEADERS.error]).toContain('handler weigert school 99ZZ');
    expect(letters[0].headers[DEAD_LETTER_HEADERS.attempts]).toBe('3');
    expect(letters[0].headers[DEAD_LETTER_HEADERS.originalTopic]).toBe(topicNames(run.topicPrefix, 'overstap').events);
    expect(await appliedCount()).toEqual({ total: before + 200, distinct: before + 200 });
  });

  it('replays the dead letter once its cause is fixed, and a second replay changes nothing', async () => {
    await startConsumer({});
    const before = (await appliedCount()).total;
    const [letter] = await listDeadLetters(kafka, run.topicPrefix, 'rapportage');
    expect(letter.replayed).toBe(false);
    const replayed = await replayDeadLetters(kafka, run.topicPrefix, 'rapportage', { ids: [letter.eventId as string] });
    expect(replayed).toHaveLength(1);
    await waitForApplied(before + 1);
    expect(await appliedTimes(letter.eventId as string)).toBe(1);
    expect((await listDeadLetters(kafka, run.topicPrefix, 'rapportage'))[0].replayed).toBe(true);

    await replayDeadLetters(kafka, run.topicPrefix, 'rapportage', { ids: [letter.ref] });
    await waitFor('the second replay to be consumed', () => drained(topicNames(run.topicPrefix, 'rapportage').retry), 60_000, 250);
    expect(await appliedTimes(letter.eventId as string)).toBe(1);
  });
});
