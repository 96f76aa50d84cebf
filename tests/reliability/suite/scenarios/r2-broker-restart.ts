import { createKafka } from '@sluitend/messaging';
import { PrivateBroker, uniqueRun, waitFor } from '@sluitend/testing';
import { cleanup } from '../cleanup';
import { count, EventLoad, settle } from '../event-load';
import { Fleet } from '../fleet';
import { probeFor } from '../probe';
import { fmt, note, Scenario, secondsSince } from '../scenario';

const SIZES = { smoke: { events: 2_000, perSecond: 150, downMs: 5_000 }, full: { events: 20_000, perSecond: 400, downMs: 20_000 } };
const RESUME_LIMIT_MS = 30_000;

/**
 * R2: a private broker is stopped for a while and started again while events stream in: nothing is lost or applied
 * twice, `/health/ready` stays 200 and fast while Kafka is away, and each consumer applies events again within 30 s
 * of the broker being back.
 */
export const r2: Scenario = {
  id: 'R2',
  fault: 'Kafka broker restart under load',
  run: async (context) => {
    const { events, perSecond, downMs } = SIZES[context.size];
    const run = uniqueRun('r2');
    const broker: PrivateBroker = await context.privateBroker();
    const kafka = createKafka('reliability-r2', [broker.brokers]);
    const load = new EventLoad(kafka, context.databaseUrl, run.id, run.topicPrefix);
    const fleet = new Fleet({
      auth: context.auth,
      root: context.root,
      runId: run.id,
      databaseUrl: context.databaseUrl,
      brokers: broker.brokers,
      topicPrefix: run.topicPrefix,
    });
    const started = Date.now();
    try {
      await load.start();
      const services = [await fleet.service('rapportage', 1), await fleet.service('notificaties', 1)];
      await fleet.start();
      const applied = (schema: string) => count(context.pool, `SELECT count(*) AS n FROM "${schema}".applied`);
      const writing = load.write(events, perSecond);
      await waitFor('a quarter applied', async () => (await applied(services[1].schema)) >= events / 4, 300_000, 100);

      let whileDown: Awaited<ReturnType<typeof probeFor>> = [];
      const downAt = Date.now();
      await broker.restart(async () => {
        note(`R2: broker down; probing readiness for ${downMs / 1000} s`);
        whileDown = await probeFor(fleet.replicas, downMs);
      });
      const upAt = Date.now();
      note(`R2: broker back after ${secondsSince(downAt)} s`);
      // Work for after the restart, whatever the writer already did.
      const after = load.write(Math.ceil(events / 10), perSecond);
      const baseline = await Promise.all(services.map((service) => applied(service.schema)));
      const resumed = await Promise.all(
        services.map(async (service, i) => {
          await waitFor(`${service.role} to apply again`, async () => (await applied(service.schema)) > baseline[i], 120_000, 100);
          return Date.now() - upAt;
        }),
      );
      await Promise.all([writing, after]);
      const results = await Promise.all(services.map((service) => settle(context.pool, load.schema, service.schema, 300_000)));
      const lost = results.reduce((sum, result) => sum + result.lost, 0);
      const twice = results.reduce((sum, result) => sum + result.twice, 0);
      const readyOk = whileDown.length > 0 && whileDown.every((sample) => sample.status === 200);
      const slowest = Math.max(0, ...whileDown.map((sample) => sample.ms));
      const crashes = fleet.services.reduce((sum, service) => sum + service.crashes, 0);
      const pass = lost === 0 && twice === 0 && resumed.every((ms) => ms <= RESUME_LIMIT_MS) && readyOk && slowest < 1000 && crashes === 0;
      return {
        size: `${fmt(results[0].sent)} events × 2 consumers, broker away ${Math.round((upAt - downAt) / 1000)} s`,
        result:
          `lost ${lost}, applied twice ${twice}; resumed after ${resumed.map((ms, i) => `${services[i].role} ${(ms / 1000).toFixed(1)} s`).join(', ')} (limit 30 s); ` +
          `/health/ready while down: ${whileDown.filter((sample) => sample.status === 200).length}/${whileDown.length} × 200, slowest ${slowest} ms` +
          `${crashes ? `; ${crashes} consumer crash restart(s)` : ''}`,
        verdict: pass ? 'PASS' : 'FAIL',
        seconds: secondsSince(started),
      };
    } finally {
      await cleanup({ fleet, load, pool: context.pool, kafka, topicPrefix: run.topicPrefix });
    }
  },
};
