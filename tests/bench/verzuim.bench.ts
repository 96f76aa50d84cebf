import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun } from '@sluitend/testing';
import { cpuMs, peakRssMb, perSecond } from './measure';
import { benchEnv } from './bench-env';

/**
 * Benchmark of verzuim's intake: S students × D absence records (one per lesdag, each saying something), evaluated
 * against the legal thresholds (history read, domain core, meldingen stored with their outbox events).
 * `--bron import` (default): the records streamed as CSV files of at most 500,000 rows into the import job
 * (POST /absenties/imports; made lazily here, never held whole on either side), timed until every job is klaar.
 * `--bron bulk`: the bulk JSON API in requests of up to 10,000 records, each evaluated in its transaction.
 * Prints records per second, the meldingen produced and the service's peak RSS beside the targets of issue 14;
 * `--smoke` runs a small size and fails only when a request or job fails or the expected meldingen are missing.
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    leerlingen: { type: 'string' },
    dagen: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    bron: { type: 'string', default: 'import' },
    smoke: { type: 'boolean', default: false },
  },
});
const S = Number(values.leerlingen ?? (values.smoke ? 500 : 10_000));
const D = Number(values.dagen ?? (values.smoke ? 40 : 100));
const CONCURRENCY = Number(values.concurrency);
const PER_VERZOEK = 10_000;
const BRON = values.bron === 'bulk' ? 'bulk' : 'import';
const PER_BESTAND = 500_000;
const TARGETS = { recordsPerSecond: 20_000, rssMb: 200 };
const SCHOOL = { type: 'vo-school', code: '99ZZ' } as const;

/** A fictional school's calendar (not national dates). */
const KALENDER = {
  vakanties: [
    { naam: 'zomervakantie', van: '2025-07-12', totEnMet: '2025-08-24' },
    { naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' },
    { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
    { naam: 'voorjaarsvakantie', van: '2026-02-21', totEnMet: '2026-03-01' },
    { naam: 'meivakantie', van: '2026-04-25', totEnMet: '2026-05-03' },
    { naam: 'zomervakantie', van: '2026-07-11', totEnMet: '2026-08-23' },
  ],
  vrijeDagen: ['2026-04-03', '2026-05-15'],
};

/** The school's lesdagen from 25 August 2025 (Monday–Friday outside the vacations and free days, no public holiday before the count is reached). */
function lesdagen(aantal: number): string[] {
  const vrij = (datum: string) => KALENDER.vakanties.some((v) => datum >= v.van && datum <= v.totEnMet) || KALENDER.vrijeDagen.includes(datum);
  const feestdagen = new Set([
    '2025-12-25',
    '2025-12-26',
    '2026-01-01',
    '2026-04-05',
    '2026-04-06',
    '2026-04-27',
    '2026-05-05',
    '2026-05-14',
    '2026-05-24',
    '2026-05-25',
  ]);
  const dagen: string[] = [];
  for (let d = new Date('2025-08-25T00:00:00Z'); dagen.length < aantal; d.setUTCDate(d.getUTCDate() + 1)) {
    const datum = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !vrij(datum) && !feestdagen.has(datum)) dagen.push(datum);
  }
  return dagen;
}

type Absentie = { persoonsnummer: string; datum: string; ongeoorloofd?: number; ziek?: number; teLaat?: number; alleLessenGemist?: boolean };

/**
 * One student's records: every tenth student 4 hours ongeoorloofd on 20 consecutive lesdagen (16 uur every 4 days:
 * a melding, then one per 7 calendar days), the others a late arrival or an hour ill now and then.
 */
function records(persoonsnummer: string, index: number, dagen: readonly string[], rng: () => number): Absentie[] {
  return dagen.map((datum, d) => {
    if (index % 10 === 0 && d >= 10 && d < 30) return { persoonsnummer, datum, ongeoorloofd: 4 };
    return rng() < 0.1 ? { persoonsnummer, datum, ziek: 1 } : { persoonsnummer, datum, teLaat: 1 };
  });
}

async function main(): Promise<void> {
  const run = uniqueRun('vbench');
  const schema = run.schema('verzuim');
  const { databaseUrl, brokers, env, token } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const verzuim = new ServiceUnderTest(
    'verzuim',
    await freePort(),
    ROOT,
    {
      ...env,
      DB_SCHEMA: schema,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? env.LOG_LEVEL,
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
    },
    join(logs, `${run.id}-verzuim.log`),
    { production: true },
  );
  const pool = testPool(databaseUrl);
  try {
    await verzuim.start();
    const bearer = await token(SCHOOL, ['schooladministratie']);
    const post = async (path: string, body: unknown, method = 'POST') => {
      const response = await fetch(`${verzuim.url}/api/verzuim/${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${(await response.text()).slice(0, 500)}`);
      return response.json() as Promise<{ meldingen?: { nieuw: string[] } }>;
    };
    await post('kalenders/2025-2026', KALENDER, 'PUT');
    const rng = mulberry32(14);
    // Distinct test BSNs (the test range holds about 80,000).
    const uniek = new Set<string>();
    while (uniek.size < S) uniek.add(generateTestBsn(rng));
    const bsns = [...uniek];
    for (let i = 0; i < S; i += PER_VERZOEK) {
      const leerlingen = bsns.slice(i, i + PER_VERZOEK).map((persoonsnummer) => ({
        persoonsnummer,
        geboortedatum: '2011-03-01',
        woongemeente: 'GM0014',
        onderwijstype: 'havo',
        ingeschrevenPer: '2025-08-25',
      }));
      await post('leerlingen/bulk', { leerlingen });
    }
    const dagen = lesdagen(D);
    const started = Date.now();
    const cpuVoor = cpuMs(verzuim.process.pid);
    const { totaal, nieuw } = BRON === 'bulk' ? await bulk(post, bsns, dagen, rng) : await importeer(verzuim.url, bearer, bsns, dagen, rng);
    const ms = Date.now() - started;
    const cpuNa = cpuMs(verzuim.process.pid);
    const meldingen = (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".verzuimmelding`)).rows[0].n as number;
    const figures = {
      leerlingen: S,
      records: totaal,
      seconds: Number((ms / 1000).toFixed(1)),
      recordsPerSecond: perSecond(totaal, ms),
      meldingen,
      peakRssMb: peakRssMb(verzuim.process.pid),
      serviceCpuSeconds: cpuVoor === undefined || cpuNa === undefined ? undefined : Number(((cpuNa - cpuVoor) / 1000).toFixed(1)),
    };
    report(figures);
    writeFileSync(join(logs, `verzuim-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2));
    // Every tenth student reaches 16 hours at least once (when the run has the days for it).
    const verwacht = D >= 14 ? Math.ceil(S / 10) : 0;
    if (meldingen < verwacht || nieuw !== meldingen) {
      throw new Error(`expected at least ${verwacht} meldingen, one per answer: stored ${meldingen}, answered ${nieuw}`);
    }
  } finally {
    await verzuim.stop();
    await dropSchemas(pool, [schema, `${schema}_jobs`]);
    await pool.end();
    await deleteRunTopics(createKafka('bench-cleanup', brokers.split(',')), run.topicPrefix);
  }
}

type Post = (path: string, body: unknown, method?: string) => Promise<{ meldingen?: { nieuw: string[] } }>;

/** The bulk JSON API: requests of up to 10,000 records, CONCURRENCY at a time. */
async function bulk(post: Post, bsns: readonly string[], dagen: readonly string[], rng: () => number): Promise<{ totaal: number; nieuw: number }> {
  const perVerzoek = Math.max(1, Math.floor(PER_VERZOEK / D));
  const verzoeken: Absentie[][] = [];
  for (let i = 0; i < S; i += perVerzoek) verzoeken.push(bsns.slice(i, i + perVerzoek).flatMap((bsn, j) => records(bsn, i + j, dagen, rng)));
  let volgende = 0;
  let nieuw = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (volgende < verzoeken.length) {
        const antwoord = await post('absenties/bulk', { absenties: verzoeken[volgende++] });
        nieuw += antwoord.meldingen?.nieuw.length ?? 0;
      }
    }),
  );
  return { totaal: verzoeken.reduce((n, v) => n + v.length, 0), nieuw };
}

const KOP = 'bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek;te_laat\n';

/** One CSV file of students `van`…`tot`, made lazily in chunks of one student's rows (about 3 KB each). */
async function* csv(bsns: readonly string[], van: number, tot: number, dagen: readonly string[], rng: () => number): AsyncGenerator<Buffer> {
  yield Buffer.from(KOP);
  for (let i = van; i < tot; i += 1) {
    const regels = records(bsns[i], i, dagen, rng).map(
      (r) => `${r.persoonsnummer};${r.datum};${r.ongeoorloofd ?? ''};${r.ziek ?? ''};${r.teLaat ?? ''}\n`,
    );
    yield Buffer.from(regels.join(''));
  }
}

type Job = { jobId: string; status: string; gelezen: number; fouten: number; rapport: unknown[]; meldingen: { nieuw: number }; reden: string | null };

/** The import job: files of at most 500,000 rows streamed in (CONCURRENCY at a time), then each job polled until it ends. */
async function importeer(
  url: string,
  bearer: string,
  bsns: readonly string[],
  dagen: readonly string[],
  rng: () => number,
): Promise<{ totaal: number; nieuw: number }> {
  const perBestand = Math.max(1, Math.floor(PER_BESTAND / D));
  const bestanden: Array<[number, number]> = [];
  for (let i = 0; i < S; i += perBestand) bestanden.push([i, Math.min(S, i + perBestand)]);
  let volgende = 0;
  const jobs: Job[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (volgende < bestanden.length) {
        const [van, tot] = bestanden[volgende++];
        const response = await fetch(`${url}/api/verzuim/absenties/imports`, {
          method: 'POST',
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${bearer}` },
          body: Readable.toWeb(Readable.from(csv(bsns, van, tot, dagen, rng))) as ReadableStream,
          duplex: 'half',
        } as RequestInit);
        if (response.status !== 202) throw new Error(`POST absenties/imports: ${response.status} ${(await response.text()).slice(0, 500)}`);
        jobs.push((await response.json()) as Job);
      }
    }),
  );
  let nieuw = 0;
  for (const { jobId } of jobs) {
    for (;;) {
      const response = await fetch(`${url}/api/verzuim/absenties/imports/${jobId}`, { headers: { authorization: `Bearer ${bearer}` } });
      const job = (await response.json()) as Job;
      if (job.status === 'klaar') {
        nieuw += job.meldingen.nieuw;
        break;
      }
      if (job.status === 'afgewezen' || job.status === 'mislukt')
        throw new Error(`import ${jobId} ${job.status}: ${job.reden ?? JSON.stringify(job.rapport.slice(0, 5))}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return { totaal: S * D, nieuw };
}

function report(f: {
  leerlingen: number;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  meldingen: number;
  peakRssMb: number | undefined;
  serviceCpuSeconds: number | undefined;
}): void {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = [
    `verzuim bench: ${f.leerlingen} students, ${f.records} absence records (${BRON === 'bulk' ? "bulk HTTP, evaluated in each request's transaction" : 'CSV streamed into the import job, stored and evaluated by the job'})`,
    `  intake + evaluation   ${f.recordsPerSecond} records/s in ${f.seconds} s   target ≥ ${TARGETS.recordsPerSecond}: ${mark(f.recordsPerSecond >= TARGETS.recordsPerSecond)}`,
    `  meldingen produced    ${f.meldingen}`,
    `  peak RSS (verzuim)    ${f.peakRssMb ?? '?'} MB   target ≤ ${TARGETS.rssMb}: ${mark((f.peakRssMb ?? Infinity) <= TARGETS.rssMb)}`,
    // The CPU the service spent (its threads, not PostgreSQL's): comparable between runs when the machine is shared.
    `  CPU (verzuim)         ${f.serviceCpuSeconds ?? '?'} s   ${f.serviceCpuSeconds ? Math.round(f.records / f.serviceCpuSeconds) : '?'} records per CPU-second`,
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
