import { EventPattern } from '@nestjs/microservices';
import type { EventType } from '@sluitend/contracts';

export const BATCH_HANDLER = 'sluitend:batch';
/** The key under which the transport groups consecutive events into one call: the handler's types, joined. */
export const BATCH_GROUP = 'sluitend:batch-group';

/**
 * Like @EventPattern, but the handler receives every consecutive event of its type(s) in a chunk at once
 * (`events: ParsedEvent<T>[]`, in log order), inside the same inbox transaction: one set-based write instead of one
 * statement per event. Given several types, consecutive events of any of them form one call (an aggregate's events
 * interleave in its partition: created, picked up, handled …), so the handler must fold mixed types. The handler
 * must apply them in order (e.g. keep the newest version per aggregate).
 */
export const BatchEventPattern = (...types: [EventType, ...EventType[]]) =>
  EventPattern(types.length === 1 ? types[0] : types, { [BATCH_HANDLER]: true, [BATCH_GROUP]: types.join(' ') });

/**
 * The key the transport groups consecutive events by, from a handler's extras: its group of types for a batch
 * handler (the type itself for one registered before groups existed), null for a single-event handler.
 */
export function batchKeyOf(type: string, extras: Record<string, unknown> | undefined): string | null {
  if (extras?.[BATCH_HANDLER] !== true) return null;
  const group = extras[BATCH_GROUP];
  return typeof group === 'string' ? group : type;
}
