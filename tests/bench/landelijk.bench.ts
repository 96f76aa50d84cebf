import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DienDossierIn, topicNames } from '@sluitend/contracts';
import { alleRmcRegios } from '@sluitend/domain-nl';
import { jongereId, pseudonymKey } from '@sluitend/domain-nl/node';
import { createKafka } from '@sluitend/messaging';
import { Cohort, deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { peakRssMb, perSecond } from './measure';
import { bulkRequests, sendBulk, TokenFor } from '../support/submit';
import { benchEnv } from './bench-env';

/**
 * National-size benchmark of the 1 April deadline (issue 3): a cohort over every RMC region (`--dossiers`, default
 * 200,000) bulk-imported through overstap's HTTP API; the mbo-bound students register aanmeldingen before 1 April
 * through the aanmeldingen API (one POST each, as an mbo's intake does) except `--gemist` of them (default 10 % of the
 * dossiers, spread evenly over the country); then the demo clock moves past the end of 1 April and a kafkajs consumer
 * counts the "aanmelding gemist" signals. Asserts exact counts (signals on Kafka = mbo-bound students without
 * aanmelding, each signaalId and dossierId once) and prints the figures beside the targets. `--smoke` runs a small
 * size and fails only when a count is wrong.
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    dossiers: { type: 'string' },
    gemist: { type: 'string' },
    chunk: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '4' },
    'aanmeld-concurrency': { type: 'string', default: '16' },
    /** `api` (default): one POST per aanmelding. `db`: one INSERT into overstap's table — a shortcut for profiling runs only. */
    aanmelden: { type: 'string', default: 'api' },
    /** Keep the run's schema (for EXPLAIN and counts afterwards); drop it yourself. */
    keep: { type: 'boolean', default: false },
    /** Samples pg_stat_activity of overstap's connections every 100 ms during the sweep and prints where it waited. */
    'trace-sweep': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
});
const SMOKE = values.smoke === true;
const N = Number(values.dossiers ?? (SMOKE ? 3000 : 200_000));
const GEMIST = values.gemist === undefined ? Math.round(N / 10) : Number(values.gemist);
const CHUNK = Number(values.chunk);
const CONCURRENCY = Number(values.concurrency);
const AANMELD_CONCURRENCY = Number(values['aanmeld-concurrency']);
const AANMELDEN_VIA = values.aanmelden === 'db' ? 'db' : 'api';
const TARGETS = { dossiersPerSecond: 5000, signalsWithinS: 3, rssMb: 200 };
const SCHOOLJAAR = '2026-2027';
const OP_31_MAART = '2027-03-31T12:00:00+02:00';
const NA_1_APRIL = '2027-04-02T00:00:30+02:00';
const GEMIST_TYPE = 'overstap.deadline.aanmelding-gemist';
/** Whole country at fraction 1 is ~166k leavers (seed 7); a larger N scales the fraction up, then thins evenly. */
const LANDELIJK_BIJ_FRACTIE_1 = 160_000;

type Fase = 'import' | '31-maart' | 'aanmelden' | 'sweep';

