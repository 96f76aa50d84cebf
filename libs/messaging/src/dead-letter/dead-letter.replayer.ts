import { Kafka } from 'kafkajs';
import { ServiceName, topicNames } from '@sluitend/contracts';
import { DEAD_LETTER_HEADERS as H } from './dead-letter.headers';
import { readTopic, StoredDeadLetter } from './dead-letter.reader';

export type DeadLetterListing = StoredDeadLetter & { replayed: boolean; ref: string };

const refOf = (letter: Pick<StoredDeadLetter, 'partition' | 'offset'>): string => `${letter.partition}:${letter.offset}`;

/** The dead letters of a consuming service, each marked replayed once a replay of it was sent. */
export async function listDeadLetters(kafka: Kafka, topicPrefix: string, service: ServiceName): Promise<DeadLetterListing[]> {
  const topics = topicNames(topicPrefix, service);
  const [letters, retries] = await Promise.all([readTopic(kafka, topics.dlq), readTopic(kafka, topics.retry)]);
  const replayed = new Set(retries.map((retry) => retry.headers[H.replayOf]).filter(Boolean));
  return letters.map((letter) => ({ ...letter, ref: refOf(letter), replayed: replayed.has(refOf(letter)) }));
}

/**
 * Sends dead letters back to the service's retry topic, which only that service consumes: once their cause is fixed
 * they are applied through the same inbox (so an event already applied is still skipped). Selects by event id or
 * dead-letter ref (`partition:offset`); `all` replays every one not replayed before.
 */
export async function replayDeadLetters(
  kafka: Kafka,
  topicPrefix: string,
  service: ServiceName,
  selection: { all: true } | { ids: string[] },
): Promise<DeadLetterListing[]> {
  const listing = await listDeadLetters(kafka, topicPrefix, service);
  const chosen =
    'all' in selection
      ? listing.filter((letter) => !letter.replayed)
      : listing.filter((letter) => selection.ids.includes(letter.ref) || (letter.eventId !== null && selection.ids.includes(letter.eventId)));
  return replayChosen(kafka, topicPrefix, service, chosen);
}

/**
 * Sends the given dead letters (from `listDeadLetters`) to the service's retry topic, each marked with the ref it
 * replays. The CLI (`sluitend dlq replay`) and ops' HTTP route (`POST /api/<service>/ops/dode-berichten/…`) both end here.
 */
export async function replayChosen(
  kafka: Kafka,
  topicPrefix: string,
  service: ServiceName,
  chosen: DeadLetterListing[],
): Promise<DeadLetterListing[]> {
  if (chosen.length === 0) return [];
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({
      topic: topicNames(topicPrefix, service).retry,
      acks: -1,
      messages: chosen.map((letter) => ({
        key: letter.key,
        value: letter.value,
        headers: { 'content-type': 'application/json', [H.replayOf]: letter.ref },
      })),
    });
  } finally {
    await producer.disconnect();
  }
  return chosen;
}
