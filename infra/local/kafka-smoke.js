#!/usr/bin/env node
// Smoke test for the local broker: create a topic (12 partitions), produce keyed messages,
// consume them back with a consumer group, commit, delete the topic.
//   node infra/local/kafka-smoke.js [--broker 127.0.0.1:9092]
'use strict';
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (w.name !== 'TimeoutNegativeWarning') console.error(`${w.name}: ${w.message}`);
});
const { Kafka, logLevel } = require('kafkajs');

const i = process.argv.indexOf('--broker');
const broker = i > 0 ? process.argv[i + 1] : process.env.KAFKA_BROKERS || '127.0.0.1:9092';
const run = `${Date.now()}-${process.pid}`;
const topic = `sluitend.smoke.${run}`;
const count = 20;

(async () => {
  const t0 = Date.now();
  const kafka = new Kafka({ clientId: 'sluitend-smoke', brokers: broker.split(','), logLevel: logLevel.WARN });
  const admin = kafka.admin();
  await admin.connect();
  // Not waitForLeaders: kafkajs bails on UNKNOWN_TOPIC_OR_PARTITION when the broker's metadata
  // lags the KRaft controller for a moment (kafkajs#1563/#815; seen here right after a restart).
  // Poll metadata ourselves until every partition has a leader.
  const created = await admin.createTopics({ topics: [{ topic, numPartitions: 12 }], waitForLeaders: false });
  let partitions = [];
  for (let attempt = 0; ; attempt++) {
    try {
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      partitions = meta.topics[0].partitions;
      if (partitions.length === 12 && partitions.every((p) => p.leader >= 0)) break;
    } catch (err) {
      if (!err.retriable || attempt > 100) throw err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`created ${topic}: ${created}, partitions=${partitions.length}`);

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  await producer.send({
    topic,
    acks: -1,
    messages: Array.from({ length: count }, (_, n) => ({ key: `jongere-${n % 5}`, value: JSON.stringify({ n, run }) })),
  });
  console.log(`produced ${count} messages (idempotent, acks=all)`);

  const groupId = `sluitend-smoke-${run}`;
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen = new Set();
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out: consumed ${seen.size}/${count}`)), 30000);
    consumer
      .run({
        eachMessage: async ({ message }) => {
          seen.add(JSON.parse(message.value.toString()).n);
          if (seen.size === count) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  console.log(`consumed ${seen.size}/${count} in group ${groupId}`);
  await consumer.disconnect();
  const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
  const committed = offsets[0].partitions.reduce((s, p) => s + Math.max(0, Number(p.offset)), 0);
  console.log(`committed offsets sum=${committed}`);
  await producer.disconnect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.deleteGroups([groupId]).catch(() => {});
  await admin.disconnect();
  console.log(`OK in ${Date.now() - t0} ms`);
})().catch((err) => {
  console.error('SMOKE FAILED:', err);
  process.exit(1);
});
