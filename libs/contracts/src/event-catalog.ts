import { z } from 'zod';
import { NOTIFICATIES_EVENTS } from './events/notificaties/catalog';
import { OVERSTAP_EVENTS } from './events/overstap/catalog';
import { TRAJECTEN_EVENTS } from './events/trajecten/catalog';
import { VERZUIM_EVENTS } from './events/verzuim/catalog';

export type { EventDefinition } from './events/define-event';

/**
 * The single source of truth for events: type → producer, schema version, key and payload schema. Each producing
 * service keeps its part in `events/<service>/catalog.ts`; this is the one place they are merged (a service that
 * starts producing adds its part here). Consumers parse with it; docs/events.md and docs/asyncapi.json are
 * generated from it (tools/cli/generate-event-docs.ts).
 */
export const EVENT_CATALOG = {
  ...OVERSTAP_EVENTS,
  ...NOTIFICATIES_EVENTS,
  ...TRAJECTEN_EVENTS,
  ...VERZUIM_EVENTS,
} as const;

export type EventType = keyof typeof EVENT_CATALOG;
export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_CATALOG)[T]['payload']>;

export const isKnownEventType = (type: string): type is EventType => Object.hasOwn(EVENT_CATALOG, type);
