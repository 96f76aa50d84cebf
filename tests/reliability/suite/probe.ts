import { Replica } from './fleet';

export type ReadySample = { replica: string; status: number; ms: number; type: string | null; detail?: string };

/** One GET /health/ready of a replica, timed (a request that gets no answer within 5 s counts as status 0). */
export async function probeReady(replica: Replica): Promise<ReadySample> {
  const started = Date.now();
  try {
    const response = await fetch(`${replica.url}/health/ready`, { signal: AbortSignal.timeout(5000) });
    const body = (await response.json().catch(() => ({}))) as { detail?: string };
    return {
      replica: replica.name,
      status: response.status,
      ms: Date.now() - started,
      type: response.headers.get('content-type'),
      detail: body.detail,
    };
  } catch {
    return { replica: replica.name, status: 0, ms: Date.now() - started, type: null };
  }
}

/** Probes every replica every 500 ms for `ms` and returns all samples. */
export async function probeFor(replicas: Replica[], ms: number): Promise<ReadySample[]> {
  const samples: ReadySample[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const round = Date.now();
    samples.push(...(await Promise.all(replicas.map(probeReady))));
    const wait = 500 - (Date.now() - round);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return samples;
}
