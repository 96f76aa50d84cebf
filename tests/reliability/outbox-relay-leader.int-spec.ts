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
 * lock). When it stops, another takes over and nothing is lost.
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
