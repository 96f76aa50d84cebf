import { fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createKafka, ensureTopics } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, serviceNodeFlags, ServiceUnderTest, testPool, uniqueRun } from '@sluitend/testing';
import { benchEnv } from './bench-env';
import { Laag, LAGEN, mb, Meting, rssDelen } from './geheugen-laag';

/**
 * What a service costs in memory at rest (issue 16 §5), layer by layer and whole. Part 1: five child processes
 * (geheugen-laag.ts), each with the Node flags of every service (`infra/service-node-flags`), each adding one layer to
 * the one before — a bare Node 24 process; + NestJS core (an empty module on the express platform, listening); + a
 * TypeORM DataSource connected to PostgreSQL (pool of 10 as the services, one query); + kafkajs: a producer and a
 * consumer in a group, subscribed to a topic of 12 partitions and running; + the Sluitend libraries every service
 * imports (platform kernel, contracts, auth, messaging, persistence, domain-nl and its data) loaded, not started —
 * each left alone `--laag-rust` seconds, then its RSS (anonymous and file-backed), V8 heap used/total and external
 * memory read from inside. Part 2: the five real services (their own schemas and topics on this run's prefix, free
 * ports) started together and left `--rust` seconds after the last is ready; then each one's RSS (/proc), its peak so
 * far (start-up with its migrations), V8 heap and external from its /metrics, and its PostgreSQL connections at rest.
 * Prints one table; fails only when a layer or a service does not start. 1.5–3 minutes, most of it the five services
 * starting together; `--smoke` rests 2 s and 5 s. Figures of the machine it runs on: docs/capacity.md quotes runs on
 * the shared 2-core machine.
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    rust: { type: 'string' },
    'laag-rust': { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});
const RUST_S = Number(values.rust ?? (values.smoke ? 5 : 30));
const LAAG_RUST_S = Number(values['laag-rust'] ?? (values.smoke ? 2 : 5));
const LAAG_NAAM: Record<Laag, string> = {
  node: 'bare Node 24 process',
  nest: '+ NestJS core (express, listening)',
  typeorm: '+ TypeORM DataSource connected',
  kafkajs: '+ kafkajs producer + consumer running',
  libs: '+ Sluitend libs loaded (platform …)',
};
const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;

type DienstMeting = Meting & { startMs: number; verbindingen: number };

const slaap = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One layer in a child process of its own, with the services' Node flags. */
function meetLaag(laag: Laag, env: NodeJS.ProcessEnv): Promise<Meting> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'geheugen-laag.js'), [laag, String(LAAG_RUST_S)], {
      execArgv: serviceNodeFlags(ROOT),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let meting: Meting | undefined;
    child.on('message', (message) => (meting = message as Meting));
    child.on('error', reject);
    child.on('exit', (code) => (meting ? resolve(meting) : reject(new Error(`layer ${laag} exited (${code}) without a measurement`))));
  });
}

