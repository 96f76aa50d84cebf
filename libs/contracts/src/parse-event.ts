import { z } from 'zod';
import { Envelope, envelopeSchema } from './envelope';
import { EVENT_CATALOG, EventPayload, EventType, isKnownEventType } from './event-catalog';

export type ParsedEvent<T extends EventType = EventType> = Envelope<EventPayload<T>> & { type: T };

export class EventContractError extends Error {
  constructor(
    readonly code: 'envelope.invalid' | 'event.unknown-type' | 'event.version-unsupported' | 'payload.invalid',
    message: string,
  ) {
    super(message);
    this.name = 'EventContractError';
  }
}

const describeIssues = (error: z.ZodError): string => error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

/** Parses raw JSON into a typed envelope, validating the envelope and the payload against the catalog. */
export function parseEvent(raw: unknown): ParsedEvent {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new EventContractError('envelope.invalid', describeIssues(envelope.error));
  const { type, version } = envelope.data;
  if (!isKnownEventType(type)) throw new EventContractError('event.unknown-type', `unknown event type ${type}`);
  const definition = EVENT_CATALOG[type];
  if (version > definition.version) {
    throw new EventContractError('event.version-unsupported', `${type} v${version} is newer than v${definition.version}`);
  }
  const payload = definition.payload.safeParse(envelope.data.payload);
  if (!payload.success) throw new EventContractError('payload.invalid', describeIssues(payload.error));
  return { ...envelope.data, type, payload: payload.data } as ParsedEvent;
}

/** Validates a payload before it is written to an outbox; throws with the field and rule. */
export function validatePayload<T extends EventType>(type: T, payload: unknown): EventPayload<T> {
  const result = EVENT_CATALOG[type].payload.safeParse(payload);
  if (!result.success) throw new EventContractError('payload.invalid', `${type}: ${describeIssues(result.error)}`);
  return result.data as EventPayload<T>;
}
