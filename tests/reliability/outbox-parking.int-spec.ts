import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigResourceTypes, Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { topicNames } from '@sluitend/contracts';
import { systemClock } from '@sluitend/domain-nl';
import { createKafka, DEFAULT_RELAY_OPTIONS, ensureTopics, MessagingSampler, OutboxRelay, OutboxWriter, readTopic } from '@sluitend/messaging';
import { createServiceDataSource, initializeAndMigrate, MESSAGING_MIGRATIONS } from '@sluitend/persistence';
import { deleteRunTopics, dropSchemas, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { dossierIngediend } from '../support/events';

/**
 * A row Kafka refuses for good (a message larger than the broker takes) is parked with Kafka's reason; the rows
 * behind it are published, the relay keeps its leadership, /metrics counts the parked row, and `sluitend outbox
 * list|retry` shows it and hands it back once the topic takes it.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('park');
const schema = run.schema('overstap');
const databaseUrl = process.env.DATABASE_URL as string;
const topic = () => topicNames(run.topicPrefix, 'overstap').events;

let kafka: Kafka;
let pool: Pool;
let db: DataSource;
let writer: OutboxWriter;
const relays: OutboxRelay[] = [];

const cli = async (...args: string[]) =>
  (
    await promisify(execFile)(process.execPath, [join(ROOT, 'dist/tools/cli/outbox.js'), ...args, '--schema', schema], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    })
  ).stdout;

const gauge = async (name: string) => (await register.getSingleMetric(name)?.get())?.values.find((value) => value.labels.schema === schema)?.value;

beforeAll(async () => {
  kafka = createKafka('outbox-parking-test', (process.env.KAFKA_BROKERS as string).split(','));
  await ensureTopics(kafka, run.topicPrefix, 3);
  pool = testPool(databaseUrl);
  db = createServiceDataSource({ url: databaseUrl, schema, entities: [], migrations: MESSAGING_MIGRATIONS });
  await initializeAndMigrate(db);
  writer = new OutboxWriter({ schema, topicPrefix: run.topicPrefix, producer: 'overstap', clock: systemClock });
});

afterAll(async () => {
  await Promise.all(relays.map((relay) => relay.stop()));
  await db?.destroy();
  await dropSchemas(pool, [schema]);
  await pool?.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

it('parks a row Kafka refuses for good, publishes the rest, and publishes it once retried after the fix', async () => {
  const before = Array.from({ length: 200 }, () => dossierIngediend());
  const after = Array.from({ length: 200 }, () => dossierIngediend());
  const written = await db.transaction((manager) => writer.append(manager, before));
  // A valid envelope of 2 MB: more than the broker's message.max.bytes (1 MB). Written as the relay finds it.
  const huge = dossierIngediend();
  const [{ id: hugeId }] = (
    await pool.query(
      `INSERT INTO "${schema}".outbox (event_id, event_type, topic, message_key, envelope)
     VALUES ($1::uuid, $2, $3, $4, jsonb_build_object('id', $1::text, 'padding', repeat('x', 2000000))) RETURNING id`,
      [randomUUID(), huge.type, topic(), huge.aggregateId],
    )
  ).rows;
  written.push(...(await db.transaction((manager) => writer.append(manager, after))));

  // Two replicas, as in production: one leads; the parked row does not make it give up.
  for (let i = 0; i < 2; i += 1) {
    const relay = new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl, schema, idleWaitMs: 200, leaderRetryMs: 300 });
    relay.start();
    relays.push(relay);
  }
  await waitFor(
    'everything but the huge row published',
    async () =>
      (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL AND parked_at IS NULL`)).rows[0].n === 0,
    60_000,
  );
  const [parked] = (await pool.query(`SELECT id, park_reason FROM "${schema}".outbox WHERE parked_at IS NOT NULL`)).rows;
  expect(parked.id).toBe(hugeId);
  expect(parked.park_reason).toMatch(/^MESSAGE_TOO_LARGE: /);
  // Rows of the failed batch that did reach Kafka were sent again one by one (consumers' inboxes absorb that).
  const idsOnKafka = async () => new Set((await readTopic(kafka, topic())).map((record) => (JSON.parse(String(record.value)) as { id: string }).id));
  const ids = await idsOnKafka();
  expect(ids.size).toBe(400);
  expect(written.every((envelope) => ids.has(envelope.id))).toBe(true);
  expect(relays.filter((relay) => relay.isLeader)).toHaveLength(1);
  expect(relays.reduce((sum, relay) => sum + relay.publishedCount, 0)).toBeGreaterThanOrEqual(400);

  // The sampler puts it on /metrics (any replica; here one built on the same schema).
  const sampler = new MessagingSampler(
    kafka,
    { service: 'overstap', brokers: [], topicPrefix: run.topicPrefix, partitions: 3, schema, databaseUrl },
    db,
  );
  await sampler.sample();
  expect(await gauge('sluitend_outbox_parked_rows')).toBe(1);
  expect(await gauge('sluitend_outbox_pending_rows')).toBe(0);
  await sampler.onApplicationShutdown();

  const listing = await cli('list', 'overstap');
  expect(listing).toContain(`${hugeId}\t`);
  expect(listing).toContain('MESSAGE_TOO_LARGE');
  expect(listing).toMatch(/1 parked row\(s\); 0 waiting to be published/);

  // The fix: the topic takes messages of 3 MB. Then retry hands the row back and the relay publishes it.
  const admin = kafka.admin();
  await admin.connect();
  await admin.alterConfigs({
    validateOnly: false,
    resources: [
      {
        type: ConfigResourceTypes.TOPIC,
        name: topic(),
        configEntries: [
          { name: 'min.insync.replicas', value: '1' },
          { name: 'max.message.bytes', value: '3000000' },
        ],
      },
    ],
  });
  // The broker applies a topic's new settings a moment later.
  await waitFor('the topic to take 3 MB', async () => {
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic() }] });
    return resources[0].configEntries.some((entry) => entry.configName === 'max.message.bytes' && entry.configValue === '3000000');
  });
  await admin.disconnect();
  expect(await cli('retry', 'overstap', '--id', String(hugeId))).toMatch(/^1 parked row\(s\) handed back to the relay/);
  await waitFor(
    'the retried row to be published',
    async () => (await pool.query(`SELECT published_at FROM "${schema}".outbox WHERE id = $1`, [hugeId])).rows[0].published_at !== null,
    60_000,
  );
  expect(await cli('list', 'overstap')).toMatch(/^0 parked row\(s\)/);
  const [{ event_id: hugeEventId }] = (await pool.query(`SELECT event_id FROM "${schema}".outbox WHERE id = $1`, [hugeId])).rows;
  const finally_ = await idsOnKafka();
  expect(finally_.size).toBe(401);
  expect(finally_.has(hugeEventId)).toBe(true);
});
