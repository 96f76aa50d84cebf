#!/usr/bin/env node
// Readiness probe for the local broker (used by infra/local/kafka.sh).
// Ready = a kafkajs admin connects AND describeCluster() answers (a real metadata round trip).
//
//   node infra/local/kafka-ready.js [--broker 127.0.0.1:9092] [--timeout 90] [--pid N] [--once]
//
// Polls until ready or the timeout passes. With --pid, gives up as soon as that process is gone
// (a broker that died while starting should fail fast, not after 90 s).
// Exit codes: 0 ready, 1 not ready in time, 2 the --pid process exited, 3 kafkajs not installed.
'use strict';

// kafkajs 2.2.4 calls setTimeout with a negative delay (requestQueue scheduleCheckPendingRequests);
// Node >= 24 prints a TimeoutNegativeWarning for it. Harmless (treated as 1 ms): keep the probe quiet.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (w.name !== 'TimeoutNegativeWarning') console.error(`${w.name}: ${w.message}`);
});

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const broker = arg('broker', process.env.KAFKA_BROKERS || '127.0.0.1:9092');
const timeoutMs = Number(arg('timeout', '90')) * 1000;
const pid = arg('pid', '') ? Number(arg('pid', '')) : undefined;
const once = process.argv.includes('--once');
const quiet = process.argv.includes('--quiet');

let kafkajs;
try {
  kafkajs = require('kafkajs');
} catch (err) {
  if (!quiet) console.error(`kafka-ready: cannot load kafkajs (${err.code || err.message}); run npm ci`);
  process.exit(3);
}
const { Kafka, logLevel } = kafkajs;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(p) {
  try {
    process.kill(p, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function probe() {
  const kafka = new Kafka({
    clientId: 'sluitend-kafka-ready',
    brokers: broker.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (!cluster.brokers || cluster.brokers.length === 0) throw new Error('no brokers in metadata');
    if (cluster.controller === null || cluster.controller === undefined || cluster.controller < 0) {
      throw new Error('no active controller in metadata yet');
    }
    return cluster;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

(async () => {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'not tried';
  for (;;) {
    if (pid !== undefined && !alive(pid)) {
      if (!quiet) console.error(`kafka-ready: process ${pid} exited before the broker became ready`);
      process.exit(2);
    }
    try {
      const cluster = await probe();
      if (!quiet) {
        console.log(
          `kafka-ready: ${broker} ready (clusterId=${cluster.clusterId}, brokers=${cluster.brokers.length}, controller=${cluster.controller})`,
        );
      }
      process.exit(0);
    } catch (err) {
      lastError = err && err.message ? err.message : String(err);
      if (process.env.KAFKA_READY_DEBUG) console.error(`kafka-ready: ${new Date().toISOString()} ${lastError}`);
    }
    if (once || Date.now() >= deadline) break;
    await sleep(250);
  }
  if (!quiet) console.error(`kafka-ready: ${broker} not ready: ${lastError}`);
  process.exit(1);
})();
