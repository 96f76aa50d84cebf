import { Admin, Kafka } from 'kafkajs';
import { allTopicNames } from '@sluitend/contracts';

/** Creates every topic of the catalog that does not exist yet (topics are never auto-created). */
export async function ensureTopics(kafka: Kafka, topicPrefix: string, partitions: number): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = allTopicNames(topicPrefix).filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      // waitForLeaders can fail with UNKNOWN_TOPIC_OR_PARTITION right after creation (kafkajs #1563): create, then
      // poll the metadata until every partition has a leader.
      await admin.createTopics({
        waitForLeaders: false,
        // Dead letters wait for a person to look at them: they never expire.
        topics: missing.map((topic) => ({
          topic,
          numPartitions: partitions,
          replicationFactor: 1,
          configEntries: topic.endsWith('.dlq') ? [{ name: 'retention.ms', value: '-1' }] : [],
        })),
      });
      await waitForLeaders(admin, missing);
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}

async function waitForLeaders(admin: Admin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      if (metadata.topics.every((topic) => topic.partitions.length > 0 && topic.partitions.every((p) => p.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics without leaders after ${timeoutMs} ms: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Answers when the broker can be reached and describes itself; used by readiness. */
export async function describeCluster(kafka: Kafka): Promise<{ brokers: number; controller: number | null }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const cluster = await admin.describeCluster();
    return { brokers: cluster.brokers.length, controller: cluster.controller };
  } finally {
    await admin.disconnect();
  }
}
