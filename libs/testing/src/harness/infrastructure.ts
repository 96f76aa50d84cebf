import { spawn } from 'node:child_process';
import { join } from 'node:path';

export type Infrastructure = { databaseUrl: string; kafkaBrokers: string; source: 'environment' | 'testcontainers' };

const BRING_UP = './sluitend test (or: infra/local/up.sh, then export KAFKA_BROKERS=127.0.0.1:9092 DATABASE_URL=postgres://postgres@127.0.0.1:5432/sluitend)';

/** Whether a container runtime really answers (the docker client alone proves nothing). */
async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainers(): Promise<Infrastructure> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const postgres = await new GenericContainer('postgres:15')
    .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust', POSTGRES_DB: 'sluitend' })
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  const kafka = await new GenericContainer('apache/kafka:4.1.1')
    .withExposedPorts({ container: 9092, host: 39092 })
    .withEnvironment({ KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://127.0.0.1:39092,CONTROLLER://localhost:9093', KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false' })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  return {
    databaseUrl: `postgres://postgres@${postgres.getHost()}:${postgres.getMappedPort(5432)}/sluitend`,
    kafkaBrokers: `${kafka.getHost()}:39092`,
    source: 'testcontainers',
  };
}

/**
 * Where integration and e2e tests find Kafka and PostgreSQL: KAFKA_BROKERS/DATABASE_URL when set; else containers
 * when a container runtime answers; else a failure that names the command to bring the infrastructure up.
 */
export async function resolveInfrastructure(): Promise<Infrastructure> {
  const { KAFKA_BROKERS, DATABASE_URL } = process.env;
  if (KAFKA_BROKERS && DATABASE_URL) return { kafkaBrokers: KAFKA_BROKERS, databaseUrl: DATABASE_URL, source: 'environment' };
  if (await containerRuntimeAnswers()) return startContainers();
  throw new Error(`No KAFKA_BROKERS/DATABASE_URL set and no container runtime answers. Bring the infrastructure up with: ${BRING_UP}`);
}

/**
 * Restarts the local broker (infra/local) without blocking the test process, so the relays and writers in it keep
 * running through the outage; the reliability tests use it to prove the relay loses nothing.
 */
export function restartLocalBroker(repoRoot: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'infra/local/kafka.sh'), ['restart'], { stdio: 'inherit', env: { ...process.env, KAFKA_USE_EXISTING: '' } });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kafka.sh restart exited with ${code}`))));
  });
}
