import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Envelope } from '@sluitend/contracts';
import { createKafka, ensureTopics } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { peakRssMb, perSecond } from './measure';
import { publishSignalen } from '../support/signalen';
import { benchEnv } from './bench-env';

/**
 * Benchmark of trajecten (issue 13 "Done means"). Phase 1: N signals that open a case (overstap's
 * geen-herinschrijving, one distinct person each, over six woonregio's) published to overstap's stream as overstap
 * does, timed from the first send until every case is committed (the bench polls the case count) → cases/s.
 * Phase 2: M of those cases are put to rest (afgewezen, as the status step writes it: status, history line) with
 * their two re-approach timers (3 and 6 months, as PlanHeraanpak plans them) straight in the database; then the demo
 * clock jumps past the first moment and trajecten's sweeper fires M timers in the request (`POST /demo/klok` sweeps
 * before it answers) → seconds; every first timer fired exactly once, none of the second. Prints the service's peak
 * RSS beside the target (≤ 200 MB). `--smoke` runs a small size (< 60 s) and fails only when a case or a firing is
 * missing or doubled. `BENCH_NODE_OPTIONS=--cpu-prof` profiles the service (the profile lands in the working dir).
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    signalen: { type: 'string' },
    timers: { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});
const N = Number(values.signalen ?? (values.smoke ? 5_000 : 100_000));
const M = Math.min(N, Number(values.timers ?? (values.smoke ? 2_500 : 50_000)));
const TARGETS = { rssMb: 200 };
const REGIOS = ['MC01', 'MC03', 'MC07', 'MC10', 'MC20', 'MC30'];
const OPS = { type: 'ops', code: 'platform' } as const;

/** overstap.deadline.geen-herinschrijving about a new person (a signal that opens a case by default). */
function geenHerinschrijving(rmcRegio: string): Envelope {
  return {
    id: randomUUID(),
    type: 'overstap.deadline.geen-herinschrijving',
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'overstap',
    jongereId: randomBytes(32).toString('base64url'),
    correlationId: 'bench',
    context: { schooljaar: '2026-2027', woongemeente: 'GM0014', rmcRegio, minderjarig: false },
    payload: { signaalId: randomUUID(), schooljaar: '2026-2027', uitgeschrevenPer: '2027-01-15', termijnWeken: 4 },
  };
}

