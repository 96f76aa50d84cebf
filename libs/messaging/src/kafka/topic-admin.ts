import { Logger } from '@nestjs/common';
import { Admin, ConfigResourceTypes, ConfigSource, Kafka } from 'kafkajs';
import { allTopicNames } from '@sluitend/contracts';
import { DEFAULT_TOPIC_SETTINGS, TopicSettings } from '../messaging.config';

const logger = new Logger('TopicAdmin');

/**
 * The topic-level settings we own, per topic: min.insync.replicas everywhere, retention on dead-letter topics and,
 * when configured, on the event topics (how far back a projection can be rebuilt, bounded by the AVG: ADR 0017).
 */
export function topicConfigFor(topic: string, settings: TopicSettings): Record<string, string> {
  return {
    'min.insync.replicas': String(settings.minInsyncReplicas),
    ...(topic.endsWith('.dlq') ? { 'retention.ms': String(settings.deadLetterRetentionMs) } : {}),
    ...(topic.endsWith('.events') && settings.eventRetentionMs !== undefined ? { 'retention.ms': String(settings.eventRetentionMs) } : {}),
  };
}

/**
 * Creates every topic of the catalog that does not exist yet (topics are never auto-created) with the configured
 * replication factor, `min.insync.replicas` and dead-letter retention, and brings existing topics' settings in line
 * (a replication factor cannot be changed that way: a topic with too few replicas is logged).
 */
export async function ensureTopics(
  kafka: Kafka,
  topicPrefix: string,
  partitions: number,
  settings: TopicSettings = DEFAULT_TOPIC_SETTINGS,
): Promise<string[]> {
  if (settings.minInsyncReplicas > settings.replicationFactor) {
    throw new Error(`min.insync.replicas (${settings.minInsyncReplicas}) cannot exceed the replication factor (${settings.replicationFactor})`);
  }
  const admin = kafka.admin();
  await admin.connect();
  try {
    const wanted = allTopicNames(topicPrefix);
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      // waitForLeaders can fail with UNKNOWN_TOPIC_OR_PARTITION right after creation (kafkajs #1563): create, then
      // poll the metadata until every partition has a leader.
      try {
        await admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: partitions,
            replicationFactor: settings.replicationFactor,
            configEntries: Object.entries(topicConfigFor(topic, settings)).map(([name, value]) => ({ name, value })),
          })),
        });
      } catch (error) {
        throw new Error(
          `creating topics failed (KAFKA_REPLICATION_FACTOR=${settings.replicationFactor}, KAFKA_MIN_INSYNC_REPLICAS=${settings.minInsyncReplicas}): ${(error as Error).message}`,
        );
      }
      await waitForLeaders(admin, missing);
    }
    const present = wanted.filter((topic) => existing.has(topic));
    if (present.length > 0) await reconcile(admin, present, settings);
    return missing;
  } finally {
    await admin.disconnect();
  }
}

/** Existing topics get our settings (other topic-level overrides an operator made are kept). */
async function reconcile(admin: Admin, topics: string[], settings: TopicSettings): Promise<void> {
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
  });
  const changes = described.resources.flatMap((resource) => {
    const current = new Map(resource.configEntries.map((entry) => [entry.configName, entry]));
    const wanted = topicConfigFor(resource.resourceName, settings);
    if (Object.entries(wanted).every(([name, value]) => current.get(name)?.configValue === value)) return [];
    // alterConfigs replaces a topic's whole dynamic configuration: send the overrides it has, with ours on top.
    const overrides = resource.configEntries.filter((entry) => entry.configSource === ConfigSource.TOPIC_CONFIG);
    const merged = { ...Object.fromEntries(overrides.map((entry) => [entry.configName, entry.configValue])), ...wanted };
    return [
      {
        type: ConfigResourceTypes.TOPIC,
        name: resource.resourceName,
        configEntries: Object.entries(merged).map(([name, value]) => ({ name, value })),
      },
    ];
  });
  if (changes.length > 0) {
    await admin.alterConfigs({ validateOnly: false, resources: changes });
    logger.log(`topic settings brought in line: ${changes.map((change) => change.name).join(', ')}`);
  }
  const metadata = await admin.fetchTopicMetadata({ topics });
  const short = metadata.topics.filter((topic) => topic.partitions.some((partition) => partition.replicas.length < settings.replicationFactor));
  if (short.length > 0) {
    logger.warn(
      `topics with fewer than ${settings.replicationFactor} replicas (KAFKA_REPLICATION_FACTOR); reassign their partitions with kafka-reassign-partitions: ${short.map((topic) => topic.name).join(', ')}`,
    );
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
