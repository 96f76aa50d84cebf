import { Counter } from 'prom-client';

export const consumedEvents = new Counter({
  name: 'sluitend_consumer_events_total',
  help: 'Events seen by a consumer, by result (applied, duplicate, ignored, dead_lettered, retried)',
  labelNames: ['consumer', 'result'] as const,
});

export const publishedEvents = new Counter({
  name: 'sluitend_outbox_published_total',
  help: 'Events the outbox relay published to Kafka',
  labelNames: ['schema'] as const,
});
