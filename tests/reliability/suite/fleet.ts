import { join } from 'node:path';
import { freePort, NodeProcess, waitFor } from '@sluitend/testing';

export type ServiceRole = 'rapportage' | 'notificaties';

export type FleetOptions = {
  root: string;
  runId: string;
  databaseUrl: string;
  brokers: string;
  topicPrefix: string;
  /** How the services verify tokens (the suite's token issuer: AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL). */
  auth: Record<string, string>;
  /** Settings for every replica (e.g. SWEEP_DELAY_MS). */
  env?: NodeJS.ProcessEnv;
};

/** One process of a fixture service, on its own port. */
export class Replica {
  readonly process: NodeProcess;
  /** Set while the suite itself stops the replica; an exit without it is a crash the supervisor restarts. */
  expectedDown = false;
  crashes = 0;

  constructor(
    readonly service: FixtureService,
    readonly name: string,
    readonly port: number,
    env: NodeJS.ProcessEnv,
    logFile: string,
  ) {
    this.process = new NodeProcess(
      join(service.fleet.options.root, 'dist/tests/support/fixtures/reliability-service.js'),
      { ...env, PORT: String(port), REPLICA: name },
      logFile,
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process, with `env` on top of the service's settings (e.g. `{ FAIL_BRIN: '' }` once the cause is fixed). */
  start(env: NodeJS.ProcessEnv = this.lastEnv): void {
    this.expectedDown = false;
    this.lastEnv = env;
    this.process.start(env);
  }
  private lastEnv: NodeJS.ProcessEnv = {};

  async waitReady(timeoutMs = 90_000): Promise<void> {
    await waitFor(
      `${this.name} ready`,
      async () => (await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(2000) })).ok,
      timeoutMs,
      200,
    );
  }

  async stop(signal: NodeJS.Signals): Promise<void> {
    this.expectedDown = true;
    await this.process.kill(signal);
  }

  /** Stops it with `signal` and starts it again at once (as an orchestrator would). */
  async restart(signal: NodeJS.Signals, env?: NodeJS.ProcessEnv): Promise<void> {
    await this.stop(signal);
    this.start(env);
  }
}

/** A fixture service (platform kernel, non-idempotent effects) standing in for a consuming service, with its replicas. */
export class FixtureService {
  readonly replicas: Replica[] = [];
  readonly schema: string;

  constructor(
    readonly fleet: Fleet,
    readonly role: ServiceRole,
    readonly env: NodeJS.ProcessEnv,
  ) {
    this.schema = `t_${fleet.options.runId}_${role}`;
  }

  async addReplicas(count: number): Promise<Replica[]> {
    const added: Replica[] = [];
    for (let i = 0; i < count; i += 1) {
      const name = `${this.role}-${this.replicas.length + 1}`;
      const replica = new Replica(
        this,
        name,
        await freePort(),
        this.env,
        join(this.fleet.options.root, '.local/test-logs', `${this.fleet.options.runId}-${name}.log`),
      );
      this.replicas.push(replica);
      added.push(replica);
    }
    return added;
  }

  get crashes(): number {
    return this.replicas.reduce((sum, replica) => sum + replica.crashes, 0);
  }
}

/**
 * The fixture services of one scenario, as real processes: started, SIGKILLed, restarted, and supervised like an
 * orchestrator would (a replica that exits on its own, e.g. after a consumer crash, is counted and started again).
 */
export class Fleet {
  readonly services: FixtureService[] = [];
  private supervisor: NodeJS.Timeout | null = null;

  constructor(readonly options: FleetOptions) {}

  async service(role: ServiceRole, replicas: number, env: NodeJS.ProcessEnv = {}): Promise<FixtureService> {
    const service = new FixtureService(this, role, {
      SERVICE_NAME: role,
      DATABASE_URL: this.options.databaseUrl,
      KAFKA_BROKERS: this.options.brokers,
      TOPIC_PREFIX: this.options.topicPrefix,
      DB_SCHEMA: `t_${this.options.runId}_${role}`,
      KAFKA_PARTITIONS: '6',
      NODE_ENV: 'test',
      ...this.options.auth,
      LOG_LEVEL: 'warn',
      // Replicas of several services share one PostgreSQL (max_connections 100) with the suite itself.
      DB_POOL_SIZE: '5',
      METRICS_SAMPLE_INTERVAL_MS: '1000',
      // A killed member's partitions move after 10 s instead of the services' 30 s: the suite kills often.
      SESSION_TIMEOUT_MS: '10000',
      ...this.options.env,
      ...env,
    });
    await service.addReplicas(replicas);
    this.services.push(service);
    return service;
  }

  get replicas(): Replica[] {
    return this.services.flatMap((service) => service.replicas);
  }

  /** Starts every replica (the first of each service alone first, so migrations do not race) and waits until ready. */
  async start(): Promise<void> {
    for (const service of this.services) {
      service.replicas[0].start();
      await service.replicas[0].waitReady();
    }
    const rest = this.services.flatMap((service) => service.replicas.slice(1));
    rest.forEach((replica) => replica.start());
    await Promise.all(rest.map((replica) => replica.waitReady()));
    this.supervise();
  }

  private supervise(): void {
    this.supervisor = setInterval(() => {
      for (const replica of this.replicas) {
        if (!replica.expectedDown && !replica.process.running) {
          replica.crashes += 1;
          process.stderr.write(`  ${replica.name} exited on its own; restarting it (crash ${replica.crashes})\n`);
          replica.start();
        }
      }
    }, 500);
    this.supervisor.unref();
  }

  async stop(): Promise<void> {
    if (this.supervisor) clearInterval(this.supervisor);
    await Promise.all(this.replicas.map((replica) => replica.stop('SIGTERM')));
  }
}
