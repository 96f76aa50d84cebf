import { Global, INestApplicationContext, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { createServiceDataSource, initializeAndMigrate, MESSAGING_MIGRATIONS } from '@sluitend/persistence';
import { DueWorkSweeper } from '../due-work/due-work.sweeper';
import { TimeModule } from '../time/time.module';
import { RetentionPolicies } from './retention-policies';
import { RetentionModule } from './retention.module';

// libs/testing builds on this lib, so this test keeps its few helpers to itself.
const runId = `ret${randomBytes(4).toString('hex')}`;
const schema = `t_${runId}_svc`;
const databaseUrl = process.env.DATABASE_URL as string;
const pool = new Pool({ connectionString: databaseUrl, max: 2 });
const DAY = 86_400_000;

/** A capability that keeps its own table for 10.5 days, registered the way a service does it. */
@Injectable()
class BezorgpogingRetention implements OnModuleInit {
  constructor(private readonly retention: RetentionPolicies) {}
  onModuleInit(): void {
    this.retention.add({ name: 'bezorgpogingen', table: 'bezorgpoging', column: 'verstuurd_op', keepForMs: 10.5 * DAY, where: "uitkomst <> 'open'" });
  }
}

let dataSource: DataSource;
let app: INestApplicationContext;

const count = async (table: string, where = 'true') =>
  Number((await pool.query(`SELECT count(*) AS n FROM "${schema}".${table} WHERE ${where}`)).rows[0].n);

beforeAll(async () => {
  dataSource = createServiceDataSource({ url: databaseUrl, schema, entities: [], migrations: MESSAGING_MIGRATIONS });
  await initializeAndMigrate(dataSource);
  await pool.query(`CREATE TABLE "${schema}".bezorgpoging (id serial PRIMARY KEY, verstuurd_op timestamptz NOT NULL, uitkomst text NOT NULL)`);
  @Global()
  @Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
  class DatabaseModule {}
  @Module({
    imports: [
      DatabaseModule,
      TimeModule.forService({ service: 'notificaties', demoMode: false, databaseUrl, schema, topicPrefix: `t-${runId}`, sampleIntervalMs: 60_000 }),
      RetentionModule.forService({ schema, inboxRetentionMs: 60 * DAY }),
    ],
    providers: [BezorgpogingRetention],
  })
  class ServiceModule {}
  app = await NestFactory.createApplicationContext(ServiceModule, { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
});

afterAll(async () => {
  await app?.close();
  await dataSource?.destroy();
  for (const name of [schema, `${schema}_jobs`]) await pool.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  await pool.end();
});

describe('retention on the sweeper', () => {
  it('deletes inbox rows and a capability’s rows past their period and keeps the rest', async () => {
    const sweeper = app.get(DueWorkSweeper);
    expect(sweeper.names()).toContain('retention');
    // pg-boss may wake the retention work at any moment (its start-up wake, the cron backstop): count what every sweep
    // deleted through the work's counter instead of assuming that the test's own sweep is the only one.
    const deleted = async () =>
      (await register.getSingleMetric('sluitend_due_work_items_total')?.get())?.values.find((v) => v.labels.work === 'retention')?.value ?? 0;
    const before = await deleted();
    await pool.query(
      `INSERT INTO "${schema}".inbox (consumer, event_id, event_type, topic, kafka_partition, kafka_offset, received_at)
       SELECT 'c', gen_random_uuid(), 't', 'topic', 0, 0, now() - make_interval(days => d) FROM generate_series(61, 90) d
       UNION ALL SELECT 'c', gen_random_uuid(), 't', 'topic', 0, 0, now() - interval '59 days' FROM generate_series(1, 5)`,
    );
    await pool.query(
      `INSERT INTO "${schema}".bezorgpoging (verstuurd_op, uitkomst)
       SELECT now() - make_interval(days => d), u FROM generate_series(1, 20) d, unnest(ARRAY['geslaagd', 'open']) u`,
    );

    await sweeper.sweep('retention');
    expect((await deleted()) - before).toBe(30 + 10);
    expect(await count('inbox')).toBe(5);
    // The closed attempts of the last 10.5 days are kept (days 1–10), and every open one.
    expect(await count('bezorgpoging', "uitkomst = 'geslaagd'")).toBe(10);
    expect(await count('bezorgpoging', "uitkomst = 'open'")).toBe(20);

    await sweeper.sample();
    expect((await register.getSingleMetric('sluitend_due_work_due_rows')?.get())?.values.find((v) => v.labels.work === 'retention')?.value).toBe(0);
    expect((await sweeper.sweep('retention')).items).toBe(0);
  });

  it('refuses a policy whose table or column is not a plain identifier', () => {
    const policies = app.get(RetentionPolicies);
    expect(() => policies.add({ name: 'x', table: 'bezorgpoging; DROP TABLE inbox', column: 'verstuurd_op', keepForMs: DAY })).toThrow(
      /invalid table/,
    );
    expect(() => policies.add({ name: 'y', table: 'bezorgpoging', column: 'verstuurd op', keepForMs: DAY })).toThrow(/invalid column/);
    expect(() => policies.add({ name: 'inbox', table: 'inbox', column: 'received_at', keepForMs: DAY })).toThrow(/two policies/);
  });
});
