import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Envelope } from '@sluitend/contracts';
import { createKafka, ensureTopics } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { percentile } from './measure';
import { ReplicaFigures, replicaFigures, replicaLines, replicasOf, sample } from './replicas';
import { aanmeldingGemist, publishSignalen } from '../support/signalen';
import { benchEnv } from './bench-env';

/**
 * Benchmark of notificaties: signal → visible in the inbox. Signals are published to overstap's stream as overstap
 * does; "visible" is when a committed alert row can be read (the bench polls the alert table every few ms, so the
 * figures include up to one poll interval). Phase 1: a steady background load (default 500 signals/s) with latency
 * p50/p99. Phase 2: a burst of 20,000 signals, timed until every alert is in the inboxes. Each signal makes two
 * alerts (the RMC of the woonregio and the VO school; the students are adults, so no leerplicht). E-mail and webhooks
 * are off: the targets are about the inbox. Prints figures and the targets of issue 4; `--smoke` runs small sizes
 * and fails only when an alert is missing or doubled. `--replicas N` (default 1) starts N notificaties processes on
 * the same schema and consumer group (Kafka spreads the 12 partitions over them) and prints per replica, for each
 * phase, the signals it applied (its /metrics: sluitend_consumer_events_total), duplicates its inbox skipped, outbox
 * rows it published, signals/s, CPU seconds and peak RSS; the exactness check is the same for any N.
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    burst: { type: 'string', default: '20000' },
    replicas: { type: 'string', default: '1' },
    smoke: { type: 'boolean', default: false },
  },
});
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
/** Seconds of the same load before measuring (JIT, connection pools, consumer fetch sessions), not counted. */
const WARMUP = Number(values.warmup);
const BURST = Number(values.burst);
const REPLICAS = Number(values.replicas);
/** What each replica did, from its /metrics. */
const COUNTERS = {
  applied: { metric: 'sluitend_consumer_events_total', where: { result: 'applied' } },
  duplicates: { metric: 'sluitend_consumer_events_total', where: { result: 'duplicate' } },
  'outbox published': { metric: 'sluitend_outbox_published_total' },
};
const TARGETS = { p99Ms: 100, burstSeconds: 10, rssMb: 200 };
const POLL_MS = 5;
const REGIOS = ['MC01', 'MC03', 'MC07', 'MC10', 'MC20', 'MC30'];

