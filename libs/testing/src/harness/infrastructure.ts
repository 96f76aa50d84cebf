import { PrivateInfra, startContainerBroker, startContainerPostgres } from './private-infrastructure';

export type Infrastructure = { databaseUrl: string; kafkaBrokers: string; source: 'environment' | 'testcontainers' };

const BRING_UP =
  './sluitend test (or: infra/local/up.sh, then export KAFKA_BROKERS=127.0.0.1:9092 DATABASE_URL=postgres://postgres@127.0.0.1:5432/sluitend)';

/** Containers this process started; stopInfrastructure (jest's globalTeardown, same process) stops them. */
const holder = globalThis as { __sluitendContainers?: PrivateInfra[] };
const started = (holder.__sluitendContainers ??= []);

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

/** Kafka and PostgreSQL as containers on free host ports (SLUITEND_INFRA=testcontainers for the private ones too). */
async function startContainers(): Promise<Infrastructure> {
  process.env.SLUITEND_INFRA = 'testcontainers';
  const [postgres, kafka] = await Promise.all([startContainerPostgres('sluitend'), startContainerBroker()]);
  started.push(postgres, kafka);
  return { databaseUrl: postgres.url('sluitend'), kafkaBrokers: kafka.brokers, source: 'testcontainers' };
}

/**
 * Where integration and e2e tests find Kafka and PostgreSQL: KAFKA_BROKERS/DATABASE_URL when set; else containers
 * when a container runtime answers (stopped again by stopInfrastructure); else a failure that names the command to
 * bring the infrastructure up. Tests that stop or restart a broker or cluster start a private one
 * (startPrivateBroker/startPrivatePostgres), from infra/local or as containers alike.
 */
export async function resolveInfrastructure(): Promise<Infrastructure> {
  const { KAFKA_BROKERS, DATABASE_URL } = process.env;
  if (KAFKA_BROKERS && DATABASE_URL) return { kafkaBrokers: KAFKA_BROKERS, databaseUrl: DATABASE_URL, source: 'environment' };
  if (await containerRuntimeAnswers()) return startContainers();
  throw new Error(`No KAFKA_BROKERS/DATABASE_URL set and no container runtime answers. Bring the infrastructure up with: ${BRING_UP}`);
}

/** Stops the containers resolveInfrastructure started (nothing when the environment named the infrastructure). */
export async function stopInfrastructure(): Promise<void> {
  await Promise.allSettled(started.splice(0).map((infra) => infra.destroy()));
}
