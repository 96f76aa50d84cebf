import { EntityManager } from 'typeorm';
import { quoteSchema } from '@sluitend/persistence';

export type InboxEntry = { eventId: string; eventType: string; topic: string; partition: number; offset: string };

/** Records applied events per consumer; a second delivery of an event finds its row and is skipped. */
export class InboxRepository {
  private readonly table: string;

  constructor(schema: string, private readonly consumer: string) {
    this.table = `${quoteSchema(schema)}.inbox`;
  }

  /** Inserts the entries that are new and returns their event ids; duplicates are left out. */
  async claim(manager: EntityManager, entries: InboxEntry[]): Promise<Set<string>> {
    if (entries.length === 0) return new Set();
    const rows: Array<{ event_id: string }> = await manager.query(
      `INSERT INTO ${this.table} (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
       SELECT $1, id, type, topic, part, off
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[]) AS t(id, type, topic, part, off)
       ON CONFLICT (consumer, event_id) DO NOTHING
       RETURNING event_id`,
      [
        this.consumer,
        entries.map((entry) => entry.eventId),
        entries.map((entry) => entry.eventType),
        entries.map((entry) => entry.topic),
        entries.map((entry) => entry.partition),
        entries.map((entry) => entry.offset),
      ],
    );
    return new Set(rows.map((row) => row.event_id));
  }
}
