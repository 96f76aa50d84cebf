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

/**
 * The Node flags every service runs with (heap limits), from `infra/service-node-flags` — the one list that
 * `./sluitend up` and the Dockerfile use too.
 */
export function serviceNodeFlags(repoRoot: string): string[] {
  return readFileSync(join(repoRoot, 'infra/service-node-flags'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** One compiled service (dist/apps/<name>) run as a child process on its own port, schema and topic prefix. */
export class ServiceUnderTest {
  readonly process: NodeProcess;

  constructor(
    readonly name: string,
    readonly port: number,
    repoRoot: string,
    env: NodeJS.ProcessEnv,
    logFile: string,
  ) {
    this.process = new NodeProcess(
      join(repoRoot, `dist/apps/${name}/src/main.js`),
      { ...env, PORT: String(port) },
      logFile,
      process.env.SERVICE_NODE_FLAGS?.split(' ').filter(Boolean) ?? serviceNodeFlags(repoRoot),
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
