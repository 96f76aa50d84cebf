import { join } from 'node:path';
import { freePort, ServiceUnderTest } from '@sluitend/testing';
import { cpuMs, peakRssMb } from './measure';

/**
 * `count` processes of one service for a benchmark, each on its own port and log file but with the same environment:
 * the same schema, topic prefix and so the same consumer group (Kafka spreads the partitions over them). The outbox
 * relay takes a leader lock per schema (one replica publishes, the others wait to take over), due work is claimed
 * with SKIP LOCKED or a lease, and migrations take turns under an advisory lock, so they may all start at once.
 */
export async function replicasOf(name: string, count: number, repoRoot: string, env: NodeJS.ProcessEnv, logDir: string, runId: string) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`--replicas must be a whole number ≥ 1, got ${count}`);
  const replicas: ServiceUnderTest[] = [];
  for (let i = 0; i < count; i++) {
    const log = join(logDir, count === 1 ? `${runId}-${name}.log` : `${runId}-${name}-${i + 1}.log`);
    replicas.push(new ServiceUnderTest(name, await freePort(), repoRoot, env, log, { production: true }));
  }
  return replicas;
}

/** Prometheus text of one process, as `name{labels}` → value (labels parsed, for `sumOf`). */
export type Metrics = { name: string; labels: Record<string, string>; value: number }[];

export async function scrape(url: string): Promise<Metrics> {
  const response = await fetch(`${url}/metrics`);
  if (!response.ok) throw new Error(`${url}/metrics answered ${response.status}`);
  const series: Metrics = [];
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
    series.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return series;
}

/** The sum of every series of `name` whose labels include `where`. */
export function sumOf(metrics: Metrics, name: string, where: Record<string, string> = {}): number {
  return metrics
    .filter((series) => series.name === name && Object.entries(where).every(([key, value]) => series.labels[key] === value))
    .reduce((total, series) => total + series.value, 0);
}

/** Each replica's metrics and CPU time at one moment, to subtract a later sample from. */
export type Sample = { metrics: Metrics; cpuMs: number | undefined }[];

export async function sample(replicas: ServiceUnderTest[]): Promise<Sample> {
  return Promise.all(replicas.map(async (replica) => ({ metrics: await scrape(replica.url), cpuMs: cpuMs(replica.process.pid) })));
}

/** What one replica did between two samples: the named counters, CPU seconds, its peak RSS so far. */
export type ReplicaFigures = { replica: number; port: number; cpuSeconds: number; peakRssMb: number | undefined; counts: Record<string, number> };

export function replicaFigures(
  replicas: ServiceUnderTest[],
  before: Sample,
  after: Sample,
  counters: Record<string, { metric: string; where?: Record<string, string> }>,
): ReplicaFigures[] {
  return replicas.map((replica, i) => ({
    replica: i + 1,
    port: replica.port,
    cpuSeconds: Number((((after[i].cpuMs ?? Number.NaN) - (before[i].cpuMs ?? Number.NaN)) / 1000).toFixed(2)),
    peakRssMb: peakRssMb(replica.process.pid),
    counts: Object.fromEntries(
      Object.entries(counters).map(([label, { metric, where }]) => [
        label,
        sumOf(after[i].metrics, metric, where) - sumOf(before[i].metrics, metric, where),
      ]),
    ),
  }));
}

/** One line per replica: its counters, `unit`/s over `ms` (from the counter named `work`), CPU seconds and peak RSS. */
export function replicaLines(service: string, figures: ReplicaFigures[], work: string, unit: string, ms: number): string[] {
  const total = figures.reduce((sum, f) => sum + f.counts[work], 0);
  return [
    `  ${service} × ${figures.length}: ${total} ${unit} in ${(ms / 1000).toFixed(1)} s = ${Math.round((total / ms) * 1000)} ${unit}/s in total`,
    ...figures.map(
      (f) =>
        `    replica ${f.replica} (:${f.port}): ${Object.entries(f.counts)
          .map(([label, n]) => `${label} ${n}`)
          .join(', ')}; ${Math.round((f.counts[work] / ms) * 1000)} ${unit}/s; CPU ${f.cpuSeconds} s; peak RSS ${f.peakRssMb} MB`,
    ),
  ];
}
