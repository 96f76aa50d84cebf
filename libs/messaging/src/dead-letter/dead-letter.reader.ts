import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage } from 'kafkajs';
import { DEAD_LETTER_HEADERS as H } from './dead-letter.headers';

export type StoredDeadLetter = {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  eventId: string | null;
  eventType: string | null;
  error: string | null;
  failedAt: string | null;
};

const headerText = (message: KafkaMessage): Record<string, string> =>
  Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([name, value]) => [name, Array.isArray(value) ? String(value[0]) : String(value ?? '')]),
  );

/**
 * Reads a topic from its start up to the high watermarks of this moment, with a throw-away consumer group, and
 * returns its records. Used to list dead letters (and the replays already done) for the ops CLI.
 */
export async function readTopic(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<StoredDeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((end) => end.high !== end.low).map((end) => [end.partition, BigInt(end.high)]));
  const records: StoredDeadLetter[] = [];
  if (remaining.size === 0) return records;

  const consumer = kafka.consumer({ groupId: `sluitend-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`reading ${topic} took longer than ${timeoutMs} ms`)), timeoutMs);
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const high = remaining.get(partition);
          if (high === undefined || BigInt(message.offset) >= high) return;
          const headers = headerText(message);
          records.push({
            partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? null,
            value: message.value,
            headers,
            eventId: headers[H.eventId] ?? null,
            eventType: headers[H.eventType] ?? null,
            error: headers[H.error] ?? null,
            failedAt: headers[H.failedAt] ?? null,
          });
          if (BigInt(message.offset) + 1n >= high) remaining.delete(partition);
          if (remaining.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return records.sort((a, b) => (a.failedAt ?? '').localeCompare(b.failedAt ?? ''));
}
