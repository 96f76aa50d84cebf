import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './service-under-test';

/**
 * Infrastructure a test may stop and restart, never the shared broker or cluster: a private Kafka broker or
 * PostgreSQL cluster on free ports. From infra/local (its own state directory under .local/test-infra) by default; as
 * containers when SLUITEND_INFRA=testcontainers (a machine with a container runtime).
 */
export interface PrivateInfra {
  /** Stops it, runs `whileDown` (e.g. to watch what the services say), then starts it again on the same port. */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  /** Stops it and removes its state. */
  destroy(): Promise<void>;
}

export interface PrivateBroker extends PrivateInfra {
  brokers: string;
}

export interface PrivatePostgres extends PrivateInfra {
  port: number;
  /** A URL to database `name` on this cluster. */
  url(name: string): string;
}

const useContainers = () => process.env.SLUITEND_INFRA === 'testcontainers';

/** Two distinct free ports. */
async function twoPorts(): Promise<[number, number]> {
  const first = await freePort();
  for (;;) {
    const second = await freePort();
    if (second !== first) return [first, second];
  }
}

/** Runs an infra/local script with its output in `logFile` (stdout stays free for a command's result). */
function script(repoRoot: string, name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  mkdirSync(join(logFile, '..'), { recursive: true });
  const log = openSync(logFile, 'a');
  return new Promise<void>((resolve, reject) => {
    const child = spawn(join(repoRoot, 'infra/local', name), args, { env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
    child.once('error', reject);
    child.once('exit', (code) => {
      closeSync(log);
      if (code === 0) resolve();
      else reject(new Error(`infra/local/${name} ${args.join(' ')} exited with ${code} (see ${logFile})`));
    });
  });
}

/** A private single-node Kafka broker (KRaft), started and ready. */
export async function startPrivateBroker(repoRoot: string): Promise<PrivateBroker> {
  if (useContainers()) return startContainerBroker();
  const [port, controllerPort] = await twoPorts();
  const stateDir = join(repoRoot, '.local/test-infra', `kafka-${port}`);
  const env = {
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    KAFKA_STATE_DIR: stateDir,
    KAFKA_USE_EXISTING: '0',
    KAFKA_HEAP_OPTS: process.env.PRIVATE_KAFKA_HEAP_OPTS ?? '-Xms128m -Xmx384m',
  };
  const logFile = join(repoRoot, '.local/test-infra', `kafka-${port}.log`);
  const run = (command: string) => script(repoRoot, 'kafka.sh', [command], env, logFile);
  await run('up');
  return {
    brokers: `127.0.0.1:${port}`,
    restart: async (whileDown) => {
      await run('down');
      await whileDown?.();
      await run('up');
    },
    destroy: async () => {
      await run('down').catch(() => undefined);
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** A private PostgreSQL cluster (the distribution's binaries, trust auth) with database `database`, started. */
export async function startPrivatePostgres(repoRoot: string, database: string): Promise<PrivatePostgres> {
  if (useContainers()) return startContainerPostgres(database);
  const port = await freePort();
  const stateDir = join(repoRoot, '.local/test-infra', `pg-${port}`);
  const env = { PGPORT: String(port), PG_STATE_DIR: stateDir, SLUITEND_DB: database };
  const logFile = join(repoRoot, '.local/test-infra', `pg-${port}.log`);
  const run = (command: string) => script(repoRoot, 'postgres.sh', [command], env, logFile);
  await run('up');
  return {
    port,
    url: (name) => `postgres://postgres@127.0.0.1:${port}/${name}`,
    restart: async (whileDown) => {
      await run('down');
      await whileDown?.();
      await run('up');
    },
    destroy: async () => {
      await run('down').catch(() => undefined);
      rmSync(stateDir, { recursive: true, force: true });
      rmSync(`${stateDir}.lock`, { force: true });
    },
  };
}

/** Stops and starts a container through the runtime, keeping its (fixed) host port. */
async function containerRestarter(id: string) {
  const { getContainerRuntimeClient } = await import('testcontainers');
  const client = await getContainerRuntimeClient();
  const container = client.container.getById(id);
  return async (whileDown?: () => Promise<void>) => {
    await client.container.stop(container, { timeout: 10_000 });
    await whileDown?.();
    await client.container.start(container);
  };
}

export async function startContainerBroker(): Promise<PrivateBroker> {
  const { GenericContainer, Wait } = await import('testcontainers');
  // The advertised address must be the one the tests reach: a free host port, mapped one to one.
  const port = await freePort();
  const container = await new GenericContainer('apache/kafka:4.1.1')
    .withExposedPorts({ container: port, host: port })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: `PLAINTEXT://:${port},CONTROLLER://:9093`,
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${port}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  const restart = await containerRestarter(container.getId());
  return { brokers: `127.0.0.1:${port}`, restart, destroy: async () => void (await container.stop()) };
}

export async function startContainerPostgres(database: string): Promise<PrivatePostgres> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const port = await freePort();
  const container = await new GenericContainer('postgres:15')
    .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust', POSTGRES_DB: database })
    .withExposedPorts({ container: 5432, host: port })
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  const restart = await containerRestarter(container.getId());
  return { port, url: (name) => `postgres://postgres@127.0.0.1:${port}/${name}`, restart, destroy: async () => void (await container.stop()) };
}
