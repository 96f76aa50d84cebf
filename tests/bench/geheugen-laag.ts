import { readFileSync } from 'node:fs';

/**
 * One layer of the memory bench (geheugen.bench.ts), run as a child process with the services' Node flags: builds the
 * layers up to `--laag` (node, nest, typeorm, kafkajs, libs: each on top of the one before), rests, sends its memory to the
 * parent over IPC, tears down and exits. Only node: modules are imported at the top; each layer loads its own
 * libraries, so the bare layer is a bare Node process.
 */
export const LAGEN = ['node', 'nest', 'typeorm', 'kafkajs', 'libs'] as const;
export type Laag = (typeof LAGEN)[number];
export type Meting = {
  rssMb: number;
  anonMb?: number;
  fileMb?: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  peakMb?: number;
};

export const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

/** VmRSS, RssAnon, RssFile (+ RssShmem) and VmHWM of a process in MB, from /proc/<pid>/status. */
export function rssDelen(pid: number | 'self'): { rssMb?: number; anonMb?: number; fileMb?: number; peakMb?: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
    const inMb = (kilobytes: number) => Math.round(kilobytes / 102.4) / 10;
    return { rssMb: inMb(kb('VmRSS')), anonMb: inMb(kb('RssAnon')), fileMb: inMb(kb('RssFile') + kb('RssShmem')), peakMb: inMb(kb('VmHWM')) };
  } catch {
    return {};
  }
}

const slaap = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function bouw(laag: Laag, restSeconds: number): Promise<void> {
  const tot = LAGEN.indexOf(laag);
  const opruimen: Array<() => Promise<unknown>> = [];
  if (tot >= 1) {
    await import('reflect-metadata');
    const { Module } = await import('@nestjs/common');
    const { NestFactory } = await import('@nestjs/core');
    class LeegModule {}
    Module({})(LeegModule);
    const app = await NestFactory.create(LeegModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    opruimen.unshift(() => app.close());
  }
  if (tot >= 2) {
    const { DataSource } = await import('typeorm');
    const dataSource = new DataSource({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      synchronize: false,
      logging: false,
      extra: { max: 10, application_name: 'geheugen-bench' },
    });
    await dataSource.initialize();
    await dataSource.query('SELECT 1');
    opruimen.unshift(() => dataSource.destroy());
  }
  if (tot >= 3) {
    const { Kafka, logLevel } = await import('kafkajs');
    const kafka = new Kafka({ clientId: 'geheugen-bench', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING });
    const topic = `${process.env.TOPIC_PREFIX}.geheugen`;
    const producer = kafka.producer();
    const consumer = kafka.consumer({ groupId: topic });
    await producer.connect();
    await consumer.connect();
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachBatch: async () => undefined });
    await joined;
    opruimen.unshift(
      () => consumer.disconnect(),
      () => producer.disconnect(),
    );
  }
  if (tot >= 4) {
    // The platform kernel and what every service imports with it (contracts and their zod schemas, auth, messaging,
    // observability, persistence, domain-nl with its data tables), loaded but nothing of it started.
    await import('@sluitend/platform');
    await import('@sluitend/domain-nl/node');
  }
  await slaap(restSeconds * 1000);
  const usage = process.memoryUsage();
  const delen = rssDelen('self');
  const meting: Meting = {
    rssMb: mb(usage.rss),
    anonMb: delen.anonMb,
    fileMb: delen.fileMb,
    heapUsedMb: mb(usage.heapUsed),
    heapTotalMb: mb(usage.heapTotal),
    externalMb: mb(usage.external),
    peakMb: delen.peakMb,
  };
  await new Promise<void>((resolve) => process.send?.(meting, () => resolve()));
  for (const stap of opruimen) await stap().catch(() => undefined);
}

if (require.main === module) {
  const [laag, rest] = process.argv.slice(2);
  if (!LAGEN.includes(laag as Laag)) {
    process.stderr.write(`usage: geheugen-laag <${LAGEN.join('|')}> <seconds at rest>\n`);
    process.exit(2);
  }
  bouw(laag as Laag, Number(rest ?? 5)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`layer ${laag} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
