import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { topicNames } from '@sluitend/contracts';
import { systemClock } from '@sluitend/domain-nl';
import { createKafka, DEFAULT_RELAY_OPTIONS, ensureTopics, OutboxRelay, OutboxWriter, readTopic } from '@sluitend/messaging';
import { createServiceDataSource, initializeAndMigrate, MESSAGING_MIGRATIONS } from '@sluitend/persistence';
import { deleteRunTopics, dropSchemas, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { dossierIngediend } from '../support/events';

/**
 * Several replicas of a service each run an outbox relay; exactly one publishes (it holds the schema's advisory
 * lock). When it stops, another takes over and nothing is lost. A row that commits after rows with higher ids were
 * published (ids are taken at insert) is published too, though the relay reads on after its last full batch.
 */
const run = uniqueRun('relay');
const schema = run.schema('overstap');
const databaseUrl = process.env.DATABASE_URL as string;

let kafka: Kafka;
let pool: Pool;
let db: DataSource;
let writer: OutboxWriter;

const pending = async () => (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`)).rows[0].n as number;

const relay = () => new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl, schema, idleWaitMs: 200, leaderRetryMs: 300 });

beforeAll(async () => {
  kafka = createKafka('relay-leader-test', (process.env.KAFKA_BROKERS as string).split(','));
  await ensureTopics(kafka, run.topicPrefix, 3);
  pool = testPool(databaseUrl);
  db = createServiceDataSource({ url: databaseUrl, schema, entities: [], migrations: MESSAGING_MIGRATIONS });
  await initializeAndMigrate(db);
  writer = new OutboxWriter({ schema, topicPrefix: run.topicPrefix, producer: 'overstap', clock: systemClock });
});

afterAll(async () => {
  await db.destroy();
  await dropSchemas(pool, [schema]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

it('publishes through one leader at a time and fails over without losing or doubling events', async () => {
  const replicas = [relay(), relay(), relay()];
  replicas.forEach((replica) => replica.start());
  const write = (count: number) =>
    db.transaction((manager) =>
      writer.append(
        manager,
        Array.from({ length: count }, () => dossierIngediend()),
      ),
    );

  await write(500);
  await waitFor('the first 500 to be published', async () => (await pending()) === 0);
  expect(replicas.filter((replica) => replica.isLeader)).toHaveLength(1);

  const leader = replicas.find((replica) => replica.isLeader) as OutboxRelay;
  await leader.stop();
  await write(500);
  await waitFor('the next 500 to be published by a new leader', async () => (await pending()) === 0, 30_000);
  const remaining = replicas.filter((replica) => replica !== leader);
  expect(remaining.filter((replica) => replica.isLeader)).toHaveLength(1);
  expect(leader.publishedCount + remaining.reduce((sum, replica) => sum + replica.publishedCount, 0)).toBe(1000);

  const records = await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events);
  const ids = records.map((record) => (JSON.parse(record.value?.toString('utf8') ?? '{}') as { id: string }).id);
  expect(ids).toHaveLength(1000);
  expect(new Set(ids).size).toBe(1000);
  await Promise.all(remaining.map((replica) => replica.stop()));
});

it('publishes a row that commits after higher ids were published (the relay reads on after its last full batch)', async () => {
  const small = new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl, schema, batchSize: 10, idleWaitMs: 200, leaderRetryMs: 300 });
  small.start();
  const laat = dossierIngediend();
  const later = Array.from({ length: 25 }, () => dossierIngediend());
  let commit = () => undefined as void;
  let written = () => undefined as void;
  const appended = new Promise<void>((resolve) => (written = resolve));
  const gate = new Promise<void>((resolve) => (commit = resolve));
  // The straggler: its outbox id is taken now, its transaction commits after 25 later rows are published.
  const straggler = db.transaction(async (manager) => {
    await writer.append(manager, [laat]);
    written();
    await gate;
  });
  await appended;
  await db.transaction((manager) => writer.append(manager, later));
  await waitFor('the 25 later rows to be published', async () => (await pending()) === 0);
  commit();
  await straggler;
  await waitFor('the straggler to be published', async () => (await pending()) === 0, 10_000);
  const ours = new Set([laat, ...later].map((event) => event.jongereId));
  const ids = (await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events))
    .map((record) => (JSON.parse(record.value?.toString('utf8') ?? '{}') as { jongereId: string }).jongereId)
    .filter((id) => ours.has(id));
  expect(ids).toHaveLength(26);
  expect(new Set(ids).size).toBe(26);
  await small.stop();
});
