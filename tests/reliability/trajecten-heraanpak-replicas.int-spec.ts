import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createKafka } from '@sluitend/messaging';
import { demoClockSchema } from '@sluitend/platform';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { testServiceEnv } from '../support/test-services';

/**
 * trajecten's re-approach sweep across replicas and a crash (issue 13 "Done means"): two replicas of the compiled
 * service on one schema; N cases at rest with their timers at 3 and 6 months. Replica A jumps the demo clock past the
 * first moment and sweeps; it is killed (SIGKILL) while the sweep is under way. Replica B then sweeps (the same jump
 * again: the clock stays, the sweep runs) while A restarts (its sweeper wakes on start). Every first timer fires
 * exactly once — one mark, one history line, one trajecten.casus.heraanpak-nodig in the outbox per case — and no
 * second timer fires before its moment.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('herapl');
const schema = run.schema('trajecten');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true', LOG_LEVEL: 'warn' });
const kafka = createKafka('reliability-heraanpak', (process.env.KAFKA_BROKERS as string).split(','));
const N = Number(process.env.HERAANPAK_REPLICAS_N ?? 6000);
const OPS = { type: 'ops', code: 'platform' } as const;

let pool: Pool;
let a: ServiceUnderTest;
let b: ServiceUnderTest;

const replica = async (naam: string) =>
  new ServiceUnderTest(
    'trajecten',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: schema },
    join(ROOT, `.local/test-logs/${run.id}-trajecten-${naam}.log`),
  );
const count = async (sql: string): Promise<number> => (await pool.query(sql)).rows[0].n as number;
const afgehandeld = () =>
  count(`SELECT count(*)::int AS n FROM "${schema}".heraanpak WHERE volgnummer = 1 AND (gevuurd_op IS NOT NULL OR vervallen_op IS NOT NULL)`);
async function verzet(service: ServiceUnderTest, naar: string): Promise<number> {
  const response = await fetch(`${service.url}/api/trajecten/demo/klok`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(OPS, ['ops'] as never)}` },
    body: JSON.stringify({ naar }),
  });
  return response.status;
}

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  a = await replica('a');
  b = await replica('b');
  // One after the other: the first runs the migrations.
  await a.start();
  await b.start();
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await dropSchemas(pool, [schema, `${schema}_jobs`, demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

it('two replicas, one killed mid-sweep and restarted: each re-approach fires exactly once', async () => {
  // N cases declined an hour ago (as the status step writes it), with the timers PlanHeraanpak plans: 3 and 6 months.
  const rustSinds = new Date(Date.now() - 3600_000);
  const ids = Array.from({ length: N }, () => randomUUID());
  await pool.query(
    `INSERT INTO "${schema}".casus (id, rmc_regio, jongere_id, status, aanleiding, geopend_op, gewijzigd_op)
     SELECT id, 'MC03', jongere, 'afgewezen', 'signaal', $3, $3 FROM unnest($1::uuid[], $2::text[]) AS t (id, jongere)`,
    [ids, ids.map(() => randomBytes(32).toString('base64url')), rustSinds],
  );
  await pool.query(
    `INSERT INTO "${schema}".casus_historie (casus_id, actie, van_status, naar_status, door, op)
     SELECT id, r.actie, r.van, r.naar, r.door, $2 FROM unnest($1::uuid[]) AS id
     CROSS JOIN (VALUES (1, 'geopend', NULL, 'aangemeld', NULL), (2, 'afwijzen', 'aangemeld', 'afgewezen', 'u-1')) AS r (n, actie, van, naar, door)
     ORDER BY id, r.n`,
    [ids, rustSinds],
  );
  await pool.query(
    `INSERT INTO "${schema}".heraanpak (casus_id, sleutel, volgnummer, maanden, rust_sinds, due_at)
     SELECT id, $2::bigint || '-' || m.volgnummer, m.volgnummer, m.maanden, $3::timestamptz, $3::timestamptz + make_interval(months => m.maanden)
     FROM unnest($1::uuid[]) AS id CROSS JOIN (VALUES (1, 3), (2, 6)) AS m (volgnummer, maanden)`,
    [ids, rustSinds.getTime(), rustSinds],
  );
  const naar = new Date(rustSinds.getTime() + 100 * 24 * 3600_000).toISOString();

  // A jumps and sweeps in the request; it is killed once part of the sweep has committed.
  const eerste = verzet(a, naar).catch(() => 'afgebroken');
  await waitFor('the sweep under way', async () => (await afgehandeld()) > 0, 120_000, 20);
  await a.stop('SIGKILL');
  const bijDeKill = await afgehandeld();
  expect(await eerste).toBe('afgebroken');
  expect(bijDeKill).toBeLessThan(N);

  // B sweeps (the clock is already there; the sweep runs) while A comes back and sweeps on start.
  const [status] = await Promise.all([verzet(b, naar), a.start()]);
  expect(status).toBe(200);
  await waitFor('every first timer handled', async () => (await afgehandeld()) === N, 300_000, 200);

  const timers = (
    await pool.query(
      `SELECT volgnummer, count(*) FILTER (WHERE gevuurd_op IS NOT NULL)::int AS gevuurd, count(*) FILTER (WHERE vervallen_op IS NOT NULL)::int AS vervallen
       FROM "${schema}".heraanpak GROUP BY volgnummer ORDER BY volgnummer`,
    )
  ).rows;
  expect(timers).toEqual([
    { volgnummer: 1, gevuurd: N, vervallen: 0 },
    { volgnummer: 2, gevuurd: 0, vervallen: 0 },
  ]);
  // One history line and one event per case: nothing doubled by the kill, the second replica or the restart.
  const historie = (
    await pool.query(`SELECT casus_id, count(*)::int AS n FROM "${schema}".casus_historie WHERE actie = 'heraanpak' GROUP BY casus_id`)
  ).rows as Array<{ n: number }>;
  expect(historie).toHaveLength(N);
  expect(historie.every((rij) => rij.n === 1)).toBe(true);
  const events = await pool.query(
    `SELECT count(*)::int AS n, count(DISTINCT envelope -> 'payload' ->> 'casusId')::int AS casussen
     FROM "${schema}".outbox WHERE event_type = 'trajecten.casus.heraanpak-nodig'`,
  );
  expect(events.rows[0]).toEqual({ n: N, casussen: N });
  process.stdout.write(`heraanpak replicas: ${N} timers, ${bijDeKill} handled when A was killed, all ${N} fired once\n`);
}, 600_000);