/** A service's V8 heap and external memory from its Prometheus defaults. */
async function heapVan(service: ServiceUnderTest): Promise<Pick<Meting, 'heapUsedMb' | 'heapTotalMb' | 'externalMb'>> {
  const text = await (await fetch(`${service.url}/metrics`)).text();
  const waarde = (naam: string) => Number(new RegExp(`^${naam}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return {
    heapUsedMb: mb(waarde('nodejs_heap_size_used_bytes')),
    heapTotalMb: mb(waarde('nodejs_heap_size_total_bytes')),
    externalMb: mb(waarde('nodejs_external_memory_bytes')),
  };
}

async function main(): Promise<void> {
  const run = uniqueRun('gbench');
  const { databaseUrl, brokers, env } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const pool = testPool(databaseUrl);
  const kafka = createKafka('bench-geheugen', brokers.split(','));
  const services: ServiceUnderTest[] = [];
  try {
    // Part 1: the layers, one child at a time.
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: `${run.topicPrefix}.geheugen`, numPartitions: 12 }], waitForLeaders: true });
    await admin.disconnect();
    const lagen: Array<[Laag, Meting]> = [];
    for (const laag of LAGEN) {
      lagen.push([laag, await meetLaag(laag, { DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, TOPIC_PREFIX: run.topicPrefix })]);
    }

    // Part 2: the five services, their streams created first as on a running platform.
    await ensureTopics(kafka, run.topicPrefix, 12);
    for (const name of SERVICES) {
      services.push(
        new ServiceUnderTest(name, await freePort(), ROOT, { ...env, DB_SCHEMA: run.schema(name) }, join(logs, `${run.id}-${name}.log`), {
          production: true,
        }),
      );
    }
    const startMs = await Promise.all(
      services.map(async (service) => {
        const begin = Date.now();
        await service.start();
        return Date.now() - begin;
      }),
    );
    await slaap(RUST_S * 1000);
    const verbindingen = new Map(
      (
        await pool.query<{ application_name: string; n: string }>(
          'SELECT application_name, count(*) AS n FROM pg_stat_activity WHERE datname = current_database() GROUP BY 1',
        )
      ).rows.map((row) => [row.application_name, Number(row.n)]),
    );
    const diensten: Array<[string, DienstMeting]> = [];
    for (const [i, service] of services.entries()) {
      const delen = rssDelen(service.process.pid ?? 0);
      diensten.push([
        service.name,
        {
          rssMb: delen.rssMb ?? Number.NaN,
          anonMb: delen.anonMb,
          fileMb: delen.fileMb,
          peakMb: delen.peakMb,
          ...(await heapVan(service)),
          startMs: startMs[i],
          // The app's pool and the live bus by service name, the relay by schema; pg-boss and health share names.
          verbindingen:
            (verbindingen.get(service.name) ?? 0) +
            (verbindingen.get(`${service.name}-live`) ?? 0) +
            (verbindingen.get(`outbox-relay:${run.schema(service.name)}`) ?? 0),
        },
      ]);
    }
    const gedeeld = [...verbindingen.entries()].filter(
      ([naam]) => !SERVICES.some((service) => naam === service || naam === `${service}-live`) && !naam.startsWith('outbox-relay:'),
    );
    report(lagen, diensten, gedeeld);
  } finally {
    await Promise.all(services.map((service) => service.stop().catch(() => undefined)));
    await dropSchemas(
      pool,
      SERVICES.flatMap((name) => [run.schema(name), `${run.schema(name)}_jobs`]),
    ).catch(() => undefined);
    await pool.end();
    await deleteRunTopics(kafka, run.topicPrefix).catch(() => undefined);
  }
}

function report(lagen: Array<[Laag, Meting]>, diensten: Array<[string, DienstMeting]>, gedeeld: Array<[string, number]>): void {
  const col = (value: number | undefined, width = 8) => (value === undefined || Number.isNaN(value) ? '?' : value.toFixed(1)).padStart(width);
  const kop = `${'RSS'.padStart(8)}${'anon'.padStart(8)}${'file'.padStart(8)}${'heap used'.padStart(11)}${'heap tot'.padStart(10)}${'external'.padStart(10)}`;
  const regel = (m: Meting) =>
    `${col(m.rssMb)}${col(m.anonMb)}${col(m.fileMb)}${col(m.heapUsedMb, 11)}${col(m.heapTotalMb, 10)}${col(m.externalMb, 10)}`;
  const lines = [
    '',
    `Memory at rest, MB (Node ${process.version}; ${serviceNodeFlags(ROOT).join(' ')})`,
    `${`layers, ${LAAG_RUST_S} s at rest`.padEnd(40)}${kop}   Δ RSS`,
  ];
  let vorige: number | undefined;
  for (const [laag, m] of lagen) {
    const delta = vorige === undefined ? '' : `${m.rssMb >= vorige ? '+' : ''}${(m.rssMb - vorige).toFixed(1)}`;
    lines.push(`  ${LAAG_NAAM[laag].padEnd(38)}${regel(m)}   ${delta}`);
    vorige = m.rssMb;
  }
  const libs = lagen[lagen.length - 1][1].rssMb;
  lines.push(
    `${`services, ${RUST_S} s after all are ready`.padEnd(40)}${kop}${'peak'.padStart(8)}${'start s'.padStart(9)}${'db conn'.padStart(9)}   RSS − libs layer`,
  );
  for (const [naam, m] of diensten) {
    const eigen = m.rssMb - libs;
    lines.push(
      `  ${naam.padEnd(38)}${regel(m)}${col(m.peakMb)}${col(m.startMs / 1000, 9)}${String(m.verbindingen).padStart(9)}   ${eigen >= 0 ? '+' : ''}${eigen.toFixed(1)}`,
    );
  }
  lines.push(
    `  db conn: the TypeORM pool, live bus and outbox relay of each service at rest; besides, for all five together: ${
      gedeeld.map(([naam, n]) => `${naam || '(unnamed)'} ${n}`).join(', ') || 'none'
    }`,
    "  RSS − libs layer: the service's own modules, its Nest app and OpenAPI document, pg-boss, its pools and consumer state at rest",
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed${values.smoke ? ' (smoke)' : ''}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
