import { randomBytes } from 'node:crypto';
import { ConfigResourceTypes, Kafka } from 'kafkajs';
import { topicNames } from '@sluitend/contracts';
import { DAY_MS } from '../messaging.config';
import { createKafka } from './kafka.factory';
import { ensureTopics } from './topic-admin';

// libs/testing builds on this lib, so this test keeps its few helpers to itself.
const prefix = `t-topics${randomBytes(4).toString('hex')}`;
let kafka: Kafka;

async function topicConfig(topic: string): Promise<Record<string, string>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }] });
    return Object.fromEntries(resources[0].configEntries.map((entry) => [entry.configName, entry.configValue]));
  } finally {
    await admin.disconnect();
  }
}

/** Topic settings reach describeConfigs a moment after they were altered: polls until `expected` holds. */
async function eventually(topic: string, expected: Record<string, string>): Promise<Record<string, string>> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const config = await topicConfig(topic);
    if (Object.entries(expected).every(([name, value]) => config[name] === value) || Date.now() > deadline) return config;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(() => {
  kafka = createKafka('topic-admin-test', (process.env.KAFKA_BROKERS as string).split(','));
});

afterAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(`${prefix}.`));
  if (topics.length > 0) await admin.deleteTopics({ topics });
  await admin.disconnect();
});

describe('ensureTopics', () => {
  it('creates topics with the configured replication, min.insync.replicas and dead-letter retention', async () => {
    const created = await ensureTopics(kafka, prefix, 2, { replicationFactor: 1, minInsyncReplicas: 1, deadLetterRetentionMs: 14 * DAY_MS });
    expect(created).toHaveLength(15);
    const names = topicNames(prefix, 'notificaties');
    expect(await eventually(names.dlq, { 'retention.ms': String(14 * DAY_MS) })).toMatchObject({
      'retention.ms': String(14 * DAY_MS),
      'min.insync.replicas': '1',
    });
    expect((await topicConfig(names.events))['min.insync.replicas']).toBe('1');
  });

  it("sets the event topics' retention when EVENT_RETENTION is configured (ADR 0017)", async () => {
    const settings = { replicationFactor: 1, minInsyncReplicas: 1, deadLetterRetentionMs: 14 * DAY_MS, eventRetentionMs: 365 * DAY_MS };
    await ensureTopics(kafka, prefix, 2, settings);
    const names = topicNames(prefix, 'overstap');
    expect(await eventually(names.events, { 'retention.ms': String(365 * DAY_MS) })).toMatchObject({ 'retention.ms': String(365 * DAY_MS) });
    expect((await topicConfig(names.dlq))['retention.ms']).toBe(String(14 * DAY_MS));
  });

  it('brings an existing dead-letter topic in line and keeps an operator’s own override', async () => {
    const names = topicNames(prefix, 'rapportage');
    const admin = kafka.admin();
    await admin.connect();
    await admin.alterConfigs({
      validateOnly: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: names.dlq,
          configEntries: [
            { name: 'retention.ms', value: '-1' },
            { name: 'max.message.bytes', value: '2000000' },
          ],
        },
      ],
    });
    await admin.disconnect();
    await eventually(names.dlq, { 'retention.ms': '-1', 'max.message.bytes': '2000000' });
    expect(await ensureTopics(kafka, prefix, 2, { replicationFactor: 1, minInsyncReplicas: 1, deadLetterRetentionMs: 7 * DAY_MS })).toEqual([]);
    const wanted = { 'retention.ms': String(7 * DAY_MS), 'max.message.bytes': '2000000' };
    expect(await eventually(names.dlq, wanted)).toMatchObject(wanted);
  });

  it('refuses settings the cluster cannot meet, naming them', async () => {
    await expect(ensureTopics(kafka, `${prefix}x`, 1, { replicationFactor: 3, minInsyncReplicas: 2, deadLetterRetentionMs: DAY_MS })).rejects.toThrow(
      /KAFKA_REPLICATION_FACTOR=3/,
    );
    await expect(ensureTopics(kafka, `${prefix}y`, 1, { replicationFactor: 1, minInsyncReplicas: 2, deadLetterRetentionMs: DAY_MS })).rejects.toThrow(
      /cannot exceed the replication factor/,
    );
  });
});
