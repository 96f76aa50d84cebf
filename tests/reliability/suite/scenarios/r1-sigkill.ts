import { uniqueRun, waitFor } from '@sluitend/testing';
import { cleanup } from '../cleanup';
import { count, EventLoad, settle } from '../event-load';
import { Fleet } from '../fleet';
import { fmt, note, Scenario, secondsSince } from '../scenario';

const SIZES = { smoke: { events: 3_000, kills: 2, perSecond: 500 }, full: { events: 50_000, kills: 10, perSecond: 700 } };

/**
 * R1: each consuming service is SIGKILLed `kills` times while `events` events stream in (each kill when it has
 * applied the next share of them, so mid-batch) and started again at once: every event applied exactly once.
 */
export const r1: Scenario = {
  id: 'R1',
  fault: 'SIGKILL each consumer during the stream',
  run: async (context) => {
    const { events, kills, perSecond } = SIZES[context.size];
    const run = uniqueRun('r1');
    const load = new EventLoad(context.kafka, context.databaseUrl, run.id, run.topicPrefix);
    const fleet = new Fleet({
      auth: context.auth,
      root: context.root,
      runId: run.id,
      databaseUrl: context.databaseUrl,
      brokers: context.brokers,
      topicPrefix: run.topicPrefix,
      env: { APPLY_DELAY_MS: '1' },
    });
    const started = Date.now();
    try {
      await load.start();
      const services = [await fleet.service('rapportage', 1), await fleet.service('notificaties', 1)];
      await fleet.start();
      const writing = load.write(events, perSecond);
      const killed = new Map<string, number[]>();
      await Promise.all([
        writing,
        ...services.map(async (service) => {
          const at: number[] = [];
          killed.set(service.role, at);
          for (let k = 1; k <= kills; k += 1) {
            const threshold = Math.floor((events * k) / (kills + 1));
            const applied = await waitFor(
              `${service.role} past ${threshold}`,
              async () => {
                const n = await count(context.pool, `SELECT count(*) AS n FROM "${service.schema}".applied`);
                return n >= threshold ? n : undefined;
              },
              600_000,
              50,
            );
            await service.replicas[0].restart('SIGKILL');
            at.push(applied);
            note(`R1 ${service.role}: SIGKILL ${k}/${kills} at ${applied} applied`);
          }
        }),
      ]);
      const results = await Promise.all(services.map((service) => settle(context.pool, load.schema, service.schema, 600_000)));
      const pass =
        results.every((result) => result.lost === 0 && result.twice === 0 && result.sent === events) &&
        [...killed.values()].every((at) => at.length === kills) &&
        services.every((service) => service.crashes === 0);
      const lost = results.reduce((sum, result) => sum + result.lost, 0);
      const twice = results.reduce((sum, result) => sum + result.twice, 0);
      const per = services
        .map(
          (service, i) =>
            `${service.role} ${fmt(results[i].applied)}/${fmt(results[i].sent)} applied, ${killed.get(service.role)?.length}× killed${service.crashes ? `, ${service.crashes} crash(es)` : ''}`,
        )
        .join('; ');
      return {
        size: `${fmt(events)} events × 2 consumers, ${kills} SIGKILLs each`,
        result: `lost ${lost}, applied twice ${twice} (${per})`,
        verdict: pass ? 'PASS' : 'FAIL',
        seconds: secondsSince(started),
      };
    } finally {
      await cleanup({ fleet, load, pool: context.pool, kafka: context.kafka, topicPrefix: run.topicPrefix });
    }
  },
};