async function main(): Promise<void> {
  const run = uniqueRun('land');
  const schema = run.schema('overstap');
  const bench = await benchEnv(run.topicPrefix);
  const { databaseUrl, brokers, token } = bench;
  const env = { ...bench.env, DEMO_MODE: 'true', DB_SCHEMA: schema };
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const overstap = new ServiceUnderTest('overstap', await freePort(), ROOT, env, join(logs, `${run.id}-overstap.log`), { production: true });
  const pool = testPool(databaseUrl);
  const kafka = createKafka('bench-landelijk', brokers.split(','));
  const consumer = kafka.consumer({ groupId: `bench-landelijk-${randomUUID()}`, maxWaitTimeInMs: 20 });
  const rss = new RssSampler();
  try {
    const generated = Date.now();
    const { dossiers, stats } = landelijkCohort(N);
    const generatedMs = Date.now() - generated;
    const onderwijsnummers = dossiers.filter((dossier) => dossier.leerling.persoonsnummer.startsWith('10')).length;
    const mbo = dossiers.filter((dossier) => dossier.keuze.bestemming === 'mbo');
    if (GEMIST > mbo.length) throw new Error(`--gemist ${GEMIST} is more than the ${mbo.length} mbo-bound students`);
    const gemist = evenlySpread(mbo.length, GEMIST);
    const aanmelders = mbo.filter((_, index) => !gemist.has(index));
    const vestigingen = new Set(dossiers.map((dossier) => dossier.school.vestiging)).size;
    process.stdout.write(
      `cohort: ${dossiers.length} dossiers from ${vestigingen} vestigingen (${stats.dossiers} generated, thinned evenly) in ${generatedMs} ms; ` +
        `${onderwijsnummers} with an onderwijsnummer; ${mbo.length} mbo-bound, ${aanmelders.length} register an aanmelding, ${GEMIST} do not\n`,
    );

    await overstap.start();
    rss.start(overstap.process.pid);
    const ops = await token({ type: 'ops', code: 'platform' }, ['ops']);

    // 1. Bulk import over HTTP, then until the outbox has published every dossier event.
    rss.fase('import');
    const requests = await bulkRequests(dossiers, token, CHUNK);
    const importStart = Date.now();
    await sendBulk(overstap.url, requests, CONCURRENCY);
    const importMs = Date.now() - importStart;
    const inDb = await count(pool, `SELECT count(*)::int AS n FROM "${schema}".dossier WHERE schooljaar = $1`, [SCHOOLJAAR]);
    if (inDb !== N) throw new Error(`${inDb} dossiers in the database, expected ${N}`);
    await outboxDrained(pool, schema);
    const importPublishedMs = Date.now() - importStart;

    // 2. The clock to 31 March (the early warnings of 1 and 15 March fire), then the aanmeldingen via the API.
    rss.fase('31-maart');
    const maart = await klok(overstap.url, ops, OP_31_MAART);
    rss.fase('aanmelden');
    const aanmeldStart = Date.now();
    if (AANMELDEN_VIA === 'api') await registreerAanmeldingen(overstap.url, token, aanmelders);
    else await aanmeldingenInDb(pool, schema, env.PSEUDONYM_KEY, aanmelders);
    const aanmeldMs = Date.now() - aanmeldStart;
    const aanmeldingen = await count(pool, `SELECT count(*)::int AS n FROM "${schema}".aanmelding WHERE schooljaar = $1`, [SCHOOLJAAR]);
    if (aanmeldingen !== aanmelders.length) throw new Error(`${aanmeldingen} aanmeldingen in the database, expected ${aanmelders.length}`);
    await outboxDrained(pool, schema);

    // 3. A consumer positioned at the topic's end (everything before is published), then the clock past 1 April.
    const topic = topicNames(run.topicPrefix, 'overstap').events;
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const signalen: Array<{ signaalId: string; dossierId: string; jongereId: string }> = [];
    let anderen = 0;
    let eersteMs = 0;
    let laatsteMs = 0;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: false });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) {
          const event = JSON.parse(message.value?.toString('utf8') ?? '{}');
          if (event.type !== GEMIST_TYPE || event.payload?.schooljaar !== SCHOOLJAAR) {
            anderen += 1;
            continue;
          }
          if (signalen.length === 0) eersteMs = Date.now();
          signalen.push({ signaalId: event.payload.signaalId, dossierId: event.payload.dossierId, jongereId: event.jongereId });
          laatsteMs = Date.now();
        }
      },
    });
    for (const { partition, offset } of offsets) consumer.seek({ topic, partition, offset });
    await joined;

    rss.fase('sweep');
    const trace = values['trace-sweep'] ? traceActivity(pool, databaseUrl) : undefined;
    const firingStart = Date.now();
    const fired = await klok(overstap.url, ops, NA_1_APRIL);
    const committedMs = Date.now() - firingStart;
    if (trace) process.stdout.write(`sweep activity (100 ms samples, overstap's active connections):\n${await trace()}\n`);
    const gevuurd = fired.gevuurd.find((f) => f.regel === 'aanmelding-gemist' && f.schooljaar === SCHOOLJAAR);
    if (!gevuurd) throw new Error(`the jump past 1 April fired ${JSON.stringify(fired.gevuurd)}, not aanmelding-gemist`);
    await waitFor(`${GEMIST} signals on Kafka`, async () => signalen.length >= GEMIST, 300_000, 20);
    const consumedMs = laatsteMs - firingStart;
    // Anything more that would still arrive (a duplicate) shows in the counts below.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    rss.stop();

    const inTabel = await count(pool, `SELECT count(*)::int AS n FROM "${schema}".signaal WHERE schooljaar = $1 AND regel = 'aanmelding-gemist'`, [
      SCHOOLJAAR,
    ]);
    const fouten: string[] = [];
    const verwacht = mbo.length - aanmelders.length;
    if (gevuurd.signalen !== verwacht) fouten.push(`the sweep reported ${gevuurd.signalen} signals, expected ${verwacht}`);
    if (inTabel !== verwacht) fouten.push(`${inTabel} signals in the signaal table, expected ${verwacht}`);
    if (signalen.length !== verwacht) fouten.push(`${signalen.length} signals on Kafka, expected ${verwacht}`);
    const distinct = (key: 'signaalId' | 'dossierId' | 'jongereId') => new Set(signalen.map((s) => s[key])).size;
    for (const key of ['signaalId', 'dossierId', 'jongereId'] as const) {
      if (distinct(key) !== signalen.length) fouten.push(`${signalen.length - distinct(key)} duplicate ${key}s on Kafka`);
    }
    // The very students without aanmelding: their pseudonyms (the run's key) against the events' jongereIds.
    const sleutel = pseudonymKey(env.PSEUDONYM_KEY);
    const verwachteJongeren = new Set([...gemist].map((index) => jongereId(mbo[index].leerling.persoonsnummer, sleutel)));
    const onterecht = signalen.filter((s) => !verwachteJongeren.has(s.jongereId)).length;
    if (onterecht > 0) fouten.push(`${onterecht} signalled students are not among the ${verwacht} without aanmelding`);

    const figures = {
      dossiers: N,
      onderwijsnummers,
      mboBound: mbo.length,
      aanmeldingen: aanmelders.length,
      gemist: verwacht,
      cohortGenerationMs: generatedMs,
      importMs,
      importPerSecond: perSecond(N, importMs),
      importPublishedPerSecond: perSecond(N, importPublishedMs),
      vroegeWaarschuwingen: maart.gevuurd,
      aanmeldenVia: AANMELDEN_VIA,
      aanmeldMs,
      aanmeldPerSecond: perSecond(aanmelders.length, aanmeldMs),
      sweepS: committedMs / 1000,
      firstSignalAfterFiringS: (eersteMs - firingStart) / 1000,
      allSignalsAfterFiringS: consumedMs / 1000,
      allSignalsAfterCommitS: (consumedMs - committedMs) / 1000,
      signalsPerSecond: perSecond(signalen.length, consumedMs),
      signalsOnKafka: signalen.length,
      otherEventsAfterSeek: anderen,
      peakRssMb: peakRssMb(overstap.process.pid),
      rssPerPhaseMb: rss.perFase,
      fouten,
    };
    report(figures);
    writeFileSync(join(logs, `landelijk-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2));
    if (fouten.length > 0) throw new Error(fouten.join('; '));
  } finally {
    rss.stop();
    await consumer.disconnect().catch(() => undefined);
    await overstap.stop();
    if (values.keep) process.stdout.write(`kept schema ${schema}\n`);
    else await dropSchemas(pool, [schema, `${schema}_jobs`]);
    await pool.end();
    await deleteRunTopics(createKafka('bench-cleanup', brokers.split(',')), run.topicPrefix);
  }
}

/**
 * Exactly `n` dossiers over the whole country: the cohort of every RMC region at a fraction that yields at least `n`
 * leavers, thinned evenly (every vestiging keeps its share).
 */
function landelijkCohort(n: number): { dossiers: DienDossierIn[]; stats: Cohort['stats'] } {
  const regios = alleRmcRegios().map((regio) => regio.code);
  let fraction = Math.max(0.001, (n / LANDELIJK_BIJ_FRACTIE_1) * 1.02);
  for (;;) {
    const cohort = generateCohort({ seed: 7, regios, schooljaar: SCHOOLJAAR, fraction });
    if (cohort.dossiers.length >= n) {
      const kies = evenlySpread(cohort.dossiers.length, n);
      return { dossiers: cohort.dossiers.filter((_, index) => kies.has(index)), stats: cohort.stats };
    }
    fraction *= 1.1;
  }
}

/** `k` of the indexes 0…n−1, evenly spread. */
function evenlySpread(n: number, k: number): Set<number> {
  const chosen = new Set<number>();
  for (let index = 0; index < n; index++) if (Math.floor(((index + 1) * k) / n) > Math.floor((index * k) / n)) chosen.add(index);
  return chosen;
}

async function klok(
  url: string,
  ops: string,
  naar: string,
): Promise<{ nu: string; gevuurd: Array<{ regel: string; schooljaar: string; signalen: number }> }> {
  const response = await fetch(`${url}/api/overstap/demo/klok`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ops}` },
    body: JSON.stringify({ naar }),
  });
  if (!response.ok) throw new Error(`moving the demo clock to ${naar} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { nu: string; gevuurd: Array<{ regel: string; schooljaar: string; signalen: number }> };
}

/**
 * Profiling shortcut (`--aanmelden db`), not the default: the same aanmeldingen as rows written straight into overstap's
 * table (no statushistorie, no events), so a sweep can be measured without the minutes of single POSTs before it.
 */
async function aanmeldingenInDb(pool: ReturnType<typeof testPool>, schema: string, key: string, dossiers: DienDossierIn[]): Promise<void> {
  const sleutel = pseudonymKey(key);
  // The table's statement trigger (the live monitor) reads the dossier unqualified: the schema on the search path.
  const client = await pool.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    await aanmeldingenMet(client, schema, sleutel, dossiers);
  } finally {
    await client.query('RESET search_path').catch(() => undefined);
    client.release();
  }
}

async function aanmeldingenMet(
  client: { query: (sql: string, parameters: unknown[]) => Promise<unknown> },
  schema: string,
  sleutel: ReturnType<typeof pseudonymKey>,
  dossiers: DienDossierIn[],
): Promise<void> {
  for (let start = 0; start < dossiers.length; start += 5000) {
    const deel = dossiers.slice(start, start + 5000);
    await client.query(
      `INSERT INTO "${schema}".aanmelding (id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, startdatum, status, aangemeld_op, op_tijd, gewijzigd_op)
       SELECT gen_random_uuid(), j, $2, b, b || '00', c, n, '2027-08-30', 'aangemeld', '2027-03-10T10:00:00+01:00', true, now()
       FROM unnest($1::text[], $3::text[], $4::text[], $5::int[]) AS t(j, b, c, n)`,
      [
        deel.map((d) => jongereId(d.leerling.persoonsnummer, sleutel)),
        SCHOOLJAAR,
        deel.map((d) => d.keuze.opleidingen[0].instelling),
        deel.map((d) => d.keuze.opleidingen[0].crebo),
        deel.map((d) => d.keuze.opleidingen[0].niveau),
      ],
    );
  }
}

/** One POST per aanmelding at the mbo each student chose first (its intake's token), `--aanmeld-concurrency` at a time. */
async function registreerAanmeldingen(url: string, token: TokenFor, dossiers: DienDossierIn[]): Promise<void> {
  const tokens = new Map<string, string>();
  for (const dossier of dossiers) {
    const brin = dossier.keuze.opleidingen[0]?.instelling;
    if (!brin) throw new Error('an mbo-bound dossier without an mbo instelling');
    if (!tokens.has(brin)) tokens.set(brin, await token({ type: 'mbo-instelling', code: brin }, ['intaker']));
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: AANMELD_CONCURRENCY }, async () => {
      while (next < dossiers.length) {
        const dossier = dossiers[next++];
        const opleiding = dossier.keuze.opleidingen[0];
        const brin = opleiding.instelling as string;
        // Spread over December–March (all before the clock's 31 March 12:00 and the deadline).
        const dag = 1 + (next % 28);
        const maand = ['12', '01', '02', '03'][next % 4];
        const jaar = maand === '12' ? '2026' : '2027';
        const response = await fetch(`${url}/api/overstap/aanmeldingen`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(brin)}` },
          body: JSON.stringify({
            persoonsnummer: dossier.leerling.persoonsnummer,
            schooljaar: SCHOOLJAAR,
            crebo: opleiding.crebo,
            niveau: opleiding.niveau,
            locatie: `${brin}00`,
            startdatum: '2027-08-30',
            aangemeldOp: `${jaar}-${maand}-${String(dag).padStart(2, '0')}T10:00:00+01:00`,
          }),
        });
        if (response.status !== 201) throw new Error(`aanmelding failed: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
      }
    }),
  );
}

async function count(pool: ReturnType<typeof testPool>, sql: string, parameters: unknown[]): Promise<number> {
  return (await pool.query(sql, parameters)).rows[0].n as number;
}

const outboxDrained = (pool: ReturnType<typeof testPool>, schema: string) =>
  waitFor(
    'the outbox published',
    async () => (await count(pool, `SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`, [])) === 0,
    600_000,
    100,
  );

/** Samples the other connections' active statements (what, wait event) until stopped; returns a summary by share. */
function traceActivity(pool: ReturnType<typeof testPool>, databaseUrl: string): () => Promise<string> {
  const database = new URL(databaseUrl).pathname.slice(1);
  const samples = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await pool.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'cpu') AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query
         FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid() AND query NOT LIKE '%pg_stat_activity%'
           AND application_name NOT LIKE 'outbox-relay%'`,
        [database],
      );
      for (const row of rows) samples.set(`${row.wait} ${row.query}`, (samples.get(`${row.wait} ${row.query}`) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return [...samples]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([key, n]) => `  ${(n / 10).toFixed(1)} s  ${key}`)
      .join('\n');
  };
}

