import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { perSecond } from './measure';

/**
 * Raw kafkajs ceiling on this machine: produce N messages of the given size in batches of 1000 (acks all, idempotent)
 * and consume them with a group that has already joined; the time from the first send to the last message consumed.
 */
export async function kafkaCeiling(kafka: Kafka, count: number, valueBytes: number, partitions: number): Promise<number> {
  const topic = `bench-ceiling-${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }] });
  const value = 'x'.repeat(valueBytes);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench-${randomUUID()}`, maxWaitTimeInMs: 20 });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  let consumed = 0;
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        consumed += batch.messages.length;
        if (consumed >= count) resolve();
      },
    });
  });
  await joined;
  const started = Date.now();
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    await producer.send({ topic, acks: -1, messages: Array.from({ length: size }, (_, i) => ({ key: String(start + i), value })) });
  }
  await done;
  const rate = perSecond(count, Date.now() - started);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  return rate;
}

/** Raw PostgreSQL ceiling: batched multi-row INSERTs (1000 rows each) of projection-shaped rows into a fresh table. */
export async function insertCeiling(pool: Pool, count: number): Promise<number> {
  const table = `bench_ceiling_${randomUUID().replace(/-/g, '')}`;
  await pool.query(`CREATE TABLE ${table} (id uuid PRIMARY KEY, schooljaar text, brin text, vestiging text, woongemeente text,
    rmc_regio text, onderwijstype text, bestemming text, ingediend_op timestamptz, geprojecteerd_op timestamptz)`);
  const started = Date.now();
  for (let start = 0; start < count; start += 1000) {
    const size = Math.min(1000, count - start);
    const ids = Array.from({ length: size }, () => randomUUID());
    await pool.query(
      `INSERT INTO ${table} SELECT id, '2025-2026', '00AH', '00AH00', 'GM0014', 'MC03', 'vmbo-kb', 'mbo', now(), clock_timestamp()
       FROM unnest($1::uuid[]) AS id`,
      [ids],
    );
  }
  const rate = perSecond(count, Date.now() - started);
  await pool.query(`DROP TABLE ${table}`);
  return rate;
}
