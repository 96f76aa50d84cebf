import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DienDossierIn } from '@sluitend/contracts';
import { alleRmcRegios } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { dossierStoreCeiling, DossierRijen, kafkaCeiling } from './ceilings';
import { cpuMs, peakRssMb, perSecond } from './measure';
import { ReplicaFigures, replicaFigures, replicaLines, replicasOf, sample } from './replicas';
import { bulkRequests, sendBulk, TokenFor } from '../support/submit';
import { benchEnv } from './bench-env';

/**
 * Benchmark of the first flow: N dossiers through overstap's bulk HTTP API, the outbox, Kafka and rapportage's
 * projection, beside raw ceilings measured in the same run with rows and messages of the run's own size (storing a
 * dossier's row, version and outbox row as multi-row INSERTs; kafkajs produce→consume of its envelope), each result as
 * a share of the lower ceiling, overstap's CPU time per dossier and each service's peak RSS. Prints figures and the targets of issue 2; `--smoke` runs a small size and fails only when
 * not every dossier arrives exactly once (the targets are for the full size on the 2-core machine).
 * `--replicas N` (default 1) starts N overstap processes on the same schema and topics (one of them leads the outbox
 * relay) and spreads the load over them: each bulk request to the replica sent the fewest dossiers so far (round robin
 * weighted by request size), the single POSTs round robin; it prints per replica, for the bulk load and for
 * the paced POSTs, the dossiers the bench sent it, the requests its /metrics counted, the outbox rows it published,
 * dossiers/s, CPU seconds and peak RSS. The exactness check (every dossier stored and projected once) is the same for any N.
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    dossiers: { type: 'string', default: '20000' },
    chunk: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '4' },
    paced: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '200' },
    replicas: { type: 'string', default: '1' },
    smoke: { type: 'boolean', default: false },
  },
});
const N = Number(values.dossiers);
const CHUNK = Number(values.chunk);
const CONCURRENCY = Number(values.concurrency);
const PACED = Number(values.paced);
const RATE = Number(values.rate);
const REPLICAS = Number(values.replicas);
/** What each overstap replica did, from its /metrics. */
const COUNTERS = {
  'bulk requests': { metric: 'sluitend_http_request_duration_seconds_count', where: { route: '/api/overstap/dossiers/bulk' } },
  'single POSTs': { metric: 'sluitend_http_request_duration_seconds_count', where: { method: 'POST', route: '/api/overstap/dossiers' } },
  'outbox published': { metric: 'sluitend_outbox_published_total' },
};
const TARGETS = { dossiersPerSecond: 5000, shareOfCeiling: 0.25, p99Ms: 500, rssMb: 200 };