async function main(): Promise<void> {
  const run = uniqueRun('nbench');
  const schema = run.schema('notificaties');
  const { databaseUrl, brokers, env } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const notificaties = await replicasOf('notificaties', REPLICAS, ROOT, { ...env, DB_SCHEMA: schema }, logs, run.id);
  const pool = testPool(databaseUrl);
  const kafka = createKafka('bench-notificaties', brokers.split(','));
  const producer = kafka.producer();
  try {
    // overstap's stream exists before notificaties subscribes to it, as in a running platform.
    await ensureTopics(kafka, run.topicPrefix, 12);
    await Promise.all([...notificaties.map((replica) => replica.start()), producer.connect()]);
    const atStart = await sample(notificaties);
    const publishedAt = new Map<string, number>();
    const seenAt = new Map<string, number>();
    /** When the handler began the alert's transaction (its aangemaakt_op): splits latency into delivery and write. */
    const handledAt = new Map<string, number>();
    const signaal = (i: number): Envelope => aanmeldingGemist(REGIOS[i % REGIOS.length], '21AB', 'GM0034', 'bench');

    // A watcher that sees committed alerts as soon as a reader of the inbox could. Alert numbers are handed out at
    // insert and transactions commit out of order, so it rescans from the lowest number it has not seen yet.
    const seenNummers = new Set<number>();
    let low = 0;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const { rows } = await pool.query(`SELECT nummer, signaal_sleutel, aangemaakt_op FROM "${schema}".alert WHERE nummer > $1`, [low]);
        const now = Date.now();
        for (const row of rows) {
          seenNummers.add(Number(row.nummer));
          if (!seenAt.has(row.signaal_sleutel)) {
            seenAt.set(row.signaal_sleutel, now);
            handledAt.set(row.signaal_sleutel, new Date(row.aangemaakt_op).getTime());
          }
        }
        while (seenNummers.has(low + 1)) seenNummers.delete(++low);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })();

    // Phase 1: steady background load, published in 10 ms slices; the warm-up's signals are not measured.
    const warmupCount = RATE * WARMUP;
    const steadyCount = RATE * SECONDS;
    const started = Date.now();
    for (let sent = 0, slice = 0; sent < warmupCount + steadyCount; slice++) {
      const due = started + slice * 10;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      const target = Math.min(warmupCount + steadyCount, Math.round(((Date.now() - started) / 1000) * RATE));
      const batch = Array.from({ length: Math.max(0, target - sent) }, (_, k) => signaal(sent + k));
      if (batch.length === 0) continue;
      const at = Date.now();
      if (sent >= warmupCount) for (const envelope of batch) publishedAt.set((envelope.payload as { signaalId: string }).signaalId, at);
      await publishSignalen(producer, run.topicPrefix, batch);
      sent += batch.length;
    }
    await waitFor('steady signals visible', async () => seenAt.size >= warmupCount + steadyCount, 120_000, 50).catch((error: Error) => {
      watching = false;
      throw error;
    });
    const steadyMs = Date.now() - started;
    const afterSteady = await sample(notificaties);
    const steadyLatencies = [...publishedAt].map(([id, at]) => (seenAt.get(id) as number) - at).sort((a, b) => a - b);
    const delivery = [...publishedAt].map(([id, at]) => (handledAt.get(id) as number) - at).sort((a, b) => a - b);
    const write = [...publishedAt].map(([id]) => (seenAt.get(id) as number) - (handledAt.get(id) as number)).sort((a, b) => a - b);

    // Phase 2: a burst.
    const burst = Array.from({ length: BURST }, (_, i) => signaal(i));
    const burstStart = Date.now();
    for (let i = 0; i < burst.length; i += 1000) await publishSignalen(producer, run.topicPrefix, burst.slice(i, i + 1000));
    const burstPublishedMs = Date.now() - burstStart;
    await waitFor('burst visible', async () => seenAt.size >= warmupCount + steadyCount + BURST, 300_000, 20).catch((error: Error) => {
      watching = false;
      throw error;
    });
    const burstMs = Math.max(...burst.map((envelope) => seenAt.get((envelope.payload as { signaalId: string }).signaalId) as number)) - burstStart;
    const afterBurst = await sample(notificaties);
    watching = false;
    await watcher;

    const totals = await pool.query(
      `SELECT count(*)::int AS alerts, count(DISTINCT (signaal_sleutel, org_type, org_code))::int AS uniek, count(DISTINCT signaal_sleutel)::int AS signalen
       FROM "${schema}".alert`,
    );
    const total = warmupCount + steadyCount + BURST;
    const expected = { alerts: 2 * total, uniek: 2 * total, signalen: total };
    if (JSON.stringify(totals.rows[0]) !== JSON.stringify(expected)) {
      throw new Error(`alerts ${JSON.stringify(totals.rows[0])}, expected ${JSON.stringify(expected)}`);
    }
    const figures = {
      steady: {
        signalsPerSecond: RATE,
        seconds: SECONDS,
        warmupSeconds: WARMUP,
        signals: steadyCount,
        p50Ms: percentile(steadyLatencies, 50),
        p99Ms: percentile(steadyLatencies, 99),
        maxMs: steadyLatencies[steadyLatencies.length - 1],
        kafkaToHandlerP50Ms: percentile(delivery, 50),
        kafkaToHandlerP99Ms: percentile(delivery, 99),
        handlerToVisibleP50Ms: percentile(write, 50),
        handlerToVisibleP99Ms: percentile(write, 99),
      },
      burst: { signals: BURST, alerts: 2 * BURST, publishedMs: burstPublishedMs, allVisibleMs: burstMs },
      replicas: {
        steady: { ms: steadyMs, perReplica: replicaFigures(notificaties, atStart, afterSteady, COUNTERS) },
        burst: { ms: burstMs, perReplica: replicaFigures(notificaties, afterSteady, afterBurst, COUNTERS) },
      },
      peakRssMb: Math.max(...replicaFigures(notificaties, atStart, afterBurst, {}).map((f) => f.peakRssMb ?? Infinity)),
    };
    report(figures);
    writeFileSync(join(logs, `notificaties-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2));
  } finally {
    await producer.disconnect();
    await Promise.all(notificaties.map((replica) => replica.stop()));
    await dropSchemas(pool, [schema, `${schema}_jobs`]);
    await pool.end();
    await deleteRunTopics(kafka, run.topicPrefix);
  }
}

function report(f: {
  steady: {
    signalsPerSecond: number;
    seconds: number;
    warmupSeconds: number;
    signals: number;
    p50Ms: number;
    p99Ms: number;
    maxMs: number;
    kafkaToHandlerP50Ms: number;
    kafkaToHandlerP99Ms: number;
    handlerToVisibleP50Ms: number;
    handlerToVisibleP99Ms: number;
  };
  burst: { signals: number; alerts: number; publishedMs: number; allVisibleMs: number };
  replicas: Record<'steady' | 'burst', { ms: number; perReplica: ReplicaFigures[] }>;
  peakRssMb: number;
}): void {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = [
    `notificaties bench: signal on Kafka → alert visible in the inbox (2 alerts per signal)`,
    `  steady ${f.steady.signalsPerSecond} signals/s for ${f.steady.seconds} s after ${f.steady.warmupSeconds} s warm-up (${f.steady.signals} signals measured): p50 ${f.steady.p50Ms} ms, p99 ${f.steady.p99Ms} ms, max ${f.steady.maxMs} ms   target p99 ≤ ${TARGETS.p99Ms}: ${mark(f.steady.p99Ms <= TARGETS.p99Ms)}`,
    `    of which published → handler began: p50 ${f.steady.kafkaToHandlerP50Ms} ms, p99 ${f.steady.kafkaToHandlerP99Ms} ms; handler → committed and read: p50 ${f.steady.handlerToVisibleP50Ms} ms, p99 ${f.steady.handlerToVisibleP99Ms} ms`,
    `  burst of ${f.burst.signals} signals (${f.burst.alerts} alerts): published in ${f.burst.publishedMs} ms, all in the inboxes after ${(f.burst.allVisibleMs / 1000).toFixed(1)} s   target ≤ ${TARGETS.burstSeconds} s: ${mark(f.burst.allVisibleMs <= TARGETS.burstSeconds * 1000)}`,
    `  peak RSS notificaties ${f.peakRssMb} MB${f.replicas.burst.perReplica.length > 1 ? ' (the highest replica)' : ''}   target ≤ ${TARGETS.rssMb}: ${mark(f.peakRssMb <= TARGETS.rssMb)}`,
    `  per replica, warm-up + steady phase (start → all steady signals visible):`,
    ...replicaLines('notificaties', f.replicas.steady.perReplica, 'applied', 'signals', f.replicas.steady.ms),
    `  per replica, burst (published → all visible):`,
    ...replicaLines('notificaties', f.replicas.burst.perReplica, 'applied', 'signals', f.replicas.burst.ms),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed${values.smoke ? ' (smoke)' : ''}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
