import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A compiled Node program run as a real child process, so tests can SIGKILL and restart it. kafkajs 2.2.4 sets
 * negative timeouts, which Node 24 warns about on every client; that warning is switched off.
 */
export class NodeProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
    private readonly nodeFlags: string[] = [],
    /** Stack traces in the TypeScript sources (tests); off where the process runs as in production (benchmarks). */
    private readonly sourceMaps = true,
  ) {}

  start(extraEnv: NodeJS.ProcessEnv = {}): void {
    mkdirSync(dirname(this.logFile), { recursive: true });
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      [...(this.sourceMaps ? ['--enable-source-maps'] : []), '--disable-warning=TimeoutNegativeWarning', ...this.nodeFlags, this.script],
      {
        env: { ...process.env, ...this.env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.child = child;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The exit code once the process ends by itself (null when a signal ended it); rejects after `timeoutMs`. */
  async exitCode(timeoutMs: number): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.script} still runs after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.running) return;
    this.child?.kill(signal);
    await this.exited;
    this.child = null;
  }
}
