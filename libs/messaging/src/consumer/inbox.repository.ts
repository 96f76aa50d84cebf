import { EntityManager } from 'typeorm';
import { quoteSchema } from '@sluitend/persistence';

export type InboxEntry = { eventId: string; eventType: string; topic: string; partition: number; offset: string };

type Runner = Pick<EntityManager, 'query'>;

/**
 * Records the events a consumer handled: applied, or sent to the dead-letter topic. A second delivery of an event
 * finds its row and is skipped — also a dead-lettered one, which is dead-lettered once. Only a replay (from the
 * service's own retry topic) may apply an event that was dead-lettered.
 */
export class InboxRepository {
  private readonly table: string;

  constructor(
    schema: string,
    private readonly consumer: string,
    /** The consumer's retry topic: deliveries from it are replays of dead letters (none when absent). */
    private readonly replayTopic: string | null = null,
  ) {
    this.table = `${quoteSchema(schema)}.inbox`;
  }

  /** Records the entries that are new (or replays of a dead letter) as applied and returns their event ids. */
  async claim(manager: Runner, entries: InboxEntry[]): Promise<Set<string>> {
    const unique = firstOfEach(entries);
    if (unique.length === 0) return new Set();
    const rows: Array<{ event_id: string }> = await manager.query(
      `INSERT INTO ${this.table} AS i (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
       SELECT $1, id, type, topic, part, off
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[]) AS t(id, type, topic, part, off)
       ON CONFLICT (consumer, event_id) DO UPDATE
         SET outcome = 'applied', topic = EXCLUDED.topic, kafka_partition = EXCLUDED.kafka_partition,
             kafka_offset = EXCLUDED.kafka_offset, received_at = now()
         WHERE i.outcome = 'dead-lettered' AND EXCLUDED.topic = $7
       RETURNING event_id`,
      [this.consumer, ...columns(unique), this.replayTopic],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  /** Records events sent to the dead-letter topic (after the letter is on Kafka, so none is lost in between). */
  async recordDeadLettered(runner: Runner, entries: InboxEntry[]): Promise<void> {
    const unique = firstOfEach(entries);
    if (unique.length === 0) return;
    await runner.query(
      `INSERT INTO ${this.table} (consumer, event_id, event_type, topic, kafka_partition, kafka_offset, outcome)
       SELECT $1, id, type, topic, part, off, 'dead-lettered'
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[]) AS t(id, type, topic, part, off)
       ON CONFLICT (consumer, event_id) DO NOTHING`,
      [this.consumer, ...columns(unique)],
    );
  }

  /** Which of these event ids this consumer has recorded already (applied or dead-lettered). */
  async recorded(runner: Runner, eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const rows: Array<{ event_id: string }> = await runner.query(
      `SELECT event_id FROM ${this.table} WHERE consumer = $1 AND event_id = ANY($2::uuid[])`,
      [this.consumer, eventIds],
    );
    return new Set(rows.map((row) => row.event_id));
  }
}

/** One entry per event id (a batch can hold the same event twice; one statement may touch a row once). */
function firstOfEach(entries: InboxEntry[]): InboxEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.eventId) && seen.add(entry.eventId));
}

function columns(entries: InboxEntry[]): [string[], string[], string[], number[], string[]] {
  return [
    entries.map((entry) => entry.eventId),
    entries.map((entry) => entry.eventType),
    entries.map((entry) => entry.topic),
    entries.map((entry) => entry.partition),
    entries.map((entry) => entry.offset),
  ];
}
