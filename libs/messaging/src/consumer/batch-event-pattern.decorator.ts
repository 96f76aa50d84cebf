import { EventPattern } from '@nestjs/microservices';
import type { EventType } from '@sluitend/contracts';

export const BATCH_HANDLER = 'sluitend:batch';

/**
 * Like @EventPattern, but the handler receives every consecutive event of this type in a chunk at once
 * (`events: ParsedEvent<T>[]`, in log order), inside the same inbox transaction: one set-based write instead of one
 * statement per event. The handler must apply them in order (e.g. keep the newest version per aggregate).
 */
export const BatchEventPattern = (type: EventType) => EventPattern(type, { [BATCH_HANDLER]: true });
