import { uniqueRun, waitFor } from '@sluitend/testing';
import { cleanup } from '../cleanup';
import { count, EventLoad, settle } from '../event-load';
import { FixtureService, Fleet } from '../fleet';
import { fmt, note, Scenario, secondsSince } from '../scenario';

const SIZES = { smoke: { events: 1_500, termijnen: 600 }, full: { events: 10_000, termijnen: 4_000 } };

type SweepOutcome = { effects: number; distinct: number; fired: number; atRestart: number; signal: string; sweepers: number };

/**
 * R5: two replicas of each consuming service, each also running the service's sweeper; due work for both replicas to
 * sweep and events to consume; the replica sweeping at that moment is restarted mid-sweep (rapportage: SIGKILL,
 * notificaties: SIGTERM). Every due row has its effect exactly once, every event is applied exactly once.
 */
export const r5: Scenario = {
  id: 'R5',
  fault: '2 replicas of consumer + sweeper, one restarted mid-sweep',
  run: async (context) => {
    const { events, termijnen } = SIZES[context.size];
    const run = uniqueRun('r5');
    const load = new EventLoad(context.kafka, context.databaseUrl, run.id, run.topicPrefix);
    const fleet = new Fleet({
      auth: context.auth,
      root: context.root,
      runId: run.id,
      databaseUrl: context.databaseUrl,
      brokers: context.brokers,
      topicPrefix: run.topicPrefix,
      env: { SWEEP_BATCH_SIZE: '20', SWEEP_DELAY_MS: '60', APPLY_DELAY_MS: '1' },
    });
    const started = Date.now();
    try {
      await load.start();
      const services = [await fleet.service('rapportage', 2), await fleet.service('notificaties', 2)];
      await fleet.start();
      const writing = load.write(events, 300);
      const sweeps = await Promise.all(
        services.map((service, i) => sweepAndRestart(context.pool, service, termijnen, i === 0 ? 'SIGKILL' : 'SIGTERM')),
      );
      await writing;
      const results = await Promise.all(services.map((service) => settle(context.pool, load.schema, service.schema, 300_000)));
      const lost = results.reduce((sum, result) => sum + result.lost, 0);
      const twice = results.reduce((sum, result) => sum + result.twice, 0);
      const sweepOk = sweeps.every(
        (sweep) => sweep.effects === termijnen && sweep.distinct === termijnen && sweep.fired === termijnen && sweep.atRestart < termijnen,
      );
      const crashes = services.reduce((sum, service) => sum + service.crashes, 0);
      const pass = lost === 0 && twice === 0 && sweepOk && crashes === 0;
      return {
        size: `${fmt(events)} events + ${fmt(termijnen)} due rows per service, 2 replicas each`,
        result:
          `events: lost ${lost}, twice ${twice}; due rows: ` +
          services
            .map((service, i) => {
              const sweep = sweeps[i];
              return `${service.role} ${fmt(sweep.effects)} effects for ${fmt(sweep.distinct)}/${fmt(termijnen)} rows by ${sweep.sweepers} replica(s), ${sweep.signal} at ${fmt(sweep.atRestart)}`;
            })
            .join('; ') +
          (crashes ? `; ${crashes} crash restart(s)` : ''),
        verdict: pass ? 'PASS' : 'FAIL',
        seconds: secondsSince(started),
      };
    } finally {
      await cleanup({ fleet, load, pool: context.pool, kafka: context.kafka, topicPrefix: run.topicPrefix });
    }
  },
};

/** Schedules due rows through both replicas, restarts the one sweeping once a quarter is done, waits until all fired. */
async function sweepAndRestart(pool: import('pg').Pool, service: FixtureService, termijnen: number, signal: NodeJS.Signals): Promise<SweepOutcome> {
  const effects = () => count(pool, `SELECT count(*) AS n FROM "${service.schema}".effect`);
  await Promise.all(
    service.replicas.map(async (replica, i) => {
      const aantal = i === 0 ? Math.ceil(termijnen / 2) : Math.floor(termijnen / 2);
      const response = await fetch(`${replica.url}/api/${service.role}/fixture/termijnen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ aantal }),
      });
      if (response.status !== 202) throw new Error(`scheduling termijnen on ${replica.name}: ${response.status} ${await response.text()}`);
    }),
  );
  const atRestart = await waitFor(
    `${service.role} a quarter swept`,
    async () => {
      const n = await effects();
      return n >= termijnen / 4 ? n : undefined;
    },
    180_000,
    50,
  );
  const { rows } = await pool.query<{ replica: string }>(`SELECT replica FROM "${service.schema}".effect ORDER BY at DESC LIMIT 1`);
  const sweeping = service.replicas.find((replica) => replica.name === rows[0].replica) ?? service.replicas[0];
  note(`R5 ${service.role}: ${signal} ${sweeping.name} mid-sweep at ${atRestart}/${termijnen}`);
  await sweeping.restart(signal);
  await waitFor(
    `${service.role} all termijnen fired`,
    async () => (await count(pool, `SELECT count(*) AS n FROM "${service.schema}".termijn WHERE fired_at IS NULL`)) === 0,
    300_000,
    250,
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const [row] = (
    await pool.query<{ effects: number; distinct: number; fired: number; sweepers: number }>(
      `SELECT (SELECT count(*)::int FROM "${service.schema}".effect) AS effects,
              (SELECT count(DISTINCT termijn_id)::int FROM "${service.schema}".effect) AS distinct,
              (SELECT count(*)::int FROM "${service.schema}".termijn WHERE fired_at IS NOT NULL) AS fired,
              (SELECT count(DISTINCT replica)::int FROM "${service.schema}".effect) AS sweepers`,
    )
  ).rows;
  return { ...row, atRestart, signal };
}
