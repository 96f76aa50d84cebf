import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage } from 'kafkajs';

/** Consumer groups of topic readers (`sluitend-reader-<pid>-<uuid>`): each read deletes its own; a reader that was killed leaves an empty one behind. */
export const READER_GROUP_PREFIX = 'sluitend-reader-';

export type TopicRecord = { readonly partition: number; readonly message: KafkaMessage };

/** Records read ahead of the caller at most: the stream holds this many, however long the topic. */
const VOORUIT = 2000;

/**
 * The records of a topic from its start up to the high watermarks of this moment, as a stream: read with a
 * throw-away consumer group that is deleted afterwards (kafkajs cannot read without a group), at most VOORUIT records
 * ahead of the caller, each partition in order. Fails when no record arrives for `stilteMs` while the caller waits.
 * Empty reader groups left by a reader that was killed are deleted too.
 */
export async function* streamTopic(kafka: Kafka, topic: string, stilteMs = 30_000): AsyncGenerator<TopicRecord> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((end) => end.high !== end.low).map((end) => [end.partition, BigInt(end.high)]));
  if (remaining.size === 0) return;

  const groupId = `${READER_GROUP_PREFIX}${process.pid}-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  const rij: TopicRecord[] = [];
  let gestopt = false;
  let fout: unknown = null;
  let lezerWachtrij: (() => void) | null = null;
  let schrijverWachtrij: (() => void) | null = null;
  const wekLezer = () => {
    lezerWachtrij?.();
    lezerWachtrij = null;
  };
  const wekSchrijver = () => {
    schrijverWachtrij?.();
    schrijverWachtrij = null;
  };
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const high = remaining.get(partition);
          if (gestopt || high === undefined || BigInt(message.offset) >= high) return;
          rij.push({ partition, message });
          if (BigInt(message.offset) + 1n >= high) remaining.delete(partition);
          wekLezer();
          while (rij.length >= VOORUIT && !gestopt) await new Promise<void>((wek) => (schrijverWachtrij = wek));
        },
      })
      .catch((error: unknown) => {
        fout = error;
        wekLezer();
      });
    let volgende = 0;
    for (;;) {
      if (volgende < rij.length) {
        const record = rij[volgende++];
        if (volgende >= VOORUIT / 2) {
          rij.splice(0, volgende);
          volgende = 0;
          wekSchrijver();
        }
        yield record;
        continue;
      }
      rij.length = 0;
      volgende = 0;
      wekSchrijver();
      if (fout !== null) throw fout;
      if (remaining.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const kwam = await new Promise<boolean>((klaar) => {
        lezerWachtrij = () => klaar(true);
        timer = setTimeout(() => klaar(false), stilteMs);
      });
      clearTimeout(timer);
      if (!kwam) throw new Error(`reading ${topic}: no record for ${stilteMs} ms`);
    }
  } finally {
    gestopt = true;
    wekSchrijver();
    await consumer.disconnect().catch(() => undefined);
    await deleteReaderGroups(kafka, groupId);
  }
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
