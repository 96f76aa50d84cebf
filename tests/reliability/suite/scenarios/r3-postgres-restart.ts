import { Pool } from 'pg';
import { PrivatePostgres, uniqueRun, waitFor } from '@sluitend/testing';
import { cleanup } from '../cleanup';
import { count, EventLoad, settle } from '../event-load';
import { Fleet } from '../fleet';
import { probeFor, probeReady } from '../probe';
import { fmt, note, Scenario, secondsSince } from '../scenario';

const SIZES = { smoke: { events: 2_000, perSecond: 150, downMs: 5_000 }, full: { events: 20_000, perSecond: 400, downMs: 20_000 } };
const READY_LIMIT_MS = 30_000;
const DATABASE = 'sluitend_r3';

/**
 * R3: a private PostgreSQL cluster (infra/local) holding the producer's outbox and both consumers' schemas is
 * stopped for a while and started again while events stream in: `/health/ready` answers 503 problem+json naming the
 * database, fast, while it is away; every replica is ready again within 30 s; nothing is lost or applied twice.
 */
export const r3: Scenario = {
  id: 'R3',
  fault: 'PostgreSQL restart under load',
  run: async (context) => {
    const { events, perSecond, downMs } = SIZES[context.size];
    const run = uniqueRun('r3');
    const postgres: PrivatePostgres = await context.privatePostgres();
    const databaseUrl = postgres.url(DATABASE);
    const pool = new Pool({ connectionString: databaseUrl, max: 3 });
    pool.on('error', () => undefined);
    const load = new EventLoad(context.kafka, databaseUrl, run.id, run.topicPrefix);
    const fleet = new Fleet({
      auth: context.auth,
      root: context.root,
      runId: run.id,
      databaseUrl,
      brokers: context.brokers,
      topicPrefix: run.topicPrefix,
    });
    const started = Date.now();
    try {
      await load.start();
      const services = [await fleet.service('rapportage', 1), await fleet.service('notificaties', 1)];
      await fleet.start();
      const applied = (schema: string) => count(pool, `SELECT count(*) AS n FROM "${schema}".applied`);
      const writing = load.write(events, perSecond);
      await waitFor('a quarter applied', async () => (await applied(services[1].schema)) >= events / 4, 300_000, 100);

      let whileDown: Awaited<ReturnType<typeof probeFor>> = [];
      const downAt = Date.now();
      await postgres.restart(async () => {
        note(`R3: PostgreSQL down; probing readiness for ${downMs / 1000} s`);
        whileDown = await probeFor(fleet.replicas, downMs);
      });
      const upAt = Date.now();
      note(`R3: PostgreSQL back after ${secondsSince(downAt)} s`);
      const readyAfter = await Promise.all(
        fleet.replicas.map(async (replica) => {
          await waitFor(`${replica.name} ready`, async () => (await probeReady(replica)).status === 200, 120_000, 100);
          return Date.now() - upAt;
        }),
      );
      await writing;
      const results = await Promise.all(services.map((service) => settle(pool, load.schema, service.schema, 300_000)));
      const lost = results.reduce((sum, result) => sum + result.lost, 0);
      const twice = results.reduce((sum, result) => sum + result.twice, 0);
      const down503 = whileDown.filter(
        (sample) => sample.status === 503 && sample.type?.includes('application/problem+json') && /^database: /.test(sample.detail ?? ''),
      );
      const slowest = Math.max(0, ...whileDown.map((sample) => sample.ms));
      const reason = down503[0]?.detail ?? '(none)';
      const crashes = fleet.services.reduce((sum, service) => sum + service.crashes, 0);
      const pass =
        lost === 0 &&
        twice === 0 &&
        readyAfter.every((ms) => ms <= READY_LIMIT_MS) &&
        whileDown.length > 0 &&
        down503.length === whileDown.length &&
        slowest < 2000 &&
        crashes === 0;
      return {
        size: `${fmt(results[0].sent)} events × 2 consumers, PostgreSQL away ${Math.round((upAt - downAt) / 1000)} s`,
        result:
          `lost ${lost}, applied twice ${twice}; ready again after ${(Math.max(...readyAfter) / 1000).toFixed(1)} s (limit 30 s); ` +
          `while down ${down503.length}/${whileDown.length} × 503 problem+json, slowest ${slowest} ms, e.g. "${reason}"` +
          `${load.writeFailures ? `; ${load.writeFailures} producer write(s) retried` : ''}${crashes ? `; ${crashes} crash restart(s)` : ''}`,
        verdict: pass ? 'PASS' : 'FAIL',
        seconds: secondsSince(started),
      };
    } finally {
      await cleanup({ fleet, load, pool, kafka: context.kafka, topicPrefix: run.topicPrefix });
      await pool.end().catch(() => undefined);
    }
  },
};
