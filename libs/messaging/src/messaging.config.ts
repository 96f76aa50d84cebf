import type { ServiceName } from '@sluitend/contracts';

export type ConsumerOptions = {
  /** Kafka group id, and the inbox's consumer name: one per consuming service. */
  groupId: string;
  /** Services whose event streams this service consumes. */
  subscribesTo: ServiceName[];
  /** Attempts per event (the first try included) before it goes to the dead-letter topic. */
  maxAttempts: number;
  /** Backoff before the 2nd attempt; it quadruples per attempt. */
  initialBackoffMs: number;
  /** Events applied in one database transaction. */
  transactionBatchSize: number;
  partitionsConsumedConcurrently: number;
  /** Most bytes one fetch brings in (all partitions): bounds the memory of a burst. */
  fetchMaxBytes: number;
};

export type MessagingConfig = {
  service: ServiceName;
  brokers: string[];
  topicPrefix: string;
  partitions: number;
  /** The service's PostgreSQL schema: where its outbox and inbox live. */
  schema: string;
  databaseUrl: string;
  consumer?: ConsumerOptions;
};

export const DEFAULT_CONSUMER_OPTIONS: Omit<ConsumerOptions, 'groupId' | 'subscribesTo'> = {
  maxAttempts: 4,
  initialBackoffMs: 100,
  transactionBatchSize: 250,
  partitionsConsumedConcurrently: 3,
  fetchMaxBytes: 10 * 1024 * 1024,
};