async function main(): Promise<void> {
  const run = uniqueRun('tbench');
  const schema = run.schema('trajecten');
  const { databaseUrl, brokers, env, token } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const trajecten = new ServiceUnderTest(
    'trajecten',
    await freePort(),
    ROOT,
    {
      ...env,
      DB_SCHEMA: schema,
      DEMO_MODE: 'true',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? env.LOG_LEVEL,
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    },
    join(logs, `${run.id}-trajecten.log`),
    { production: true },
  );
  const pool = testPool(databaseUrl);
  const kafka = createKafka('bench-trajecten', brokers.split(','));
  const producer = kafka.producer();
  try {
    // overstap's stream exists before trajecten subscribes to it, as in a running platform.
    await ensureTopics(kafka, run.topicPrefix, 12);
    await Promise.all([trajecten.start(), producer.connect()]);
    const casussen = async () => (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".casus`)).rows[0].n as number;

    // Phase 1: signals → cases.
    const started = Date.now();
    for (let i = 0; i < N; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, N - i) }, (_, k) => geenHerinschrijving(REGIOS[(i + k) % REGIOS.length]));
      await publishSignalen(producer, run.topicPrefix, batch);
    }
    const publishedMs = Date.now() - started;
    await waitFor(`${N} cases`, async () => (await casussen()) >= N, Math.max(120_000, N * 50), 200);
    const casesMs = Date.now() - started;
    const aantal = await casussen();
    if (aantal !== N) throw new Error(`${aantal} cases for ${N} signals (one each expected)`);
    const rssNaSignalen = peakRssMb(trajecten.process.pid);

    // Phase 2: M cases at rest since an hour ago, their timers due 3 and 6 months later.
    const rustSinds = new Date(Date.now() - 3600_000);
    const ids = (await pool.query(`SELECT id FROM "${schema}".casus ORDER BY id LIMIT $1`, [M])).rows.map((r: { id: string }) => r.id);
    await pool.query(`UPDATE "${schema}".casus SET status = 'afgewezen', gewijzigd_op = $2 WHERE id = ANY($1::uuid[])`, [ids, rustSinds]);
    await pool.query(
      `INSERT INTO "${schema}".casus_historie (casus_id, actie, van_status, naar_status, door, op)
       SELECT id, 'afwijzen', 'aangemeld', 'afgewezen', 'bench', $2 FROM unnest($1::uuid[]) AS id`,
      [ids, rustSinds],
    );
    await pool.query(
      `INSERT INTO "${schema}".heraanpak (casus_id, sleutel, volgnummer, maanden, rust_sinds, due_at)
       SELECT id, $2::bigint || '-' || m.volgnummer, m.volgnummer, m.maanden, $3::timestamptz, $3::timestamptz + make_interval(months => m.maanden)
       FROM unnest($1::uuid[]) AS id CROSS JOIN (VALUES (1, 3), (2, 6)) AS m (volgnummer, maanden)`,
      [ids, rustSinds.getTime(), rustSinds],
    );
    await pool.query(`ANALYZE "${schema}".heraanpak`);
    const naar = new Date(rustSinds.getTime() + 100 * 24 * 3600_000).toISOString();
    const bearer = await token(OPS, ['ops']);
    const sweepStart = Date.now();
    const response = await fetch(`${trajecten.url}/api/trajecten/demo/klok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ naar }),
      signal: AbortSignal.timeout(30 * 60_000),
    });
    if (!response.ok) throw new Error(`POST demo/klok: ${response.status} ${(await response.text()).slice(0, 500)}`);
    const klok = (await response.json()) as { gevuurd: Array<{ werk?: string; gevuurd?: number }> };
    const gemeld = klok.gevuurd.filter((g) => g.werk === 'heraanpak').reduce((som, g) => som + (g.gevuurd ?? 0), 0);
    // The service's own sweeper may take part in the jump's sweep (rows it holds are skipped by the request's).
    const afgehandeld = async () =>
      (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".heraanpak WHERE gevuurd_op IS NOT NULL OR vervallen_op IS NOT NULL`)).rows[0]
        .n as number;
    await waitFor(`${M} timers fired`, async () => (await afgehandeld()) >= M, 600_000, 100);
    const sweepMs = Date.now() - sweepStart;
    const { rows } = await pool.query(
      `SELECT volgnummer, count(*) FILTER (WHERE gevuurd_op IS NOT NULL)::int AS gevuurd, count(*) FILTER (WHERE vervallen_op IS NOT NULL)::int AS vervallen
       FROM "${schema}".heraanpak GROUP BY volgnummer ORDER BY volgnummer`,
    );
    const historie = (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".casus_historie WHERE actie = 'heraanpak'`)).rows[0].n as number;
    const figures = {
      signalen: N,
      publishedMs,
      casesSeconds: Number((casesMs / 1000).toFixed(1)),
      casesPerSecond: perSecond(N, casesMs),
      peakRssAfterSignalsMb: rssNaSignalen,
      timers: M,
      sweepSeconds: Number((sweepMs / 1000).toFixed(1)),
      timersPerSecond: perSecond(M, sweepMs),
      firedInRequest: gemeld,
      peakRssMb: peakRssMb(trajecten.process.pid),
    };
    report(figures);
    writeFileSync(join(logs, `trajecten-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2));
    const [eerste, tweede] = rows as Array<{ volgnummer: number; gevuurd: number; vervallen: number }>;
    if (eerste?.gevuurd !== M || eerste.vervallen !== 0 || historie !== M) {
      throw new Error(`the sweep fired ${eerste?.gevuurd} first timers (${eerste?.vervallen} lapsed, ${historie} history lines) of ${M}`);
    }
    if (tweede?.gevuurd !== 0 || tweede.vervallen !== 0) throw new Error(`second timers touched before their moment: ${JSON.stringify(tweede)}`);
  } finally {
    await producer.disconnect();
    await trajecten.stop();
    await dropSchemas(pool, [schema, `${schema}_jobs`]);
    await pool.end();
    await deleteRunTopics(kafka, run.topicPrefix);
  }
}

function report(f: {
  signalen: number;
  publishedMs: number;
  casesSeconds: number;
  casesPerSecond: number;
  peakRssAfterSignalsMb: number | undefined;
  timers: number;
  sweepSeconds: number;
  timersPerSecond: number;
  firedInRequest: number;
  peakRssMb: number | undefined;
}): void {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = [
    `trajecten bench: overstap signals on Kafka → cases; a demo clock jump → the re-approach sweep`,
    `  ${f.signalen} signals (published in ${f.publishedMs} ms) → ${f.signalen} cases in ${f.casesSeconds} s: ${f.casesPerSecond} cases/s (peak RSS so far ${f.peakRssAfterSignalsMb} MB)`,
    `  sweep of ${f.timers} due re-approach timers: ${f.sweepSeconds} s (${f.timersPerSecond} timers/s; ${f.firedInRequest} in the clock request itself), each fired once`,
    `  peak RSS trajecten ${f.peakRssMb} MB   target ≤ ${TARGETS.rssMb}: ${mark((f.peakRssMb ?? Infinity) <= TARGETS.rssMb)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed${values.smoke ? ' (smoke)' : ''}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
