import { Logger } from '@nestjs/common';
import { Kafka, logLevel, LogEntry } from 'kafkajs';

const logger = new Logger('kafkajs');

/**
 * Our exactly-once effect comes from the inbox, not from Kafka's idempotence alone: a producer whose bounded retries
 * run out is recreated and re-sends, and the consumers' inboxes absorb what arrives twice. kafkajs warns about
 * bounded retries on an idempotent producer for every producer; that one known warning is left out of the logs.
 */
const EXPECTED_WARNINGS = new Set(['Limiting retries for the idempotent producer may invalidate EoS guarantees']);

const toNestLog =
  () =>
  ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    if (EXPECTED_WARNINGS.has(message)) return;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
  };

/** The one place a kafkajs client is made; services never import kafkajs themselves. */
export function createKafka(clientId: string, brokers: string[]): Kafka {
  // We use kafkajs' default (murmur2, Java-compatible) partitioner everywhere; no legacy partitioning to keep.
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator: toNestLog,
    connectionTimeout: 3000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
  });
}
