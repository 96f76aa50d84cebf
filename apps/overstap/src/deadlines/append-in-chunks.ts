import { EntityManager } from 'typeorm';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';

/** Appends many events (a sweep's signals) to the outbox in statements of a bounded size. */
export async function appendInChunks(manager: EntityManager, outbox: OutboxWriter, events: NewEvent[], size = 5000): Promise<void> {
  for (let start = 0; start < events.length; start += size) await outbox.append(manager, events.slice(start, start + size));
}