async function main(): Promise<void> {
  const run = uniqueRun('bench');
  const { databaseUrl, brokers, token, env } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const overstap = await replicasOf('overstap', REPLICAS, ROOT, { ...env, DB_SCHEMA: run.schema('overstap') }, logs, run.id);
  const urls = overstap.map((replica) => replica.url);
  const rapportage = new ServiceUnderTest(
    'rapportage',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: run.schema('rapportage') },
    join(logs, `${run.id}-rapportage.log`),
    { production: true },
  );
  const pool = testPool(databaseUrl);
  try {
    await Promise.all([...overstap.map((replica) => replica.start()), rapportage.start()]);
    const cohort = generateCohort({ seed: 7, regios: alleRmcRegios().map((regio) => regio.code), schooljaar: '2026-2027' });
    const dossiers = cohort.dossiers.slice(0, N);
    if (cohort.dossiers.length < N + PACED) throw new Error(`the generated cohort has only ${cohort.dossiers.length} dossiers`);
    const requests = await bulkRequests(dossiers, token, CHUNK);

    const cpuBefore = { overstap: overstapCpuMs(overstap), rapportage: cpuMs(rapportage.process.pid) };
    const beforeBulk = await sample(overstap);
    const started = Date.now();
    const bulkSent = await sendBulk(urls, requests, CONCURRENCY);
    const submittedMs = Date.now() - started;
    const projection = `"${run.schema('rapportage')}".dossier_projectie`;
    await waitFor(
      `${N} projected dossiers`,
      async () => (await pool.query(`SELECT count(*)::int AS n FROM ${projection}`)).rows[0].n >= N,
      300_000,
      100,
    );
    const projectedMs = Date.now() - started;
    const afterBulk = await sample(overstap);
    const cpuPerDossier = (now: number | undefined, before: number | undefined) =>
      Number((((now ?? Number.NaN) - (before ?? Number.NaN)) / N).toFixed(3));
    const cpu = {
      [REPLICAS === 1 ? 'overstap' : `overstap (${REPLICAS} replicas together)`]: cpuPerDossier(overstapCpuMs(overstap), cpuBefore.overstap),
      rapportage: cpuPerDossier(cpuMs(rapportage.process.pid), cpuBefore.rapportage),
    };
    const latency = await latencies(pool, projection, 0);

    // Interactive use: single dossiers at a steady rate well below saturation, each projected on its own.
    const paced = cohort.dossiers.slice(N, N + PACED);
    const pacedStart = new Date();
    await submitPaced(urls, paced, token);
    const pacedSubmittedMs = Date.now() - pacedStart.getTime();
    await waitFor(
      `${N + PACED} projected dossiers`,
      async () => (await pool.query(`SELECT count(*)::int AS n FROM ${projection}`)).rows[0].n >= N + PACED,
      120_000,
      100,
    );
    const afterPaced = await sample(overstap);
    const pacedLatency = await latencies(pool, projection, pacedStart.getTime());
    await checkExactlyOnce(pool, run.schema('overstap'), projection, N + PACED);
    const rss = {
      ...Object.fromEntries(overstap.map((replica, i) => [REPLICAS === 1 ? 'overstap' : `overstap-${i + 1}`, peakRssMb(replica.process.pid)])),
      rapportage: peakRssMb(rapportage.process.pid),
    };
    // The bench's own count of what it sent each replica, beside what the replica's /metrics counted.
    const withSent = (figures: ReplicaFigures[], sent: number[]) => figures.map((f, i) => ({ ...f, counts: { dossiers: sent[i], ...f.counts } }));
    const perReplica = {
      bulk: {
        ms: submittedMs,
        perReplica: withSent(replicaFigures(overstap, beforeBulk, afterBulk, COUNTERS), bulkSent),
      },
      paced: {
        ms: pacedSubmittedMs,
        perReplica: withSent(
          replicaFigures(overstap, afterBulk, afterPaced, COUNTERS),
          urls.map((_, i) => paced.filter((_, k) => k % urls.length === i).length),
        ),
      },
    };

    const kafka = createKafka('bench-ceiling', brokers.split(','));
    const rijen = await rijenVanDeRun(pool, run.schema('overstap'));
    const kafkaRate = await kafkaCeiling(kafka, N, Buffer.byteLength(rijen.envelope), 12);
    const storeRate = await dossierStoreCeiling(pool, N, rijen);
    const ceiling = Math.min(kafkaRate, storeRate);

    const throughput = perSecond(N, projectedMs);
    const figures = {
      dossiers: N,
      submitPerSecond: perSecond(N, submittedMs),
      endToEndPerSecond: throughput,
      p50Ms: latency.p50,
      p99Ms: latency.p99,
      maxMs: latency.max,
      paced: { dossiers: PACED, perSecond: RATE, p50Ms: pacedLatency.p50, p99Ms: pacedLatency.p99, maxMs: pacedLatency.max },
      cpuMsPerDossier: cpu,
      sizes: { inhoudBytes: Buffer.byteLength(rijen.inhoud), envelopeBytes: Buffer.byteLength(rijen.envelope) },
      ceilingKafkaPerSecond: kafkaRate,
      ceilingStorePerSecond: storeRate,
      shareOfCeiling: Number((throughput / ceiling).toFixed(3)),
      peakRssMb: rss,
      replicas: perReplica,
    };
    report(figures);
    writeFileSync(join(logs, `dossiers-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2));
  } finally {
    await Promise.all([...overstap.map((replica) => replica.stop()), rapportage.stop()]);
    await dropSchemas(pool, [run.schema('overstap'), `${run.schema('overstap')}_jobs`, run.schema('rapportage'), `${run.schema('rapportage')}_jobs`]);
    await pool.end();
    await deleteRunTopics(createKafka('bench-cleanup', brokers.split(',')), run.topicPrefix);
  }
}

/** A stored dossier's content, its encrypted persoonsnummer and its outbox envelope as text: the ceilings' row sizes. */
async function rijenVanDeRun(pool: ReturnType<typeof testPool>, schema: string): Promise<DossierRijen> {
  const {
    rows: [row],
  } = await pool.query(
    `SELECT d.inhoud::text AS inhoud, d.persoonsnummer_versleuteld, o.envelope::text AS envelope
     FROM "${schema}".dossier d JOIN "${schema}".outbox o ON o.envelope->'payload'->>'dossierId' = d.id::text LIMIT 1`,
  );
  if (!row) throw new Error('no stored dossier with its outbox row to size the ceilings by');
  return { inhoud: row.inhoud, persoonsnummerVersleuteld: row.persoonsnummer_versleuteld, envelope: row.envelope };
}

/** CPU time of every overstap replica together (ms). */
function overstapCpuMs(replicas: { process: { pid: number | undefined } }[]): number | undefined {
  return replicas.reduce<number | undefined>((sum, replica) => {
    const ms = cpuMs(replica.process.pid);
    return sum === undefined || ms === undefined ? undefined : sum + ms;
  }, 0);
}

/**
 * Every dossier stored once in overstap and projected once in rapportage, and every outbox row published: whatever
 * replica took a request or led the relay, nothing is missing and nothing is doubled.
 */
async function checkExactlyOnce(pool: ReturnType<typeof testPool>, schema: string, projection: string, expected: number): Promise<void> {
  const {
    rows: [row],
  } = await pool.query(
    `SELECT (SELECT count(*)::int FROM "${schema}".dossier) AS opgeslagen,
            (SELECT count(*)::int FROM ${projection}) AS geprojecteerd,
            (SELECT count(*)::int FROM ${projection} WHERE versie <> 1) AS herzien,
            (SELECT count(*)::int FROM "${schema}".outbox WHERE published_at IS NULL) AS onverzonden`,
  );
  const want = { opgeslagen: expected, geprojecteerd: expected, herzien: 0, onverzonden: 0 };
  if (JSON.stringify(row) !== JSON.stringify(want)) throw new Error(`dossiers ${JSON.stringify(row)}, expected ${JSON.stringify(want)}`);
}

/** p50/p99/max of submit → projected (ms) for dossiers submitted since `sinceMs` (epoch ms; 0 = all). */
async function latencies(pool: ReturnType<typeof testPool>, projection: string, sinceMs: number) {
  const {
    rows: [row],
  } = await pool.query(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
     FROM (SELECT EXTRACT(EPOCH FROM geprojecteerd_op - ingediend_op) * 1000 AS ms FROM ${projection}
           WHERE ingediend_op >= to_timestamp($1 / 1000.0)) AS l`,
    [sinceMs],
  );
  return { p50: Math.round(Number(row.p50)), p99: Math.round(Number(row.p99)), max: Math.round(Number(row.max)) };
}

/** POSTs dossiers one by one at RATE per second (open loop: a slow answer does not slow the schedule), round robin over the urls. */
async function submitPaced(urls: string[], dossiers: DienDossierIn[], token: TokenFor): Promise<void> {
  const tokens = new Map<string, string>();
  for (const dossier of dossiers) {
    if (!tokens.has(dossier.school.brin)) {
      tokens.set(dossier.school.brin, await token({ type: 'vo-school', code: dossier.school.brin }, ['schooladministratie']));
    }
  }
  const started = Date.now();
  await Promise.all(
    dossiers.map(async (dossier, index) => {
      const due = started + (index * 1000) / RATE;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      const response = await fetch(`${urls[index % urls.length]}/api/overstap/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(dossier.school.brin)}` },
        body: JSON.stringify(dossier),
      });
      if (!response.ok) throw new Error(`submit failed: ${response.status} ${await response.text()}`);
    }),
  );
}

