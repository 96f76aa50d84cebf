import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { topicNames } from '@sluitend/contracts';
import { systemClock } from '@sluitend/domain-nl';
import {
  createKafka,
  DEFAULT_RELAY_OPTIONS,
  ensureTopics,
  listDeadLetters,
  NewEvent,
  OutboxRelay,
  OutboxWriter,
  READER_GROUP_PREFIX,
} from '@sluitend/messaging';
import { createServiceDataSource, initializeAndMigrate, MESSAGING_MIGRATIONS } from '@sluitend/persistence';
import { deleteRunTopics, dropSchemas, NodeProcess, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { dossierIngediend } from '../support/events';

/**
 * The consumer's fault paths against the real broker and database: a per-event retry loop stops when its partition
 * is revoked in a rebalance; a malformed message and a failing event are dead-lettered once, also when their batch
 * is delivered again; reading the dead letters leaves no consumer group behind.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('cfault');
const producerSchema = run.schema('overstap');
const consumerSchema = run.schema('counting');
const groupId = `${run.topicPrefix}.counting`;
const databaseUrl = process.env.DATABASE_URL as string;
const eventsTopic = () => topicNames(run.topicPrefix, 'overstap').events;

let kafka: Kafka;
let pool: Pool;
let producerDb: DataSource;
let writer: OutboxWriter;
let relay: OutboxRelay;
const consumers: NodeProcess[] = [];

function consumer(name: string, env: NodeJS.ProcessEnv = {}): NodeProcess {
  const process_ = new NodeProcess(
    join(ROOT, 'dist/tests/support/fixtures/counting-consumer.js'),
    { TOPIC_PREFIX: run.topicPrefix, DB_SCHEMA: consumerSchema, KAFKA_PARTITIONS: '1', SESSION_TIMEOUT_MS: '10000', ...env },
    logOf(name),
  );
  consumers.push(process_);
  return process_;
}
const logOf = (name: string) => join(ROOT, `.local/test-logs/${run.id}-${name}.log`);

const publish = (events: NewEvent[]) => producerDb.transaction((manager) => writer.append(manager, events));
const appliedTimes = async (brin: string) =>
  (await pool.query(`SELECT count(*)::int AS n FROM "${consumerSchema}".applied WHERE brin = $1`, [brin])).rows[0].n as number;
const appliedTotal = async () => (await pool.query(`SELECT count(*)::int AS n FROM "${consumerSchema}".applied`)).rows[0].n as number;

async function describeGroup() {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.describeGroups([groupId])).groups[0];
  } finally {
    await admin.disconnect();
  }
}

async function committedToEnd(): Promise<boolean> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(eventsTopic());
    const [committed] = await admin.fetchOffsets({ groupId, topics: [eventsTopic()] });
    return ends.every(
      (end) => end.high === end.low || BigInt(committed.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1') >= BigInt(end.high),
    );
  } finally {
    await admin.disconnect();
  }
}

beforeAll(async () => {
  kafka = createKafka('consumer-faults-test', (process.env.KAFKA_BROKERS as string).split(','));
  await ensureTopics(kafka, run.topicPrefix, 1);
  pool = testPool(databaseUrl);
  producerDb = createServiceDataSource({ url: databaseUrl, schema: producerSchema, entities: [], migrations: MESSAGING_MIGRATIONS });
  await initializeAndMigrate(producerDb);
  writer = new OutboxWriter({ schema: producerSchema, topicPrefix: run.topicPrefix, producer: 'overstap', clock: systemClock });
  relay = new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl, schema: producerSchema, idleWaitMs: 200, leaderRetryMs: 500 });
  relay.start();
});

afterAll(async () => {
  for (const process_ of consumers) await process_.kill('SIGTERM');
  await relay?.stop();
  await producerDb?.destroy();
  await dropSchemas(pool, [producerSchema, consumerSchema]);
  await pool?.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('consumer faults', () => {
  it('stops retrying an event when a rebalance takes its partition, so the group settles at once', async () => {
    // The event fails as if the database went away: the transport retries it for as long as it owns the partition.
    await publish([dossierIngediend('77TR')]);
    const a = consumer('a', { TRANSIENT_FAIL_BRIN: '77TR' });
    a.start();
    await waitFor('consumer a to retry the event', async () => readFileSync(logOf('a'), 'utf8').includes('applying one by one'), 60_000, 200);

    // A second member joins. Without the stop, `a` never leaves its retry loop to rejoin, and the group waits its
    // rebalance timeout (60 s) before it drops `a`.
    const b = consumer('b');
    const joined = Date.now();
    b.start();
    const settled = await waitFor(
      'the group to settle with both members',
      async () => {
        const group = await describeGroup();
        return group.state === 'Stable' && group.members.length === 2 ? group : undefined;
      },
      30_000,
      250,
    );
    expect(settled.members).toHaveLength(2);
    expect(Date.now() - joined).toBeLessThan(25_000);
    expect(readFileSync(logOf('a'), 'utf8')).toContain('was revoked while retrying; its new owner goes on');

    // Once `a` is gone, `b` owns the partition and applies the event exactly once.
    await a.kill('SIGTERM');
    await waitFor('the event applied by b', async () => (await appliedTimes('77TR')) === 1, 60_000, 250);
    await b.kill('SIGTERM');
    expect(await appliedTimes('77TR')).toBe(1);
  });

  it('dead-letters a malformed message and a failing event once, also when their batch is delivered again', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: eventsTopic(), messages: [{ key: 'kapot', value: '{"dit is": geen JSON' }] });
    await producer.disconnect();
    await publish([dossierIngediend('66FA'), ...Array.from({ length: 20 }, () => dossierIngediend('00AH'))]);
    const before = await appliedTotal();

    const c = consumer('c', { FAIL_BRIN: '66FA' });
    c.start();
    await waitFor('the batch to be committed', committedToEnd, 60_000, 250);
    const letters = await listDeadLetters(kafka, run.topicPrefix, 'rapportage');
    expect(letters.map((letter) => letter.eventType).sort()).toEqual(['malformed', 'overstap.dossier.ingediend']);
    expect(await appliedTotal()).toBe(before + 20);
    await c.kill('SIGTERM');

    // Everything again from the start (as after offsets that were never committed): the inbox knows both.
    const admin = kafka.admin();
    await admin.connect();
    await admin.resetOffsets({ groupId, topic: eventsTopic(), earliest: true });
    await admin.disconnect();
    const d = consumer('d', { FAIL_BRIN: '66FA' });
    d.start();
    await waitFor('the redelivered batch to be committed', committedToEnd, 60_000, 250);
    await d.kill('SIGTERM');
    expect(await listDeadLetters(kafka, run.topicPrefix, 'rapportage')).toHaveLength(2);
    expect(await appliedTotal()).toBe(before + 20);
    const inbox = (await pool.query(`SELECT outcome, count(*)::int AS n FROM "${consumerSchema}".inbox GROUP BY outcome ORDER BY outcome`)).rows;
    expect(inbox).toEqual([
      { outcome: 'applied', n: 21 },
      { outcome: 'dead-lettered', n: 2 },
    ]);
  });

  it('leaves no consumer group behind when it lists dead letters', async () => {
    expect((await listDeadLetters(kafka, run.topicPrefix, 'rapportage')).length).toBe(2);
    const admin = kafka.admin();
    await admin.connect();
    const { groups } = await admin.listGroups();
    await admin.disconnect();
    // Readers of this process only: other checkouts' tests share the broker.
    expect(groups.filter((group) => group.groupId.startsWith(`${READER_GROUP_PREFIX}${process.pid}-`))).toEqual([]);
  });
});