/** Samples the service's resident set (VmRSS) every 100 ms and keeps the maximum per phase. */
class RssSampler {
  readonly perFase: Partial<Record<Fase, number>> = {};
  private huidige: Fase | null = null;
  private timer: NodeJS.Timeout | null = null;

  start(pid: number | undefined): void {
    this.timer = setInterval(() => {
      if (!pid || !this.huidige) return;
      try {
        const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (match) this.perFase[this.huidige] = Math.max(this.perFase[this.huidige] ?? 0, Math.round(Number(match[1]) / 1024));
      } catch {
        // gone
      }
    }, 100);
  }

  fase(fase: Fase): void {
    this.huidige = fase;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function report(f: {
  dossiers: number;
  onderwijsnummers: number;
  mboBound: number;
  aanmeldingen: number;
  aanmeldenVia: string;
  gemist: number;
  importPerSecond: number;
  importPublishedPerSecond: number;
  aanmeldMs: number;
  aanmeldPerSecond: number;
  sweepS: number;
  firstSignalAfterFiringS: number;
  allSignalsAfterFiringS: number;
  allSignalsAfterCommitS: number;
  signalsPerSecond: number;
  signalsOnKafka: number;
  peakRssMb: number | undefined;
  rssPerPhaseMb: Partial<Record<Fase, number>>;
  fouten: string[];
}): void {
  const mark = (ok: boolean) => (SMOKE ? '(smoke: not judged)' : ok ? 'met' : 'NOT met');
  const lines = [
    `landelijk bench: ${f.dossiers} dossiers over all RMC regions (${f.onderwijsnummers} with an onderwijsnummer), ${f.mboBound} mbo-bound`,
    `  import (bulk HTTP accepted)      ${f.importPerSecond} dossiers/s   target ≥ ${TARGETS.dossiersPerSecond}: ${mark(f.importPerSecond >= TARGETS.dossiersPerSecond)}`,
    `  import incl. outbox → Kafka      ${f.importPublishedPerSecond} dossiers/s`,
    `  aanmeldingen (${f.aanmeldenVia === 'api' ? 'single POSTs' : 'DB SHORTCUT'})${f.aanmeldenVia === 'api' ? '     ' : '      '} ${f.aanmeldingen} in ${(f.aanmeldMs / 1000).toFixed(1)} s = ${f.aanmeldPerSecond}/s`,
    `  sweep (firing → commit)          ${f.sweepS.toFixed(2)} s for ${f.gemist} missed-1-April signals`,
    `  first signal consumed            ${f.firstSignalAfterFiringS.toFixed(2)} s after firing`,
    `  all signals consumed             ${f.allSignalsAfterFiringS.toFixed(2)} s after firing (${f.allSignalsAfterCommitS.toFixed(2)} s after commit)   target ≤ ${TARGETS.signalsWithinS}: ${mark(f.allSignalsAfterFiringS <= TARGETS.signalsWithinS)}`,
    `  signals/s (firing → last)        ${f.signalsPerSecond}`,
    `  counts                           ${f.signalsOnKafka} on Kafka, expected ${f.gemist}: ${f.fouten.length === 0 ? 'exact, no duplicates' : f.fouten.join('; ')}`,
    `  peak RSS overstap                ${f.peakRssMb} MB (per phase: ${Object.entries(f.rssPerPhaseMb)
      .map(([fase, mb]) => `${fase} ${mb}`)
      .join(', ')})   target ≤ ${TARGETS.rssMb}: ${mark((f.peakRssMb ?? Infinity) <= TARGETS.rssMb)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed${SMOKE ? ' (smoke)' : ''}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