function report(f: {
  dossiers: number;
  submitPerSecond: number;
  endToEndPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  paced: { dossiers: number; perSecond: number; p50Ms: number; p99Ms: number; maxMs: number };
  cpuMsPerDossier: Record<string, number>;
  sizes: { inhoudBytes: number; envelopeBytes: number };
  ceilingKafkaPerSecond: number;
  ceilingStorePerSecond: number;
  shareOfCeiling: number;
  peakRssMb: Record<string, number | undefined>;
  replicas: Record<'bulk' | 'paced', { ms: number; perReplica: ReplicaFigures[] }>;
}): void {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = [
    `dossiers bench: ${f.dossiers} dossiers (bulk HTTP → outbox → Kafka → projection)`,
    `  submit (HTTP accepted)    ${f.submitPerSecond} dossiers/s`,
    `  end to end (projected)    ${f.endToEndPerSecond} dossiers/s   target ≥ ${TARGETS.dossiersPerSecond}: ${mark(f.endToEndPerSecond >= TARGETS.dossiersPerSecond)}`,
    `  submit→projected latency  p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms during the bulk load (saturated)   target p99 ≤ ${TARGETS.p99Ms}: ${mark(f.p99Ms <= TARGETS.p99Ms)}`,
    `  submit→projected latency  p50 ${f.paced.p50Ms} ms, p99 ${f.paced.p99Ms} ms, max ${f.paced.maxMs} ms for ${f.paced.dossiers} single POSTs at ${f.paced.perSecond}/s   target p99 ≤ ${TARGETS.p99Ms}: ${mark(f.paced.p99Ms <= TARGETS.p99Ms)}`,
    `  CPU per dossier           ${Object.entries(f.cpuMsPerDossier)
      .map(([service, ms]) => `${service} ${ms} ms`)
      .join(', ')} (user+system during the bulk load)`,
    `  raw kafkajs ceiling       ${f.ceilingKafkaPerSecond} msgs/s (produce→consume of ${f.dossiers} envelopes of ${f.sizes.envelopeBytes} bytes, 12 partitions)`,
    `  raw store ceiling         ${f.ceilingStorePerSecond} dossiers/s (dossier + version + outbox row, ${f.sizes.inhoudBytes}-byte content, 1000-dossier multi-row INSERTs)`,
    `  share of lower ceiling    ${(f.shareOfCeiling * 100).toFixed(1)} % (${f.endToEndPerSecond} of ${Math.min(f.ceilingKafkaPerSecond, f.ceilingStorePerSecond)}/s)   target ≥ ${TARGETS.shareOfCeiling * 100} %: ${mark(f.shareOfCeiling >= TARGETS.shareOfCeiling)}`,
    ...Object.entries(f.peakRssMb).map(
      ([service, mb]) => `  peak RSS ${service.padEnd(16)} ${mb} MB   target ≤ ${TARGETS.rssMb}: ${mark((mb ?? Infinity) <= TARGETS.rssMb)}`,
    ),
    `  per replica, bulk load (HTTP accepted):`,
    ...replicaLines('overstap', f.replicas.bulk.perReplica, 'dossiers', 'dossiers', f.replicas.bulk.ms),
    `  per replica, single POSTs:`,
    ...replicaLines('overstap', f.replicas.paced.perReplica, 'dossiers', 'dossiers', f.replicas.paced.ms),
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
