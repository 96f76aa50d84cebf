import { AsyncLocalStorage } from 'node:async_hooks';

/** What a log line written while handling a request or an event says about where it belongs. */
export type CorrelationScope = {
  correlationId?: string;
  /** A batch of events with different correlation ids (a batch handler): up to 20 of them. */
  correlationIds?: string[];
  eventId?: string;
  eventType?: string;
};

const storage = new AsyncLocalStorage<CorrelationScope>();

/** Runs `work` with `scope` as the correlation of every log line written inside it (also after awaits). */
export function withCorrelation<T>(scope: CorrelationScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The correlation of the request or event being handled, if any. */
export function currentCorrelation(): CorrelationScope | undefined {
  return storage.getStore();
}

/** The scope of a run of events handled in one call. */
export function eventsScope(events: Array<{ id: string; type: string; correlationId: string }>): CorrelationScope {
  if (events.length === 1) return { correlationId: events[0].correlationId, eventId: events[0].id, eventType: events[0].type };
  const ids = [...new Set(events.map((event) => event.correlationId))];
  return ids.length === 1 ? { correlationId: ids[0], eventType: events[0].type } : { correlationIds: ids.slice(0, 20), eventType: events[0].type };
}
