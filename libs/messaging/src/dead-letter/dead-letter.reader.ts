import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, KafkaMessage } from 'kafkajs';
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

/** Consumer groups of topic readers (`sluitend-reader-<pid>-<uuid>`): each read deletes its own; a reader that was killed leaves an empty one behind. */
export const READER_GROUP_PREFIX = 'sluitend-reader-';

/**
 * Reads a topic from its start up to the high watermarks of this moment, with a throw-away consumer group that is
 * deleted afterwards (kafkajs cannot read without a group), and returns its records. Used to list dead letters (and
 * the replays already done) for the ops CLI. Empty reader groups left by a reader that was killed are deleted too.
 */
export async function readTopic(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<StoredDeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((end) => end.high !== end.low).map((end) => [end.partition, BigInt(end.high)]));
  const records: StoredDeadLetter[] = [];
  if (remaining.size === 0) return records;

  const groupId = `${READER_GROUP_PREFIX}${process.pid}-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await readUntil(consumer, remaining, records, topic, timeoutMs);
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await deleteReaderGroups(kafka, groupId);
  }
  return records.sort((a, b) => (a.failedAt ?? '').localeCompare(b.failedAt ?? ''));
}

/** Deletes this reader's group and any other reader group left empty (a reader that was killed). */
async function deleteReaderGroups(kafka: Kafka, own: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const readers = groups.map((group) => group.groupId).filter((id) => id.startsWith(READER_GROUP_PREFIX));
    if (readers.length === 0) return;
    const described = await admin.describeGroups(readers);
    const empty = described.groups
      .filter((group) => group.groupId === own || group.state === 'Empty' || group.state === 'Dead')
      .map((group) => group.groupId);
    if (empty.length > 0) await admin.deleteGroups(empty).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}

function readUntil(consumer: Consumer, remaining: Map<number, bigint>, records: StoredDeadLetter[], topic: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
}
