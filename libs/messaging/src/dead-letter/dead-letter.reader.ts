import { Kafka, KafkaMessage } from 'kafkajs';
import { streamTopic } from '../kafka/topic-stream';
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
 * Reads a topic from its start up to the high watermarks of this moment (streamTopic) and returns its records, oldest
 * failure first. Used to list dead letters (and the replays already done) for the ops CLI.
 */
export async function readTopic(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<StoredDeadLetter[]> {
  const records: StoredDeadLetter[] = [];
  for await (const { partition, message } of streamTopic(kafka, topic, timeoutMs)) {
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
  }
  return records.sort((a, b) => (a.failedAt ?? '').localeCompare(b.failedAt ?? ''));
}
