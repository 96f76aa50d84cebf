import { Logger } from '@nestjs/common';
import { Kafka, logLevel, LogEntry } from 'kafkajs';

const logger = new Logger('kafkajs');

const toNestLog = () => ({ level, log }: LogEntry) => {
  const { message, ...extra } = log;
  const line = `${message} ${JSON.stringify(extra)}`;
  if (level === logLevel.ERROR) logger.error(line);
  else if (level === logLevel.WARN) logger.warn(line);
};

/** The one place a kafkajs client is made; services never import kafkajs themselves. */
export function createKafka(clientId: string, brokers: string[]): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator: toNestLog,
    connectionTimeout: 3000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
  });
}
