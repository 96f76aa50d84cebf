import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVENT_CATALOG, EventType, topicNames } from '@sluitend/contracts';
import { alleGemeenten, mulberry32 } from '@sluitend/domain-nl';
import { createKafka, ensureTopics } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { benchEnv } from './bench-env';
import { peakRssMb, percentile, perSecond } from './measure';

/**
 * Benchmark of rapportage (issue 15): N events of trajecten (cases opened, moved, closed), notificaties (alerts
 * created, picked up, handled, escalated) and verzuim (meldingen for leerplicht and the RMC, withdrawals) published on
 * their topics at national size (35 RMC regions, 342 gemeenten, 1,500 schools) — each case's young person with the VO
 * dossier of a pro, vso, vmbo-bb, vmbo-kb or havo leaver (overstap) and a third of them an entree inschrijving, so
 * VSV and JiKP have their facts — projected by the running service
 * through its Kafka inbox, timed from the first publish until every event is in the inbox (events/s); then the p99 of
 * the main dashboard queries over HTTP as ops (every region, suppressed: the largest answers) and the service's peak
 * RSS. `--smoke` runs a small size and fails only when events go missing or a query fails. `--herbouw` then replays
 * the same event log into a fresh schema with the rebuild command (`sluitend herbouw-rapportage`: read the topics,
 * project, compare with the live schema) and prints its time, events/s, peak RSS and whether it equals the live one.
 */
const ROOT = join(__dirname, '../../..');
const { values } = parseArgs({
  options: {
    events: { type: 'string' },
    verzoeken: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    herbouw: { type: 'boolean', default: false },
  },
});
const N = Number(values.events ?? (values.smoke ? 20_000 : 1_000_000));
const VERZOEKEN = Number(values.verzoeken ?? (values.smoke ? 10 : 100));
const TARGETS = { p99Ms: 200 };
const PER_SEND = 5000;
const OPS = { type: 'ops', code: 'platform' } as const;

const regio = (i: number) => `MC${String((i % 35) + 1).padStart(2, '0')}`;
/** The real gemeenten with a region: JiKP counts by woongemeente within an RMC-regio (ADR 0028). */
const ECHTE_GEMEENTEN = alleGemeenten().filter((g) => g.rmcRegio !== undefined);
/** The region with the most gemeenten: the largest JiKP answer. */
const JIKP_REGIO = 'MC21';
const gemeente = (i: number) => `GM${String((i % 342) + 1).padStart(4, '0')}`;
const school = (i: number) => `${String(i % 100).padStart(2, '0')}${String.fromCharCode(65 + ((i >> 3) % 26))}${String.fromCharCode(65 + (i % 15))}`;

type Envelope = { id: string; type: EventType; jongereId: string | null; payload: unknown; occurredAt: string };

function envelope(type: EventType, payload: unknown, occurredAt: string, jongereId: string | null): Envelope {
  return { id: randomUUID(), type, jongereId, payload, occurredAt };
}

/** The outcome of a closed case; with work, the income class trajecten records (v2, ADR 0028). */
function afsluiting(uitkomst: string, i: number): { uitkomst: string; inkomensklasse?: string } {
  if (uitkomst !== 'werk-zonder-startkwalificatie') return { uitkomst };
  return { uitkomst, inkomensklasse: ['minder-dan-300', '300-tot-700', '700-of-meer'][i % 3] };
}

