import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { NodeProcess } from './node-process';
import { waitFor } from './wait-for';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The lines of one of the files under `infra/` that every way of running a service reads, without comments. */
function infraLines(repoRoot: string, file: string): string[] {
  return readFileSync(join(repoRoot, 'infra', file), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/**
 * The Node flags every service runs with (heap limits), from `infra/service-node-flags` — the one list that
 * `./sluitend up` and the Dockerfile use too.
 */
export function serviceNodeFlags(repoRoot: string): string[] {
  return infraLines(repoRoot, 'service-node-flags');
}

/** The environment every service runs with (`infra/service-env`: KEY=value lines, as the Dockerfile's ENV). */
export function serviceEnv(repoRoot: string): Record<string, string> {
  return Object.fromEntries(infraLines(repoRoot, 'service-env').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

/**
 * `production: true` runs the service as the Dockerfile starts it, without source maps (the TypeScript sources and
 * mappings of every loaded module cost ≈ 20 MB RSS): benchmarks measure what production runs; tests keep the source
 * maps for readable stack traces.
 */
export type ServiceRun = { production?: boolean };

/**
 * One compiled service (dist/apps/<name>) run as a child process on its own port, schema and topic prefix, with the
 * environment a service gets everywhere (`infra/service-env`) beneath the test's own.
 */
export class ServiceUnderTest {
  readonly process: NodeProcess;

  constructor(
    readonly name: string,
    readonly port: number,
    repoRoot: string,
    env: NodeJS.ProcessEnv,
    logFile: string,
    { production = false }: ServiceRun = {},
  ) {
    this.process = new NodeProcess(
      join(repoRoot, `dist/apps/${name}/src/main.js`),
      { ...serviceEnv(repoRoot), ...env, PORT: String(port) },
      logFile,
      process.env.SERVICE_NODE_FLAGS?.split(' ').filter(Boolean) ?? serviceNodeFlags(repoRoot),
      !production,
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(extraEnv: NodeJS.ProcessEnv = {}): Promise<void> {
    this.process.start(extraEnv);
    await waitFor(
      `${this.name} /health/ready`,
      async () => {
        if (!this.process.running) throw new Error(`${this.name} exited while starting`);
        return (await fetch(`${this.url}/health/ready`)).ok;
      },
      90_000,
      200,
    );
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    return this.process.kill(signal);
  }
}
