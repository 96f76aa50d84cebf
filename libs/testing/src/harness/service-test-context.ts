import { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Claims } from '@sluitend/auth';
import type { ServiceName } from '@sluitend/contracts';
import { BaseEnv, createServiceApp, loadConfig } from '@sluitend/platform';
import { deleteRunTopics, uniqueRun } from './test-run';
import { createKafka } from '@sluitend/messaging';
import { testTokenSigner } from '../auth/test-token-issuer';

export type ServiceTestContext = {
  /** The service's Nest context: use cases, repositories and the clock, without HTTP or a Kafka consumer. */
  app: INestApplicationContext;
  dataSource: DataSource;
  /** The claims of a test user, for use cases that take Claims. */
  claims: (org: Claims['org'], roles?: Claims['roles']) => Claims;
  /** A token for that test user from the run's token issuer (a real RS256 signature, its JWKS served on loopback). */
  token: (org: Claims['org'], roles?: Claims['roles']) => Promise<string>;
  /** With `http: true`: the service's HTTP API as in production (body parsers, guards, problem+json) on loopback. */
  url?: string;
  close: () => Promise<void>;
};

type Definition<S extends z.ZodType> = {
  service: ServiceName;
  envSchema: S;
  module: (env: z.infer<S>) => DynamicModule;
  /** Extra settings for this test file (e.g. a short escalation period). */
  env?: Record<string, string>;
  /** Serve the HTTP API (createServiceApp, on an ephemeral loopback port) instead of a bare Nest context. */
  http?: boolean;
};

const ROOT = join(__dirname, '../../../..');
const admin = () => new Client({ connectionString: process.env.DATABASE_URL, application_name: 'test-harness' });

/** A fingerprint of the service's migrations: a new or changed migration makes a new template. */
function migrationsFingerprint(service: string): string {
  const hash = createHash('sha256');
  for (const dir of [join(ROOT, 'apps', service, 'src', 'migrations'), join(ROOT, 'libs', 'persistence', 'src')]) {
    // A service without tables yet (only the kernel's) has no migrations folder.
    const files = existsSync(dir) ? readdirSync(dir) : [];
    for (const file of files.filter((name) => name.endsWith('.ts') && !name.endsWith('spec.ts')).sort()) {
      hash.update(file).update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 10);
}

const databaseUrl = (name: string): string => {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Settings every test context gets: the shared infrastructure, a unique topic prefix, fresh keys, demo mode, and
 * tokens verified against the run's token issuer.
 */
function baseEnv(topicPrefix: string, url: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    TOPIC_PREFIX: topicPrefix,
    KAFKA_PARTITIONS: '1',
    ...testTokenSigner().env,
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DEMO_MODE: 'true',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

async function boot<S extends z.ZodType>(definition: Definition<S>, env: NodeJS.ProcessEnv): Promise<INestApplicationContext> {
  const config = loadConfig(definition.envSchema, env);
  if (definition.http) {
    const app = await createServiceApp(definition.module(config), {
      service: definition.service,
      env: config as BaseEnv,
      title: definition.service,
      description: 'integration test',
    });
    await app.listen(0, '127.0.0.1');
    return app;
  }
  const app = await NestFactory.createApplicationContext(definition.module(config), { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  return app;
}

/**
 * The database of one service with its migrations applied once per run and migration set (a template database),
 * cloned for each integration test file (CREATE DATABASE … TEMPLATE, a file copy): tests start from a migrated schema
 * in a fraction of a second and never see each other's rows.
 */
async function templateDatabase<S extends z.ZodType>(definition: Definition<S>): Promise<string> {
  const template = `sluitend_tpl_${definition.service}_${migrationsFingerprint(definition.service)}`;
  const client = admin();
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    const { rows } = await client.query<{ ready: string | null }>('SELECT shobj_description(oid, $2) AS ready FROM pg_database WHERE datname = $1', [
      template,
      'pg_database',
    ]);
    if (rows[0]?.ready === 'migrated') return template;
    if (rows[0]) await client.query(`DROP DATABASE "${template}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${template}"`);
    const topicPrefix = uniqueRun(`tpl${definition.service}`).topicPrefix;
    const app = await boot({ ...definition, http: false }, baseEnv(topicPrefix, databaseUrl(template)));
    await app.close();
    await deleteRunTopics(createKafka('test-harness', [process.env.KAFKA_BROKERS as string]), topicPrefix);
    await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [template]);
    await client.query(`COMMENT ON DATABASE "${template}" IS 'migrated'`);
    return template;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]).catch(() => undefined);
    await client.end();
  }
}

/**
 * A service booted for an integration test file: its own database cloned from the migrated template, its own topic
 * prefix on the real broker, demo mode (a movable clock) and the run's token issuer. Use cases are taken from `app`
 * and called directly; assertions read rows through `dataSource`.
 */
export async function serviceTestContext<S extends z.ZodType>(definition: Definition<S>): Promise<ServiceTestContext> {
  const template = await templateDatabase(definition);
  const run = uniqueRun(`it${definition.service}`);
  const database = `t_${run.id}`;
  const client = admin();
  await client.connect();
  await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  await client.end();
  const signer = testTokenSigner();
  const app = await boot(definition, baseEnv(run.topicPrefix, databaseUrl(database), definition.env));
  const url = definition.http ? await (app as Awaited<ReturnType<typeof createServiceApp>>).getUrl() : undefined;
  const claims = (org: Claims['org'], roles: Claims['roles'] = ['schooladministratie']): Claims => ({
    sub: `test-${org.code}`,
    name: 'Test',
    org,
    roles,
  });
  return {
    app,
    dataSource: app.get(DataSource),
    claims,
    token: (org, roles) => signer.sign(claims(org, roles)),
    url: url?.replace('[::1]', '127.0.0.1'),
    close: async () => {
      await app.close();
      await deleteRunTopics(createKafka('test-harness', [process.env.KAFKA_BROKERS as string]), run.topicPrefix).catch(() => undefined);
      const drop = admin();
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await drop.end();
    },
  };
}