/** The events of aggregate i (3 or so per alert, case or melding), in their order; dates within school year 2025-2026. */
function aggregaat(i: number, rng: () => number): Envelope[] {
  const dag = 1 + Math.floor(rng() * 300);
  const t = (uren: number) => new Date(Date.parse('2025-08-20T08:00:00.000Z') + dag * 86_400_000 + uren * 3_600_000).toISOString();
  const soort = i % 10;
  if (soort < 4) {
    const basis = {
      alertId: randomUUID(),
      nummer: i + 1,
      signaalType: ['overstap.deadline.aanmelding-gemist', 'verzuim.melding.voor-rmc', 'overstap.signaal.negatief-bsa'][i % 3],
      organisatie: i % 2 === 0 ? { type: 'rmc-regio', code: regio(i) } : { type: 'gemeente', code: gemeente(i) },
      ontvanger: i % 2 === 0 ? 'rmc-woonregio' : 'leerplicht-woongemeente',
    };
    const events = [
      envelope('notificaties.alert.aangemaakt', { ...basis, signaalEventId: randomUUID(), aangemaaktOp: t(0), escalerenOp: t(120) }, t(0), null),
    ];
    const opgepakt = rng() * 150;
    if (opgepakt > 120) {
      events.push(
        envelope(
          'notificaties.alert.geescaleerd',
          { ...basis, escalatieAlertId: randomUUID(), coordinator: { type: 'rmc-regio', code: regio(i) }, geescaleerdOp: t(120) },
          t(120),
          null,
        ),
      );
    }
    events.push(envelope('notificaties.alert.opgepakt', { ...basis, vanStatus: 'gezien', opgepaktOp: t(opgepakt) }, t(opgepakt), null));
    events.push(
      envelope('notificaties.alert.afgehandeld', { ...basis, uitkomst: 'contact-gelegd', afgehandeldOp: t(opgepakt + 24) }, t(opgepakt + 24), null),
    );
    return events;
  }
  if (soort < 7) {
    const casusId = randomUUID();
    const jongere = randomBytes(32).toString('base64url');
    const rmcRegio = regio(i);
    const woon = ECHTE_GEMEENTEN[i % ECHTE_GEMEENTEN.length];
    const schooljaar = rng() < 0.5 ? '2023-2024' : '2024-2025';
    const laatsteTeldatumOnder23 = `${2026 + Math.floor(rng() * 6)}-10-01`;
    const overstap: Envelope[] = [
      envelope(
        'overstap.dossier.ingediend',
        {
          dossierId: randomUUID(),
          versie: 1,
          schooljaar,
          brin: school(i),
          vestiging: `${school(i)}00`,
          woongemeente: woon.code,
          rmcRegio: woon.rmcRegio?.code ?? null,
          onderwijstype: ['pro', 'vso', 'vmbo-bb', 'vmbo-kb', 'havo'][i % 5],
          leerjaar: 4,
          bestemming: 'mbo',
          ingediendOp: `${schooljaar.slice(0, 4)}-12-01T09:00:00.000Z`,
          laatsteTeldatumOnder23,
        },
        `${schooljaar.slice(0, 4)}-12-01T09:00:00.000Z`,
        jongere,
      ),
    ];
    if (i % 3 === 0) {
      const inschrijvingId = randomUUID();
      overstap.push(
        envelope(
          'overstap.inschrijving.geregistreerd',
          {
            inschrijvingId,
            schooljaar: '2024-2025',
            mboBrin: '25LH',
            locatie: '25LH00',
            crebo: '25180',
            niveau: 1,
            ingeschrevenPer: '2024-08-20',
            switchVan: null,
          },
          '2024-08-20T08:00:00.000Z',
          jongere,
        ),
      );
      if (rng() < 0.5) {
        overstap.push(
          envelope(
            'overstap.inschrijving.beeindigd',
            {
              inschrijvingId,
              schooljaar: '2024-2025',
              mboBrin: '25LH',
              soort: 'uitschrijving',
              per: '2025-02-01',
              reden: 4,
              startkwalificatie: false,
              laatsteTeldatumOnder23,
            },
            '2025-02-01T08:00:00.000Z',
            jongere,
          ),
        );
      }
    }
    const tijd = ['minder-dan-4-weken', '4-tot-en-met-6-weken', 'meer-dan-6-weken', 'nog-niet'];
    const uitkomst = [
      'voltijd-onderwijs',
      'combinatie-leren-werken',
      'werk-zonder-startkwalificatie',
      'zorg-opvang-detentie',
      'beeindigd-zonder-dagbesteding',
      'verhuisd-onvindbaar',
      'overig',
    ];
    return [
      ...overstap,
      envelope(
        'trajecten.casus.geopend',
        { casusId, rmcRegio, aanleiding: 'signaal', signaalEventId: randomUUID(), signaalSoort: 'niet-ingeschreven-teldatum', geopendOp: t(0) },
        t(0),
        jongere,
      ),
      envelope(
        'trajecten.casus.status-gewijzigd',
        { casusId, rmcRegio, actie: 'contact-leggen', vanStatus: 'aangemeld', naarStatus: 'in-contact', gewijzigdOp: t(100) },
        t(100),
        jongere,
      ),
      envelope(
        'trajecten.casus.afgesloten',
        {
          casusId,
          rmcRegio,
          vanStatus: 'in-contact',
          ...afsluiting(uitkomst[Math.floor(rng() * uitkomst.length)], i),
          geopendOp: t(0),
          afgeslotenOp: t(600),
          tijdigheid: { eersteContact: tijd[Math.floor(rng() * 4)], intake: tijd[Math.floor(rng() * 4)] },
        },
        t(600),
        jongere,
      ),
    ];
  }
  const meldingId = randomUUID();
  const jongere = randomBytes(32).toString('base64url');
  const startdatum = t(0).slice(0, 10);
  const melding = {
    signaalId: meldingId,
    meldingId,
    soort: ['zestien-uur', 'langdurig-relatief', 'luxe', 'rmc', 'overig'][i % 5],
    startdatum,
    einddatum: startdatum,
    urenGemist: 16,
    dagenGemist: 4,
    alleLessenGemist: false,
    verplicht: true,
    vervolgmelding: false,
    handmatig: false,
    brin: school(i),
    woongemeente: gemeente(i),
    rmcRegio: regio(i),
  };
  const events = [envelope('verzuim.melding.voor-leerplicht', melding, t(1), jongere), envelope('verzuim.melding.voor-rmc', melding, t(1), jongere)];
  if (i % 7 === 0) {
    events.push(
      envelope(
        'verzuim.melding.ingetrokken',
        { meldingId, soort: melding.soort, startdatum, brin: melding.brin, reden: 'correctie' },
        t(30),
        jongere,
      ),
    );
  }
  return events;
}

