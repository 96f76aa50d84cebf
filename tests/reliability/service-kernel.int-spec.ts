import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigResourceTypes, Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { topicNames } from '@sluitend/contracts';
import { systemClock } from '@sluitend/domain-nl';
import { createKafka, DEFAULT_RELAY_OPTIONS, ensureTopics, OutboxRelay, OutboxWriter } from '@sluitend/messaging';
import { createServiceDataSource, initializeAndMigrate, MESSAGING_MIGRATIONS } from '@sluitend/persistence';
import { deleteRunTopics, dropSchemas, freePort, NodeProcess, testPool, testTokenSigner, uniqueRun, waitFor } from '@sluitend/testing';
import { dossierIngediend } from '../support/events';

/**
 * A service on the platform kernel, as a process (the reliability fixture standing in for rapportage): every log
 * line of a failing request and of an applied event carries its correlation id; /metrics labels requests by route
 * template; a consumer that kafkajs gives up on ends the process (exit 70) instead of leaving it up and ready.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('kernel');
const schema = run.schema('rapportage');
const producerSchema = run.schema('overstap');
const databaseUrl = process.env.DATABASE_URL as string;
const logFile = join(ROOT, `.local/test-logs/${run.id}-fixture.log`);

let kafka: Kafka;
let pool: Pool;
let producerDb: DataSource;
let relay: OutboxRelay;
let service: NodeProcess;
let base: string;

const logLines = () =>
  readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  kafka = createKafka('kernel-test', (process.env.KAFKA_BROKERS as string).split(','));
  await ensureTopics(kafka, run.topicPrefix, 1);
  pool = testPool(databaseUrl);
  producerDb = createServiceDataSource({ url: databaseUrl, schema: producerSchema, entities: [], migrations: MESSAGING_MIGRATIONS });
  await initializeAndMigrate(producerDb);
  relay = new OutboxRelay(kafka, { ...DEFAULT_RELAY_OPTIONS, databaseUrl, schema: producerSchema, idleWaitMs: 200 });
  relay.start();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  service = new NodeProcess(
    join(ROOT, 'dist/tests/support/fixtures/reliability-service.js'),
    {
      SERVICE_NAME: 'rapportage',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DB_SCHEMA: schema,
      TOPIC_PREFIX: run.topicPrefix,
      KAFKA_PARTITIONS: '1',
      NODE_ENV: 'test',
      ...testTokenSigner().env,
      LOG_LEVEL: 'info',
      LOG_EVENTS: 'true',
      METRICS_SAMPLE_INTERVAL_MS: '500',
    },
    logFile,
  );
  service.start();
  await waitFor('the fixture service to be ready', async () => (await fetch(`${base}/health/ready`)).ok, 90_000, 200);
});

afterAll(async () => {
  await service?.kill('SIGTERM');
  await relay?.stop();
  await producerDb?.destroy();
  await dropSchemas(pool, [schema, `${schema}_jobs`, producerSchema]);
  await pool?.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('a service on the platform kernel', () => {
  it('logs a 500 under the correlation id its answer names', async () => {
    const correlationId = randomUUID();
    const response = await fetch(`${base}/api/rapportage/fixture/stuk`, { headers: { 'x-correlation-id': correlationId } });
    expect(response.status).toBe(500);
    const problem = (await response.json()) as { correlationId: string };
    expect(problem.correlationId).toBe(correlationId);
    await waitFor('the log lines', async () => logLines().filter((line) => line.correlationId === correlationId).length >= 2, 10_000);
    const lines = logLines().filter((line) => line.correlationId === correlationId);
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['unhandled error in a request', 'request errored']));
    expect(lines.find((line) => line.msg === 'unhandled error in a request')).toMatchObject({
      level: 50,
      err: { message: 'de fixture faalt met opzet' },
    });
    // A request without the header gets an id of its own, in its answer and in its log lines.
    const other = await fetch(`${base}/api/rapportage/fixture/stuk`);
    const id = other.headers.get('x-correlation-id') as string;
    expect(((await other.json()) as { correlationId: string }).correlationId).toBe(id);
    await waitFor('the second request’s error line', async () => logLines().some((line) => line.correlationId === id && line.level === 50), 10_000);
  });

  it('logs the lines of an applied event under the event’s correlation id', async () => {
    const eventCorrelation = randomUUID();
    const writer = new OutboxWriter({ schema: producerSchema, topicPrefix: run.topicPrefix, producer: 'overstap', clock: systemClock });
    const [envelope] = await producerDb.transaction((manager) => writer.append(manager, [dossierIngediend('00AH', eventCorrelation)]));
    await waitFor('the event to be applied', async () => logLines().some((line) => line.eventId === envelope.id), 60_000, 200);
    expect(logLines().find((line) => line.eventId === envelope.id)).toMatchObject({
      correlationId: eventCorrelation,
      eventType: 'overstap.dossier.ingediend',
      context: 'FixtureHandler',
    });
  });

  it('times requests per route template, never per raw URL', async () => {
    await fetch(`${base}/api/rapportage/dossiers/9f0c2a77-5d1e-4c1e-8e44-0d7f3c1e2b11`);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(
      /sluitend_http_request_duration_seconds_count\{service="rapportage",method="GET",route="\/api\/rapportage\/fixture\/stuk",status="500"\} 2/,
    );
    // Nest answers an unknown path from its catch-all route: a template too.
    expect(metrics).toMatch(/route="\/api\/rapportage\/{\*path}",status="404"\} 1/);
    expect(metrics).not.toContain('9f0c2a77');
    expect(metrics).toMatch(/sluitend_consumer_lag\{consumer="[^"]+",topic="[^"]+",partition="0",service="rapportage"\} 0/);
    expect(metrics).toContain('sluitend_dead_letters_published_total{consumer=');
  });

  it('ends the process (exit 70) when kafkajs gives up on its consumer, instead of staying up and ready', async () => {
    // The dead-letter topic refuses the letter (too large for it): an error kafkajs does not retry.
    const admin = kafka.admin();
    await admin.connect();
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: topicNames(run.topicPrefix, 'rapportage').dlq,
          configEntries: [{ name: 'max.message.bytes', value: '1024' }],
        },
      ],
    });
    // The broker applies a topic's new settings a moment later.
    await waitFor('the dead-letter topic to refuse large letters', async () => {
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topicNames(run.topicPrefix, 'rapportage').dlq }],
      });
      return resources[0].configEntries.some((entry) => entry.configName === 'max.message.bytes' && entry.configValue === '1024');
    });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: topicNames(run.topicPrefix, 'overstap').events, messages: [{ key: 'x', value: 'geen JSON '.repeat(500) }] });
    await producer.disconnect();
    expect(await service.exitCode(60_000)).toBe(70);
    const fatal = logLines().find((line) => line.level === 60);
    expect(String(fatal?.msg)).toMatch(/Kafka consumer crashed and kafkajs does not restart it: .*; ending the process \(exit 70\)/);
  });
});
