import type { Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { scanRunTopicsVoorVerwijderen } from './bsn-scan';

/**
 * Names that isolate one test run on shared infrastructure: a topic prefix and schema names no other run uses.
 */
export function uniqueRun(label: string) {
  const id = `${label}${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    id,
    topicPrefix: `t-${id}`,
    schema: (service: string) => `t_${id}_${service}`,
  };
}

/**
 * Deletes every topic of a test run (its unique prefix), so repeated runs do not pile partitions onto the broker. With
 * BSN_SCAN_DIR set (`./sluitend test`), the topics are first scanned for BSNs (harness/bsn-scan.ts).
 */
export async function deleteRunTopics(kafka: Kafka, topicPrefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(`${topicPrefix}.`));
    await scanRunTopicsVoorVerwijderen(kafka, topicPrefix, topics);
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
  } finally {
    await admin.disconnect();
  }
}
