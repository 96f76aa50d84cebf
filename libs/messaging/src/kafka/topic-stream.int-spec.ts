import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { createKafka } from './kafka.factory';
import { READER_GROUP_PREFIX, streamTopic } from './topic-stream';

// libs/testing builds on this lib, so this test keeps its few helpers to itself.
const topic = `t-stream${randomBytes(4).toString('hex')}.events`;
const AANTAL = 7000;
let kafka: Kafka;

beforeAll(async () => {
  kafka = createKafka('topic-stream-test', (process.env.KAFKA_BROKERS as string).split(','));
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  // Each key's values in order: the stream must keep a partition's order.
  for (let start = 0; start < AANTAL; start += 1000) {
    const messages = Array.from({ length: 1000 }, (_, i) => ({ key: `k${(start + i) % 7}`, value: String(start + i) }));
    await producer.send({ topic, messages });
  }
  await producer.disconnect();
}, 60_000);

afterAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
});

/** This process's reader groups still on the broker. */
async function eigenLezersgroepen(): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  const { groups } = await admin.listGroups();
  await admin.disconnect();
  return groups.map((group) => group.groupId).filter((id) => id.startsWith(`${READER_GROUP_PREFIX}${process.pid}-`));
}

describe('streamTopic: a topic read up to its end as a stream', () => {
  it('gives every record once, each key in order, while the caller is slower than the broker; its reader group is gone after', async () => {
    const gezien = new Map<string, number>();
    let aantal = 0;
    for await (const { message } of streamTopic(kafka, topic)) {
      const waarde = Number(message.value?.toString());
      const sleutel = message.key?.toString() as string;
      expect(waarde).toBeGreaterThan(gezien.get(sleutel) ?? -1);
      gezien.set(sleutel, waarde);
      aantal++;
      // A slow caller: the stream has to wait for it (it holds at most a few thousand records ahead).
      if (aantal % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(aantal).toBe(AANTAL);
    expect(await eigenLezersgroepen()).toEqual([]);
  }, 60_000);

  it('stops reading when the caller stops early, and leaves no reader group behind', async () => {
    let aantal = 0;
    for await (const record of streamTopic(kafka, topic)) {
      expect(record.message.value).not.toBeNull();
      if (++aantal === 10) break;
    }
    expect(aantal).toBe(10);
    expect(await eigenLezersgroepen()).toEqual([]);
  }, 60_000);
});
