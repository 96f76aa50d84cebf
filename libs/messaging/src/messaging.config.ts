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
  /**
   * How long the group waits for a member that stopped heartbeating (a killed process) before giving its partitions
   * to the others (default 30 s; the broker allows 6 s – 5 min).
   */
  sessionTimeoutMs?: number;
};

/** How topics are created (and, for existing topics, reconciled) at start. */
export type TopicSettings = {
  /** Copies of every partition: 1 on a single local broker, 3 in production (`KAFKA_REPLICATION_FACTOR`). */
  replicationFactor: number;
  /** Copies that must have a write before it is acknowledged (acks=all): 1 locally, 2 in production. */
  minInsyncReplicas: number;
  /** How long a dead letter stays on its `.dlq` topic (`DEAD_LETTER_RETENTION`). */
  deadLetterRetentionMs: number;
  /** How long events stay on the `.events` topics (`EVENT_RETENTION`, ADR 0017); the broker's default when absent. */
  eventRetentionMs?: number;
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
  /** Replication, min.insync.replicas and dead-letter retention; the local defaults when absent. */
  topics?: TopicSettings;
  /** How often Kafka reachability, consumer lag and the outbox are sampled for /metrics (default 10 s). */
  sampleIntervalMs?: number;
};

export const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_TOPIC_SETTINGS: TopicSettings = {
  replicationFactor: 1,
  minInsyncReplicas: 1,
  deadLetterRetentionMs: 30 * DAY_MS,
};

export const DEFAULT_CONSUMER_OPTIONS: Omit<ConsumerOptions, 'groupId' | 'subscribesTo'> = {
  maxAttempts: 4,
  initialBackoffMs: 100,
  transactionBatchSize: 250,
  partitionsConsumedConcurrently: 3,
  fetchMaxBytes: 10 * 1024 * 1024,
};
