import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Producer } from 'kafkajs';
import { Pool } from 'pg';
import { DienDossierIn, Envelope, topicNames } from '@sluitend/contracts';
import { isMinstens, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { createKafka, readTopic } from '@sluitend/messaging';
import {
  deleteRunTopics,
  dropSchemas,
  freePort,
  generateCohort,
  MailSink,
  ServiceUnderTest,
  testPool,
  uniqueRun,
  waitFor,
  WebhookReceiver,
} from '@sluitend/testing';
import { aanmeldingGemist, publishSignalen } from '../support/signalen';
import { bulkRequests, sendBulk } from '../support/submit';
import { testServiceEnv } from '../support/test-services';

/**
 * notificaties end to end over the real broker and database, fed by a real overstap: the missed-1-April signals of a
 * cohort at schools in RMC-regio MC03 become alerts in the inbox of the RMC of each student's woonregio (a Drenthe
 * resident's in MC07's, not MC03's), the school's and — for minors — the woongemeente's leerplicht; e-mail arrives at
 * a real SMTP server, webhooks arrive signed, the digest bundles a day, a redelivered or re-sent signal is one alert,
 * escalation fires once, a failing webhook is disabled and re-enabled, and a SIGKILL mid-stream loses or doubles nothing.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('notif');
const overstapSchema = run.schema('overstap');
const schema = run.schema('notificaties');
const { env, token, sign } = testServiceEnv(run, { DEMO_MODE: 'true' });
const ESCALATIE_SECONDEN = 25;
const kafka = createKafka('e2e-notificaties', (process.env.KAFKA_BROKERS as string).split(','));
const sink = new MailSink();
const receiver = new WebhookReceiver();

let overstap: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let pool: Pool;
let producer: Producer;
let webhookGeheim: string;

const regioVan = (dossier: DienDossierIn) => rmcRegioVanGemeente(dossier.leerling.woongemeente)?.code;
const cohort = generateCohort({ seed: 5, regios: ['MC03'], schooljaar: '2026-2027', fraction: 0.1 }).dossiers;
const naarMbo = cohort.filter((dossier) => dossier.keuze.bestemming === 'mbo');
/** Living outside MC03, at a school in MC03. */
const kruis = naarMbo.filter((dossier) => regioVan(dossier) && regioVan(dossier) !== 'MC03').slice(0, 6);
const leerlingen = [
  ...kruis,
  ...naarMbo.filter((dossier) => regioVan(dossier) === 'MC03').slice(0, 24),
  ...cohort.filter((d) => d.keuze.bestemming !== 'mbo').slice(0, 4),
];
const gesignaleerd = leerlingen.filter((dossier) => dossier.keuze.bestemming === 'mbo');
const A = regioVan(kruis[0]) as string;
/** E-mail addresses as the SMTP envelope carries them (domains lower case). */
const a = A.toLowerCase();
const SCHOOL = kruis[0].school.brin;
const GEMEENTE = kruis[0].leerling.woongemeente;
const PEILDATUM = '2027-04-02';
const minderjarig = (dossier: DienDossierIn) => !isMinstens(dossier.leerling.geboortedatum, PEILDATUM, 18);

type Org = { type: 'rmc-regio' | 'vo-school' | 'gemeente' | 'mbo-instelling' | 'ops'; code: string };
const RMC_A: Org = { type: 'rmc-regio', code: A };
const RMC_B: Org = { type: 'rmc-regio', code: 'MC03' };
const OPS: Org = { type: 'ops', code: 'platform' };

/** The role that works an organisation's alerts (docs/access.md), unless a test names another. */
const BEHANDELAAR: Record<Org['type'], string> = {
  'rmc-regio': 'trajectbegeleider',
  'vo-school': 'decaan',
  gemeente: 'leerplichtambtenaar',
  'mbo-instelling': 'intaker',
  ops: 'ops',
};

async function call(service: ServiceUnderTest, method: string, path: string, org: Org, body?: unknown, roles: string[] = [BEHANDELAAR[org.type]]) {
  const bearer = await token(org, (org.type === 'ops' ? ['ops'] : roles) as never);
  const response = await fetch(`${service.url}/api/${service === overstap ? 'overstap' : 'notificaties'}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-correlation-id': `e2e-${run.id}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, body: (await response.json()) as any };
}

const api = (method: string, path: string, org: Org, body?: unknown, roles?: string[]) => call(notificaties, method, path, org, body, roles);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- inbox rows as the API returns them
const inbox = async (org: Org, query = ''): Promise<any[]> => (await api('GET', `alerts?perPagina=200${query}`, org)).body.alerts;
const GEMIST = '&signaalType=overstap.deadline.aanmelding-gemist';
const alertCount = async (where = 'true', params: unknown[] = []) =>
  (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".alert WHERE ${where}`, params)).rows[0].n as number;

const publish = (envelopes: Envelope[]) => publishSignalen(producer, run.topicPrefix, envelopes);
const signaal = (rmcRegio: string, brin: string, woongemeente: string) => aanmeldingGemist(rmcRegio, brin, woongemeente, `e2e-${run.id}`);

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  const smtpPort = await sink.start();
  const webhookUrl = await receiver.start();
  overstap = new ServiceUnderTest(
    'overstap',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: overstapSchema, VROEGE_WAARSCHUWINGEN: '' },
    join(ROOT, `.local/test-logs/${run.id}-overstap.log`),
  );
  notificaties = new ServiceUnderTest(
    'notificaties',
    await freePort(),
    ROOT,
    {
      ...env,
      DB_SCHEMA: schema,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      ESCALATIE_TERMIJN: `${ESCALATIE_SECONDEN}s`,
      BEZORGING_BACKOFF_MS: '200',
      BEZORGING_MAX_POGINGEN: '5',
      WEBHOOK_UITSCHAKELEN_NA: '3',
      WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN: 'true',
    },
    join(ROOT, `.local/test-logs/${run.id}-notificaties.log`),
  );
  producer = kafka.producer();
  await Promise.all([overstap.start(), notificaties.start(), producer.connect()]);

  expect(kruis.length).toBeGreaterThan(0);
  const beheerder = ['beheerder'];
  expect(
    (
      await api(
        'PUT',
        `organisaties/rmc-regio/${A}/voorkeuren`,
        RMC_A,
        { emailAdressen: [`rmc@${a}.example`], modus: 'direct', coordinatorEmailAdressen: [`coordinator@${a}.example`] },
        beheerder,
      )
    ).status,
  ).toBe(200);
  const webhook = await api('PUT', `organisaties/rmc-regio/${A}/webhook`, RMC_A, { url: webhookUrl }, beheerder);
  expect(webhook.status).toBe(200);
  webhookGeheim = webhook.body.geheim;
  expect(
    (
      await api(
        'PUT',
        `organisaties/vo-school/${SCHOOL}/voorkeuren`,
        { type: 'vo-school', code: SCHOOL },
        { emailAdressen: ['decaan@school.example'], modus: 'dagelijks' },
        beheerder,
      )
    ).status,
  ).toBe(200);

  await sendBulk(overstap.url, await bulkRequests(leerlingen, token));
  const klok = await call(overstap, 'POST', 'demo/klok', OPS, { naar: `${PEILDATUM}T09:00:00+02:00` });
  expect(klok.body.gevuurd).toEqual([{ regel: 'aanmelding-gemist', schooljaar: '2026-2027', signalen: gesignaleerd.length }]);
  const verwacht = gesignaleerd.length * 2 + gesignaleerd.filter(minderjarig).length;
  await waitFor('alerts of the cohort', async () => (await alertCount()) === verwacht, 30_000, 200);
}, 180_000);

