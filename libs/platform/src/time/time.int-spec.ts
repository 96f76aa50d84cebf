import { Global, INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK, Clock } from '@sluitend/domain-nl';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DemoClock } from '../clock/demo-clock';
import { TimeModule } from './time.module';
import { DueWork, DueWorkJob } from '../due-work/due-work';
import { DueWorkSweeper } from '../due-work/due-work.sweeper';

type Timer = { id: number };

/** Test due work: rows of `timer` fire once, each firing counted in `vuring` (no unique key: a double would show). */
@Injectable()
@DueWorkJob()
class TimerJob implements DueWork<Timer, number> {
  readonly name = 'test-timers';
  readonly mode = 'transaction';
  readonly batchSize = 7;
  claim(manager: EntityManager, now: Date, limit: number): Promise<Timer[]> {
    return manager.query('SELECT id FROM timer WHERE vuurt_op <= $1 AND gevuurd_op IS NULL ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED', [
      now,
      limit,
    ]);
  }
  async apply(timers: Timer[], { manager, now }: { manager: EntityManager | null; now: Date }): Promise<number> {
    const ids = timers.map((timer) => timer.id);
    await (manager as EntityManager).query('UPDATE timer SET gevuurd_op = $2 WHERE id = ANY($1::int[])', [ids, now]);
    await (manager as EntityManager).query('INSERT INTO vuring (timer_id) SELECT unnest($1::int[])', [ids]);
    return timers.length;
  }
  async nextDueAt(manager: EntityManager): Promise<Date | null> {
    const [next]: Array<{ vuurt_op: Date }> = await manager.query('SELECT vuurt_op FROM timer WHERE gevuurd_op IS NULL ORDER BY vuurt_op LIMIT 1');
    return next ? new Date(next.vuurt_op) : null;
  }
  report(outcomes: number[]) {
    return [{ timers: outcomes.reduce((sum, n) => sum + n, 0) }];
  }
}

// libs/testing builds on this lib, so this test keeps its few helpers to itself.
const runId = `sweep${randomBytes(4).toString('hex')}`;
const run = { id: runId, topicPrefix: `t-${runId}` };
const databaseUrl = process.env.DATABASE_URL as string;
const pool = new Pool({ connectionString: databaseUrl, max: 2 });
const schema = `t_${runId}_timers`;

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const contexts: INestApplicationContext[] = [];
const dataSources: DataSource[] = [];

/** One "service": the platform's TimeModule with the test work, on the shared timer schema. */
async function service(name: string): Promise<INestApplicationContext> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url: databaseUrl,
    schema,
    extra: { options: `-c search_path=${schema}` },
  }).initialize();
  dataSources.push(dataSource);
  @Global()
  @Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
  class DatabaseModule {}
  @Module({
    imports: [
      DatabaseModule,
      TimeModule.forService({ service: name, demoMode: true, databaseUrl, schema: `${schema}_${name}`, topicPrefix: run.topicPrefix }),
    ],
    providers: [TimerJob],
  })
  class ServiceModule {}
  const app = await NestFactory.createApplicationContext(ServiceModule, { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  contexts.push(app);
  return app;
}

const vuringen = async () =>
  (
    await pool.query<{ aantal: string; verschillend: string }>(
      `SELECT count(*) AS aantal, count(DISTINCT timer_id) AS verschillend FROM "${schema}".vuring`,
    )
  ).rows[0];

beforeAll(async () => {
  await pool.query(`CREATE SCHEMA "${schema}"`);
  await pool.query(`CREATE TABLE "${schema}".timer (id serial PRIMARY KEY, vuurt_op timestamptz NOT NULL, gevuurd_op timestamptz)`);
  await pool.query(`CREATE TABLE "${schema}".vuring (timer_id int NOT NULL)`);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  for (const dataSource of dataSources) await dataSource.destroy();
  const { rows } = await pool.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, [`t\\_${run.id}\\_%`]);
  for (const { nspname } of rows) await pool.query(`DROP SCHEMA "${nspname}" CASCADE`);
  await pool.end();
});

describe('DueWorkSweeper and the demo clock', () => {
  let a: INestApplicationContext;
  let b: INestApplicationContext;

  beforeAll(async () => {
    a = await service('overstap');
    b = await service('notificaties');
  });

  it('applies every due row exactly once when two sweepers sweep at the same time', async () => {
    await pool.query(`INSERT INTO "${schema}".timer (vuurt_op) SELECT now() - interval '1 minute' FROM generate_series(1, 200)`);
    await Promise.all([
      a.get(DueWorkSweeper).sweep('test-timers'),
      b.get(DueWorkSweeper).sweep('test-timers'),
      a.get(DueWorkSweeper).sweep('test-timers'),
    ]);
    expect(await vuringen()).toEqual({ aantal: '200', verschillend: '200' });
  });

  it('moves every service with one jump: the other service sweeps work that fell due, the jumping one reports its own', async () => {
    const klokA = a.get(DemoClock);
    const over2Dagen = new Date(Date.now() + 2 * 24 * 3600_000);
    await pool.query(`INSERT INTO "${schema}".timer (vuurt_op) SELECT $1::timestamptz FROM generate_series(1, 30)`, [over2Dagen]);
    await klokA.jumpTo(new Date(over2Dagen.getTime() + 60_000));
    // Service b was not asked: the NOTIFY moves its clock and its sweeper fires the 30 new timers.
    await waitFor('the other service sweeping after the jump', async () => Number((await vuringen()).aantal) === 230, 15_000);
    expect(Math.abs(b.get<Clock>(CLOCK).now().getTime() - a.get<Clock>(CLOCK).now().getTime())).toBeLessThan(1000);
    expect(await vuringen()).toEqual({ aantal: '230', verschillend: '230' });
  });

  it('never moves the demo clock backwards', async () => {
    const voor = a.get<Clock>(CLOCK).now().getTime();
    expect(await a.get(DemoClock).jumpTo(new Date('2020-01-01T00:00:00Z'))).toEqual({ verzet: false });
    expect(a.get<Clock>(CLOCK).now().getTime()).toBeGreaterThanOrEqual(voor);
  });

  it('gives a service that starts later the demo time the platform reached', async () => {
    const later = await service('rapportage');
    expect(later.get<Clock>(CLOCK).now().getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000);
  });
});
