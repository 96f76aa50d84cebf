import { Counter, Gauge } from 'prom-client';

/** Events a consumer handled, by result: applied, duplicate (skipped by the inbox), ignored (no handler), dead_lettered, retried. */
export const consumedEvents = new Counter({
  name: 'sluitend_consumer_events_total',
  help: 'Events seen by a consumer, by result (applied, duplicate, ignored, dead_lettered, retried)',
  labelNames: ['consumer', 'result'] as const,
});

export const consumerMetrics = {
  lag: new Gauge({
    name: 'sluitend_consumer_lag',
    help: 'Messages between the consumer group committed offset and the end of the partition (sampled)',
    labelNames: ['consumer', 'topic', 'partition'] as const,
  }),
  /** Per consumer, created at 0 when the consumer starts, so the first dead letter is an increase an alert sees. */
  deadLetters: new Counter({
    name: 'sluitend_dead_letters_published_total',
    help: 'Events this consumer sent to its dead-letter topic',
    labelNames: ['consumer'] as const,
  }),
  deadLettersByCode: new Counter({
    name: 'sluitend_dead_letters_by_code_total',
    help: 'Events this consumer sent to its dead-letter topic, by error code (envelope.invalid, handler.failed, a domain error code …)',
    labelNames: ['consumer', 'code'] as const,
  }),
  crashes: new Counter({
    name: 'sluitend_consumer_crashes_total',
    help: 'kafkajs consumer crashes, by whether kafkajs restarts the consumer itself (restart="false" ends the process)',
    labelNames: ['consumer', 'restart'] as const,
  }),
  abandonedRetries: new Counter({
    name: 'sluitend_consumer_retries_abandoned_total',
    help: 'Per-event retry loops stopped because the partition was revoked in a rebalance (the new owner goes on)',
    labelNames: ['consumer'] as const,
  }),
};

export const outboxMetrics = {
  published: new Counter({
    name: 'sluitend_outbox_published_total',
    help: 'Events the outbox relay published to Kafka',
    labelNames: ['schema'] as const,
  }),
  parkedTotal: new Counter({
    name: 'sluitend_outbox_parked_total',
    help: 'Outbox rows this replica parked because Kafka refuses them for good',
    labelNames: ['schema'] as const,
  }),
  pending: new Gauge({
    name: 'sluitend_outbox_pending_rows',
    help: 'Outbox rows waiting to be published (sampled)',
    labelNames: ['schema'] as const,
  }),
  oldestPendingSeconds: new Gauge({
    name: 'sluitend_outbox_oldest_pending_seconds',
    help: 'Age of the oldest outbox row waiting to be published, 0 when none waits (sampled)',
    labelNames: ['schema'] as const,
  }),
  parked: new Gauge({
    name: 'sluitend_outbox_parked_rows',
    help: 'Outbox rows parked because Kafka refuses them for good; see `sluitend outbox list` (sampled)',
    labelNames: ['schema'] as const,
  }),
};

export const kafkaMetrics = {
  reachable: new Gauge({
    name: 'sluitend_kafka_reachable',
    help: '1 when the last probe of the Kafka cluster (describeCluster) answered in time, else 0',
  }),
  brokers: new Gauge({ name: 'sluitend_kafka_brokers', help: 'Brokers the cluster reported at the last probe' }),
};

export const samplerMetrics = {
  failures: new Counter({
    name: 'sluitend_metrics_sample_failures_total',
    help: 'Samples of a sampled metric that failed or timed out (the gauge keeps its last value)',
    labelNames: ['sample'] as const,
  }),
};
