import { z } from 'zod';
import type { ServiceName } from '../topics';

export type EventDefinition<S extends z.ZodType = z.ZodType> = {
  producer: ServiceName;
  version: number;
  description: string;
  /** What the Kafka key is: the person (per-person order) or the aggregate id. */
  key: 'jongereId' | 'aggregateId';
  payload: S;
};

/**
 * One producing service's part of the event catalog: every type is `<producer>.<aggregate>.<fact>` and names that
 * producer (checked by the compiler), so a service's events live in `events/<producer>/` and nowhere else.
 */
export const serviceEvents = <P extends ServiceName, E extends Record<string, EventDefinition & { producer: P }>>(
  _producer: P,
  events: E & { [T in keyof E]: T extends `${P}.${string}.${string}` ? E[T] : never },
): E => events;