afterAll(async () => {
  await producer?.disconnect();
  await Promise.all([overstap?.stop(), notificaties?.stop()]);
  await Promise.all([sink.stop(), receiver.stop()]);
  await dropSchemas(pool, [overstapSchema, `${overstapSchema}_jobs`, schema, `${schema}_jobs`]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('the API document', () => {
  it('serves the committed OpenAPI document (run ./sluitend docs after an API change)', async () => {
    const served = await (await fetch(`${notificaties.url}/api/notificaties/docs/openapi.json`)).json();
    expect(served).toEqual(JSON.parse(readFileSync(join(ROOT, 'docs/openapi/notificaties.json'), 'utf8')));
  });
});

describe('routing', () => {
  it("puts a student's alert in the inbox of the RMC of the woonregio, not the school's region, and in the school's", async () => {
    const inA = await inbox(RMC_A, GEMIST);
    expect(inA).toHaveLength(gesignaleerd.filter((d) => regioVan(d) === A).length);
    expect(inA.every((alert) => alert.context.rmcRegio === A && alert.ontvanger === 'rmc-woonregio')).toBe(true);
    expect(inA.some((alert) => alert.context.brin === SCHOOL)).toBe(true);

    const inB = await inbox(RMC_B);
    expect(inB).toHaveLength(gesignaleerd.filter((d) => regioVan(d) === 'MC03').length);
    expect(inB.every((alert) => alert.context.rmcRegio === 'MC03')).toBe(true);

    const school = await inbox({ type: 'vo-school', code: SCHOOL });
    expect(school).toHaveLength(gesignaleerd.filter((d) => d.school.brin === SCHOOL).length);
    expect(school.every((alert) => alert.ontvanger === 'vo-school' && alert.signaalType === 'overstap.deadline.aanmelding-gemist')).toBe(true);
  });

  it('tells the leerplicht of the woongemeente about minors only', async () => {
    const leerplicht = await inbox({ type: 'gemeente', code: GEMEENTE });
    expect(leerplicht).toHaveLength(gesignaleerd.filter((d) => d.leerling.woongemeente === GEMEENTE && minderjarig(d)).length);
    expect(leerplicht.every((alert) => alert.context.minderjarig === true && alert.ontvanger === 'leerplicht-woongemeente')).toBe(true);
  });
});

describe('the inbox lifecycle and its scoping', () => {
  it('goes nieuw → gezien → opgepakt → afgehandeld with history and events; refuses what is not allowed', async () => {
    const [alert] = await inbox(RMC_A, GEMIST);
    const nietToegestaan = await api('POST', `alerts/${alert.id}/afgehandeld`, RMC_A, { uitkomst: 'contact-gelegd' });
    expect(nietToegestaan.status).toBe(409);
    expect(nietToegestaan.body.toegestaan).toEqual(['gezien', 'opgepakt']);

    const fout = await api('POST', `alerts/${alert.id}/opgepakt`, RMC_A, { toegewezenAan: { sub: '' }, extra: 1 });
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['toegewezenAan.sub', 'toegewezenAan.naam', '(body)']),
    );
    expect((await api('POST', `alerts/${alert.id}/afgehandeld`, RMC_A, { uitkomst: 'weg' })).body.errors[0].field).toBe('uitkomst');
    expect((await api('GET', 'alerts/niet-een-uuid', RMC_A)).status).toBe(400);

    expect((await api('POST', `alerts/${alert.id}/gezien`, RMC_A)).body.status).toBe('gezien');
    // An alert goes only to the caller or a colleague known in the organisation: Fatima opens RMC_A's inbox first.
    const buiten = await api('POST', `alerts/${alert.id}/opgepakt`, RMC_A, { toegewezenAan: { sub: 'u-17', naam: 'Fatima de Vries' } });
    expect(buiten.body.errors).toEqual([expect.objectContaining({ field: 'toegewezenAan.sub', rule: 'medewerker-van-organisatie' })]);
    const fatima = await sign({ sub: 'u-17', name: 'Fatima de Vries', org: RMC_A, roles: ['trajectbegeleider'] });
    expect((await fetch(`${notificaties.url}/api/notificaties/alerts`, { headers: { authorization: `Bearer ${fatima}` } })).status).toBe(200);
    const opgepakt = await api('POST', `alerts/${alert.id}/opgepakt`, RMC_A, {
      toegewezenAan: { sub: 'u-17', naam: 'Fatima de Vries' },
      toelichting: 'bel ouders',
    });
    expect(opgepakt.body).toMatchObject({ status: 'opgepakt', toegewezenAan: { sub: 'u-17', naam: 'Fatima de Vries' } });
    expect((await api('POST', `alerts/${alert.id}/afgehandeld`, RMC_A, { uitkomst: 'contact-gelegd' })).body).toMatchObject({
      status: 'afgehandeld',
      uitkomst: 'contact-gelegd',
    });
    expect((await api('POST', `alerts/${alert.id}/opgepakt`, RMC_A, {})).status).toBe(409);

    const detail = await api('GET', `alerts/${alert.id}`, RMC_A);
    expect(detail.body.historie.map((h: { naarStatus: string }) => h.naarStatus)).toEqual(['nieuw', 'gezien', 'opgepakt', 'afgehandeld']);
    expect(detail.body.historie[2]).toMatchObject({ actie: 'opgepakt door Fatima de Vries', toelichting: 'bel ouders', door: { sub: `test-${A}` } });
    expect((await api('GET', 'alerts?status=afgehandeld', RMC_A)).body.totaal).toBe(1);
    expect((await api('GET', 'alerts/tellingen', RMC_A)).body.perStatus.afgehandeld).toBe(1);

    const events = await waitFor('alert events on Kafka', async () => {
      const records = (await readTopic(kafka, topicNames(run.topicPrefix, 'notificaties').events)).map(
        (r) => JSON.parse(String(r.value)) as Envelope<{ alertId: string }>,
      );
      const mine = records.filter((event) => event.payload.alertId === alert.id).map((event) => event.type);
      return mine.includes('notificaties.alert.afgehandeld') ? mine : undefined;
    });
    expect(events).toEqual(['notificaties.alert.aangemaakt', 'notificaties.alert.opgepakt', 'notificaties.alert.afgehandeld']);
  });

  it("keeps organisation Y out of X's alerts, and ops out of every inbox", async () => {
    const [alert] = await inbox(RMC_A, '&status=nieuw');
    expect((await api('GET', `alerts/${alert.id}`, RMC_B)).status).toBe(404);
    expect((await api('POST', `alerts/${alert.id}/opgepakt`, RMC_B, {})).status).toBe(404);
    expect((await api('POST', `alerts/${alert.id}/gezien`, { type: 'vo-school', code: '99ZZ' })).status).toBe(404);
    expect((await api('GET', 'alerts', OPS)).status).toBe(403);
    expect((await api('GET', `organisaties/rmc-regio/${A}/voorkeuren`, RMC_B, undefined, ['beheerder'])).status).toBe(403);
    expect((await api('GET', `organisaties/rmc-regio/${A}/voorkeuren`, RMC_A, undefined, ['trajectbegeleider'])).status).toBe(403);
    expect((await api('GET', `alerts/${alert.id}`, RMC_A)).body.status).toBe('nieuw');
  });
});

describe('channels', () => {
  it('e-mails each alert of the region once over SMTP, with only an alert number and a link', async () => {
    const alerts = await inbox(RMC_A, GEMIST);
    const mails = await waitFor('mails to the RMC', async () => {
      const received = sink.received.filter((mail) => mail.to.includes(`rmc@${a}.example`));
      return received.length >= alerts.length ? received : undefined;
    });
    expect(mails).toHaveLength(alerts.length);
    for (const alert of alerts) {
      const mail = mails.find((m) => m.subject.includes(`#${alert.nummer}:`));
      expect(mail?.subject).toBe(`[Sluitend] Nieuw signaal #${alert.nummer}: Geen aanmelding vóór 1 april`);
      expect(mail?.text).toContain(`/alerts/${alert.id}`);
    }
    const text = mails.map((mail) => mail.raw).join('\n');
    for (const dossier of leerlingen) {
      expect(text).not.toContain(dossier.leerling.persoonsnummer);
      expect(text).not.toContain(dossier.leerling.achternaam);
    }
  });

  it('calls the webhook for each alert, signed with HMAC-SHA256 over timestamp and body', async () => {
    const ids = new Set((await inbox(RMC_A, GEMIST)).map((alert) => alert.id));
    const alertCalls = () => receiver.calls.filter((call) => JSON.parse(call.body).soort === 'alert');
    const calls = await waitFor('webhook calls', async () => (alertCalls().length >= ids.size ? alertCalls() : undefined));
    const geleverd = new Set<string>();
    for (const call of calls) {
      const expected = createHmac('sha256', webhookGeheim).update(`${call.headers['x-sluitend-tijdstip']}.${call.body}`).digest('hex');
      expect(call.headers['x-sluitend-handtekening']).toBe(`sha256=${expected}`);
      expect(Math.abs(Number(call.headers['x-sluitend-tijdstip']) - call.at / 1000)).toBeLessThan(10);
      const body = JSON.parse(call.body);
      expect(body.bezorgingId).toBe(call.headers['x-sluitend-bezorging']);
      for (const alert of body.alerts) geleverd.add(alert.alertId);
    }
    expect(geleverd).toEqual(ids);
    const log = await api('GET', `organisaties/rmc-regio/${A}/bezorgingen`, OPS);
    expect(
      log.body.bezorgingen.filter(
        (b: { kanaal: string; soort: string; status: string }) => b.kanaal === 'webhook' && b.soort === 'alert' && b.status === 'verzonden',
      ),
    ).toHaveLength(ids.size);
  });

  it('bundles the alerts of a school that chose the daily digest into one e-mail', async () => {
    expect(sink.received.some((mail) => mail.to.includes('decaan@school.example'))).toBe(false);
    const schoolAlerts = gesignaleerd.filter((d) => d.school.brin === SCHOOL).length;
    const digest = await api('POST', 'digest', OPS, {});
    expect(digest.body).toEqual({ organisaties: 1, alerts: schoolAlerts });
    const mail = await waitFor('digest mail', async () => sink.received.find((m) => m.to.includes('decaan@school.example')));
    expect(mail.subject).toBe(`[Sluitend] Dagoverzicht: ${schoolAlerts} ${schoolAlerts === 1 ? 'nieuw signaal' : 'nieuwe signalen'}`);
    expect((await api('POST', 'digest', OPS, {})).body).toEqual({ organisaties: 0, alerts: 0 });
  });
});

describe('exactly once', () => {
  it('makes one alert of a signal delivered twice or re-sent under a new event id', async () => {
    const records = await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events);
    const signaal = records
      .map((r) => JSON.parse(String(r.value)) as Envelope)
      .find((e) => e.type === 'overstap.deadline.aanmelding-gemist' && e.context.rmcRegio === A) as Envelope;
    const voor = await alertCount();
    const opnieuw = { ...signaal, id: randomUUID() };
    await publish([signaal, opnieuw]);
    await waitFor(
      'the re-sent signal consumed',
      async () => (await pool.query(`SELECT 1 FROM "${schema}".inbox WHERE event_id = $1`, [opnieuw.id])).rowCount === 1,
    );
    expect(await alertCount()).toBe(voor);
  });

  it(`escalates each alert not picked up within the term to the coordinator of the woonregio, once`, async () => {
    const regioAlerts = await alertCount(`context ->> 'rmcRegio' = $1 AND escalatie_van IS NULL`, [A]);
    const verwacht = regioAlerts - 1; // one was picked up and closed
    const escalaties = await waitFor(
      'escalations',
      async () => {
        const list = await inbox(RMC_A, '&signaalType=escalatie');
        return list.length >= verwacht ? list : undefined;
      },
      (ESCALATIE_SECONDEN + 30) * 1000,
      500,
    );
    expect(escalaties).toHaveLength(verwacht);
    expect(escalaties.every((alert) => alert.ontvanger === 'rmc-coordinator')).toBe(true);
    expect(await alertCount(`geescaleerd_op IS NOT NULL AND status = 'afgehandeld'`)).toBe(0);
    const mails = await waitFor('coordinator mails', async () => {
      const list = sink.received.filter((m) => m.to.includes(`coordinator@${a}.example`));
      return list.length >= verwacht ? list : undefined;
    });
    expect(mails[0].subject).toMatch(/^\[Sluitend\] Escalatie #\d+: signaal #\d+ is niet op tijd opgepakt$/);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await inbox(RMC_A, '&signaalType=escalatie')).toHaveLength(verwacht);
    const geescaleerd = (await readTopic(kafka, topicNames(run.topicPrefix, 'notificaties').events))
      .map((r) => JSON.parse(String(r.value)) as Envelope<{ coordinator: { code: string } }>)
      .filter((e) => e.type === 'notificaties.alert.geescaleerd' && e.payload.coordinator.code === A);
    expect(new Set(geescaleerd.map((e) => e.id)).size).toBe(verwacht);
  }, 120_000);
});

describe('a failing webhook', () => {
  it('is retried with backoff, disabled after repeated failure, and re-enabled by an admin with what was parked', async () => {
    receiver.failing = true;
    const voor = receiver.calls.length;
    await publish([signaal(A, SCHOOL, GEMEENTE), signaal(A, SCHOOL, GEMEENTE)]);
    const uit = await waitFor(
      'webhook disabled',
      async () => {
        const voorkeuren = await api('GET', `organisaties/rmc-regio/${A}/voorkeuren`, RMC_A, undefined, ['beheerder']);
        return voorkeuren.body.webhook.actief === false ? voorkeuren.body.webhook : undefined;
      },
      30_000,
      200,
    );
    // Both deliveries fail, are retried after 200 ms, and the third failed call in a row disables the webhook (a call
    // already under way may still fail after that).
    expect(uit.opeenvolgendeFouten).toBeGreaterThanOrEqual(3);
    const mislukt = receiver.calls.length - voor;
    expect(mislukt).toBeGreaterThanOrEqual(3);
    type Bezorging = { kanaal: string; status: string; log: Array<{ httpStatus: number | null }> };
    await waitFor('both deliveries parked', async () => {
      const log: Bezorging[] = (await api('GET', `organisaties/rmc-regio/${A}/bezorgingen?limiet=10`, OPS)).body.bezorgingen;
      return log.filter((b) => b.kanaal === 'webhook' && b.status === 'opgeschort').length === 2;
    });
    // Every failed call is in the delivery log (a call under way when the webhook was disabled is logged when it ends).
    await waitFor('every failed call logged', async () => {
      const alles: Bezorging[] = (await api('GET', `organisaties/rmc-regio/${A}/bezorgingen?limiet=500`, OPS)).body.bezorgingen;
      const gelogd = alles.filter((b) => b.kanaal === 'webhook').flatMap((b) => b.log.filter((l) => l.httpStatus === 500));
      return gelogd.length === receiver.calls.filter((call) => call.status === 500).length;
    });

    receiver.failing = false;
    expect((await api('POST', `organisaties/rmc-regio/${A}/webhook/heractiveren`, RMC_B, {}, ['beheerder'])).status).toBe(403);
    expect((await api('POST', `organisaties/rmc-regio/${A}/webhook/heractiveren`, OPS, {})).body).toMatchObject({
      actief: true,
      hervatteBezorgingen: 2,
    });
    await waitFor('parked deliveries sent', async () => receiver.calls.length >= voor + mislukt + 2, 15_000, 200);
    await waitFor('delivered', async () => {
      const log: Bezorging[] = (await api('GET', `organisaties/rmc-regio/${A}/bezorgingen?limiet=10`, OPS)).body.bezorgingen;
      return log.filter((b) => b.kanaal === 'webhook' && b.status === 'opgeschort').length === 0;
    });
  });
});

describe('routing rules per region and channel settings', () => {
  it("lets a region's coordinator change who hears of its residents' signals, and refuses bad rules", async () => {
    const coordinator = ['rmc-coordinator'];
    const fout = await api('PUT', `routering/${A}`, RMC_A, { regels: [{ signaalType: 'overstap.onbekend', ontvangers: [] }] }, coordinator);
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e: { field: string }) => e.field)).toEqual(['regels[0].signaalType', 'regels[0].ontvangers']);
    expect((await api('PUT', `routering/${A}`, RMC_B, { regels: [] }, coordinator)).status).toBe(403);
    expect((await api('PUT', `routering/${A}`, RMC_A, { regels: [] }, ['trajectbegeleider'])).status).toBe(403);
    expect((await api('GET', 'routering/MC3', RMC_A)).body.errors[0].field).toBe('rmcRegio');

    const alleenRmc = { regels: [{ signaalType: 'overstap.deadline.aanmelding-gemist', ontvangers: ['rmc-woonregio'] }] };
    const gezet = await api('PUT', `routering/${A}`, RMC_A, alleenRmc, coordinator);
    expect(gezet.status).toBe(200);
    expect(gezet.body.regels.find((r: { signaalType: string }) => r.signaalType === 'overstap.deadline.aanmelding-gemist')).toEqual({
      signaalType: 'overstap.deadline.aanmelding-gemist',
      ontvangers: ['rmc-woonregio'],
      bron: 'regio',
    });
    const school = await alertCount('org_type = $1 AND org_code = $2', ['vo-school', SCHOOL]);
    const nieuw = signaal(A, SCHOOL, GEMEENTE);
    await publish([nieuw]);
    await waitFor(
      'the alert of the new signal',
      async () => (await alertCount('signaal_sleutel = $1', [(nieuw.payload as { signaalId: string }).signaalId])) > 0,
    );
    expect(await alertCount('signaal_sleutel = $1', [(nieuw.payload as { signaalId: string }).signaalId])).toBe(1);
    expect(await alertCount('org_type = $1 AND org_code = $2', ['vo-school', SCHOOL])).toBe(school);
    // Back to the defaults.
    expect(
      (await api('PUT', `routering/${A}`, RMC_A, { regels: [] }, coordinator)).body.regels.every((r: { bron: string }) => r.bron === 'standaard'),
    ).toBe(true);
  });

  it('refuses bad channel settings field by field and keeps the old ones', async () => {
    const beheerder = ['beheerder'];
    const pad = `organisaties/rmc-regio/${A}`;
    const voor = (await api('GET', `${pad}/voorkeuren`, RMC_A, undefined, beheerder)).body;
    const fout = await api('PUT', `${pad}/voorkeuren`, RMC_A, { emailAdressen: ['geen-adres'], modus: 'wekelijks' }, beheerder);
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e: { field: string }) => e.field)).toEqual(['emailAdressen[0]', 'modus']);
    expect((await api('PUT', `${pad}/webhook`, RMC_A, { url: 'ftp://example.org/hook' }, beheerder)).body.errors[0].field).toBe('url');
    expect(
      (await api('PUT', 'organisaties/school/00AH/voorkeuren', RMC_A, { emailAdressen: [], modus: 'direct' }, beheerder)).body.errors[0].field,
    ).toBe('type');
    expect((await api('GET', `${pad}/voorkeuren`, RMC_A, undefined, beheerder)).body).toEqual(voor);
  });
});

