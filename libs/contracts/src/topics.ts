/** The services that own an event stream. */
export const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Default partition count of every topic; partitions bound the number of consumer replicas. */
export const DEFAULT_PARTITIONS = 12;

/**
 * Topic names. Every service publishes to one stream, `<prefix>.<service>.events`. Each consuming service also owns
 * `<prefix>.<service>.retry` (replayed dead letters, consumed only by that service) and `<prefix>.<service>.dlq`
 * (events its handlers gave up on). The prefix is `sluitend` in production; tests use a unique prefix per run.
 */
export const topicNames = (prefix: string, service: ServiceName) => ({
  events: `${prefix}.${service}.events`,
  retry: `${prefix}.${service}.retry`,
  dlq: `${prefix}.${service}.dlq`,
});

export const allTopicNames = (prefix: string): string[] => SERVICES.flatMap((service) => Object.values(topicNames(prefix, service)));