async function main(): Promise<void> {
  const run = uniqueRun('rbench');
  const schema = run.schema('rapportage');
  const { databaseUrl, brokers, env, token } = await benchEnv(run.topicPrefix);
  const logs = join(ROOT, '.local/bench');
  mkdirSync(logs, { recursive: true });
  const rapportage = new ServiceUnderTest(
    'rapportage',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: schema },
    join(logs, `${run.id}-rapportage.log`),
    { production: true },
  );
  const pool = testPool(databaseUrl);
  const kafka = createKafka('bench-rapportage', brokers.split(','));
  const producer = kafka.producer();
  try {
    await ensureTopics(kafka, run.topicPrefix, 12);
    await Promise.all([rapportage.start(), producer.connect()]);
    const rng = mulberry32(15);
    const started = Date.now();
    let gepubliceerd = 0;
    const verwacht = { alerts: 0, casussen: 0, meldingen: 0 };
    const buffers = new Map<string, Envelope[]>();
    const flush = async (service: string) => {
      const batch = buffers.get(service) ?? [];
      if (batch.length === 0) return;
      buffers.set(service, []);
      await producer.send({
        topic: topicNames(run.topicPrefix, service as 'trajecten').events,
        messages: batch.map((e) => ({
          key: e.jongereId ?? (e.payload as { alertId: string }).alertId,
          value: JSON.stringify({
            id: e.id,
            type: e.type,
            version: EVENT_CATALOG[e.type].version,
            occurredAt: e.occurredAt,
            producer: EVENT_CATALOG[e.type].producer,
            jongereId: e.jongereId,
            correlationId: `bench-${e.id}`,
            context: {},
            payload: e.payload,
          }),
        })),
      });
    };
    for (let i = 0; gepubliceerd < N; i++) {
      const soort = i % 10;
      verwacht[soort < 4 ? 'alerts' : soort < 7 ? 'casussen' : 'meldingen']++;
      // Whole aggregates (a case after its young person's dossier): the total may pass N by a few events.
      for (const e of aggregaat(i, rng)) {
        const service = e.type.split('.')[0];
        const batch = buffers.get(service) ?? [];
        batch.push(e);
        buffers.set(service, batch);
        gepubliceerd++;
        if (batch.length >= PER_SEND) await flush(service);
      }
    }
    for (const service of buffers.keys()) await flush(service);
    const publishedMs = Date.now() - started;
    const inbox = async () => (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".inbox`)).rows[0].n as number;
    await waitFor('every event projected', async () => (await inbox()) >= gepubliceerd, values.smoke ? 300_000 : 3_600_000, 500).catch(
      async (error: Error) => {
        throw new Error(`${error.message}: ${await inbox()} of ${gepubliceerd} in the inbox`);
      },
    );
    const projectedMs = Date.now() - started;
    const rijen = (
      await pool.query(
        `SELECT (SELECT count(*) FROM "${schema}".notificaties_alert)::int AS alerts, (SELECT count(*) FROM "${schema}".trajecten_casus)::int AS casussen,
              (SELECT count(*) FROM "${schema}".verzuim_melding)::int AS meldingen, (SELECT count(*) FROM "${schema}".vsv_vo)::int AS dossiers,
              (SELECT count(*) FROM "${schema}".jikp_uitkomst)::int AS uitkomsten`,
      )
    ).rows[0] as { alerts: number; casussen: number; meldingen: number; dossiers: number; uitkomsten: number };

    // Every case has its young person's dossier, and every closed case an outcome per young person.
    if (
      rijen.alerts !== verwacht.alerts ||
      rijen.casussen !== verwacht.casussen ||
      rijen.meldingen !== verwacht.meldingen ||
      rijen.dossiers !== verwacht.casussen ||
      rijen.uitkomsten !== verwacht.casussen
    ) {
      throw new Error(`projected ${JSON.stringify(rijen)}, expected ${JSON.stringify(verwacht)} (see the service log for dead letters)`);
    }
    const bearer = await token(OPS, ['ops']);
    const queries: Record<string, string> = {
      'effectrapportage (alle regio’s)': '/api/rapportage/effectrapportage?schooljaar=2025-2026',
      'alerts per organisatie (alle)': '/api/rapportage/alerts?schooljaar=2025-2026&dimensie=organisatie',
      'alerts per soort signaal (alle)': '/api/rapportage/alerts?schooljaar=2025-2026&dimensie=signaaltype',
      'verzuim (alle scholen en gemeenten)': '/api/rapportage/verzuim?schooljaar=2025-2026',
      'vsv per gemeente (alle)': '/api/rapportage/vsv?schooljaar=2024-2025&dimensie=gemeente',
      'uitschrijvingen per opleiding (alle)': '/api/rapportage/uitschrijvingen?schooljaar=2024-2025&dimensie=opleiding',
      [`jikp-factsheet ${JIKP_REGIO} (5 jaar)`]: `/api/rapportage/jikp/factsheet?peildatum=2025-10-01&rmcRegio=${JIKP_REGIO}`,
      [`kwetsbare positie ${JIKP_REGIO}`]: `/api/rapportage/jikp/kwetsbare-positie?schooljaar=2024-2025&rmcRegio=${JIKP_REGIO}`,
    };
    const latenties: Record<string, { p50: number; p99: number; max: number }> = {};
    for (const [naam, pad] of Object.entries(queries)) {
      const duren: number[] = [];
      for (let v = 0; v < VERZOEKEN + 2; v++) {
        const t0 = performance.now();
        const antwoord = await fetch(`${rapportage.url}${pad}`, { headers: { authorization: `Bearer ${bearer}` } });
        await antwoord.arrayBuffer();
        if (!antwoord.ok) throw new Error(`${pad}: ${antwoord.status}`);
        if (v >= 2) duren.push(performance.now() - t0); // the first two warm the caches
      }
      duren.sort((a, b) => a - b);
      latenties[naam] = { p50: Math.round(percentile(duren, 50)), p99: Math.round(percentile(duren, 99)), max: Math.round(duren[duren.length - 1]) };
    }
    const figures = {
      herbouw: null as Herbouw | null,
      events: gepubliceerd,
      publishedSeconds: Number((publishedMs / 1000).toFixed(1)),
      projectedSeconds: Number((projectedMs / 1000).toFixed(1)),
      eventsPerSecond: perSecond(gepubliceerd, projectedMs),
      rijen,
      verzoekenPerQuery: VERZOEKEN,
      latenties,
      peakRssMb: peakRssMb(rapportage.process.pid),
    };
    // Printed before the rebuild (which takes as long again at 1,000,000), its lines after it.
    report(figures);
    if (values.herbouw) {
      figures.herbouw = await herbouwd({ ...env, DB_SCHEMA: schema }, `${schema}_herbouw`, logs, run.id);
      console.log(herbouwregels(figures.herbouw).join('\n'));
    }
    writeFileSync(join(logs, `rapportage-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(figures, null, 2));
  } finally {
    await producer.disconnect();
    await rapportage.stop();
    await dropSchemas(pool, [schema, `${schema}_jobs`, `${schema}_herbouw`]);
    await pool.end();
    await deleteRunTopics(kafka, run.topicPrefix);
  }
}

type Herbouw = { seconds: number; eventsPerSecond: number; gelijk: boolean; peakRssMb: number | undefined; uitvoer: string };

/**
 * Runs the rebuild CLI (dist) against the run's topics and live schema into `herbouwSchema` (dropped after): its
 * wall time from start to exit (reading the topics included), its peak RSS sampled while it runs, its exit code
 * (0: equal to the live projection) and its summary lines.
 */
async function herbouwd(env: NodeJS.ProcessEnv, herbouwSchema: string, logs: string, runId: string): Promise<Herbouw> {
  const cli = join(ROOT, 'dist/apps/rapportage/src/herbouw/commands/herbouw-projecties/herbouw-projecties.cli.js');
  const started = Date.now();
  const child = spawn(process.execPath, [cli, '--schema', herbouwSchema], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let uitvoer = '';
  child.stdout.on('data', (chunk: Buffer) => (uitvoer += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (uitvoer += chunk.toString()));
  let piek: number | undefined;
  const sampler = setInterval(() => (piek = Math.max(piek ?? 0, peakRssMb(child.pid) ?? 0)), 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const ms = Date.now() - started;
  writeFileSync(join(logs, `${runId}-herbouw.log`), uitvoer);
  if (code !== 0 && code !== 1) throw new Error(`herbouw-rapportage exited with ${code}: ${uitvoer}`);
  const gelezen = Number(/: (\d+) events gelezen/.exec(uitvoer)?.[1] ?? Number.NaN);
  return { seconds: Number((ms / 1000).toFixed(1)), eventsPerSecond: perSecond(gelezen, ms), gelijk: code === 0, peakRssMb: piek, uitvoer };
}

function herbouwregels(h: Herbouw): string[] {
  return [
    `  rebuild (herbouw)     ${h.eventsPerSecond} events/s (${h.seconds} s, topics read, projected into a fresh schema, compared), peak RSS ${h.peakRssMb ?? '?'} MB, equal to the live projection: ${h.gelijk}`,
    ...h.uitvoer
      .trim()
      .split('\n')
      .map((regel) => `    ${regel}`),
  ];
}

function report(f: {
  events: number;
  publishedSeconds: number;
  projectedSeconds: number;
  eventsPerSecond: number;
  rijen: { alerts: number; casussen: number; meldingen: number; dossiers: number; uitkomsten: number };
  verzoekenPerQuery: number;
  latenties: Record<string, { p50: number; p99: number; max: number }>;
  peakRssMb: number | undefined;
}): void {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const lines = [
    `rapportage bench: ${f.events} events (trajecten, notificaties, verzuim) through the Kafka inbox into the projections`,
    `  projection            ${f.eventsPerSecond} events/s (all published in ${f.publishedSeconds} s, all projected after ${f.projectedSeconds} s)`,
    `  rows                  ${f.rijen.alerts} alerts, ${f.rijen.casussen} cases, ${f.rijen.meldingen} meldingen, ${f.rijen.dossiers} VO dossiers, ${f.rijen.uitkomsten} outcomes (JiKP)`,
    ...Object.entries(f.latenties).map(
      ([naam, l]) =>
        `  ${naam.padEnd(36)} p50 ${l.p50} ms, p99 ${l.p99} ms, max ${l.max} ms (${f.verzoekenPerQuery} requests)   target p99 ≤ ${TARGETS.p99Ms}: ${mark(l.p99 <= TARGETS.p99Ms)}`,
    ),
    `  peak RSS (rapportage) ${f.peakRssMb ?? '?'} MB`,
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