describe('a crash mid-stream', () => {
  it('loses and doubles no alert when notificaties is SIGKILLed while consuming and restarted', async () => {
    const N = 3000;
    const signalen = Array.from({ length: N }, () => signaal('MC10', '21AB', 'GM0034'));
    const voor = await alertCount(`context ->> 'rmcRegio' = 'MC10'`);
    expect(voor).toBe(0);
    await publish(signalen);
    await waitFor('consumption under way', async () => (await alertCount(`context ->> 'rmcRegio' = 'MC10'`)) > 300, 30_000, 20);
    await notificaties.stop('SIGKILL');
    const bijKill = await alertCount(`context ->> 'rmcRegio' = 'MC10'`);
    expect(bijKill).toBeLessThan(2 * N);
    await notificaties.start();
    await waitFor('all alerts', async () => (await alertCount(`context ->> 'rmcRegio' = 'MC10' AND escalatie_van IS NULL`)) >= 2 * N, 60_000, 200);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { rows } = await pool.query(
      `SELECT count(*)::int AS alerts, count(DISTINCT (signaal_sleutel, org_type, org_code))::int AS uniek,
              count(DISTINCT signaal_sleutel)::int AS signalen
       FROM "${schema}".alert WHERE context ->> 'rmcRegio' = 'MC10' AND escalatie_van IS NULL`,
    );
    expect(rows[0]).toEqual({ alerts: 2 * N, uniek: 2 * N, signalen: N });
    const historie = await pool.query(
      `SELECT count(*)::int AS n FROM "${schema}".alert_historie h JOIN "${schema}".alert a ON a.id = h.alert_id
       WHERE a.context ->> 'rmcRegio' = 'MC10' AND a.escalatie_van IS NULL AND h.actie = 'aangemaakt'`,
    );
    expect(historie.rows[0].n).toBe(2 * N);
    console.log(`SIGKILL at ${bijKill}/${2 * N} alerts; after restart ${rows[0].alerts} alerts, ${rows[0].uniek} distinct`);
  }, 120_000);
});
