import { join } from 'node:path';
import { Pool } from 'pg';
import { DienDossierIn, Envelope, topicNames } from '@sluitend/contracts';
import { isMinstens, localDateOf, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { createKafka, readTopic } from '@sluitend/messaging';
import { demoClockSchema } from '@sluitend/platform';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { bulkRequests, sendBulk } from '../support/submit';
import { testServiceEnv } from '../support/test-services';

/**
 * One demo clock for the platform: overstap and notificaties run as processes; a real overstap signal (an
 * uitschrijving without startkwalificatie, signalled at once) becomes alerts in notificaties; then ONE jump of the demo
 * clock, made through overstap's endpoint, past the default escalation term (5 werkdagen) — and notificaties, never
 * asked itself, escalates each alert nobody picked up exactly once, and the picked-up one not at all.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('esckl');
const overstapSchema = run.schema('overstap');
const schema = run.schema('notificaties');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true' });
const kafka = createKafka('e2e-escalatie', (process.env.KAFKA_BROKERS as string).split(','));
const SIGNAAL = 'overstap.signaal.uitschrijving-zonder-startkwalificatie';
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;
const OPS = { type: 'ops', code: 'platform' } as const;

const cohort = generateCohort({ seed: 33, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.05 }).dossiers;
const leerlingen = cohort.filter((dossier) => rmcRegioVanGemeente(dossier.leerling.woongemeente)?.code === 'MC07').slice(0, 3);
const REGIO = { type: 'rmc-regio', code: 'MC07' } as const;

let overstap: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let pool: Pool;
/** The alerts the signals made, by id. */
let alerts: Array<{ id: string; org_type: string; escaleren_op: Date; aangemaakt_op: Date }>;
let opgepakt: string;

type Org = { type: string; code: string };
async function call(
  service: ServiceUnderTest,
  method: string,
  path: string,
  org: Org,
  body?: unknown,
  roles: string[] = [org.type === 'mbo-instelling' ? 'intaker' : 'trajectbegeleider'],
) {
  const bearer = await token(org as never, (org.type === 'ops' ? ['ops'] : roles) as never);
  const response = await fetch(`${service.url}/api/${service.name}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, body: (await response.json()) as any };
}

const escalaties = async () =>
  (
    await pool.query<{ id: string; escalatie_van: string; org_type: string; org_code: string; ontvanger: string }>(
      `SELECT id, escalatie_van, org_type, org_code, ontvanger FROM "${schema}".alert WHERE signaal_type = 'escalatie'`,
    )
  ).rows;

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  overstap = new ServiceUnderTest(
    'overstap',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: overstapSchema, VROEGE_WAARSCHUWINGEN: '' },
    join(ROOT, `.local/test-logs/${run.id}-overstap.log`),
  );
  // notificaties keeps its default ESCALATIE_TERMIJN: 5 werkdagen.
  notificaties = new ServiceUnderTest(
    'notificaties',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: schema },
    join(ROOT, `.local/test-logs/${run.id}-notificaties.log`),
  );
  await Promise.all([overstap.start(), notificaties.start()]);
  expect(leerlingen).toHaveLength(3);

  await sendBulk(overstap.url, await bulkRequests(leerlingen, token));
  const vandaag = localDateOf(new Date());
  for (const leerling of leerlingen) {
    const ingeschreven = await call(
      overstap,
      'POST',
      'inschrijvingen',
      MBO,
      {
        persoonsnummer: leerling.leerling.persoonsnummer,
        schooljaar: '2026-2027',
        crebo: '25180',
        niveau: 2,
        locatie: '25LP00',
        ingeschrevenPer: '2026-08-31',
      },
      ['intaker'],
    );
    expect(ingeschreven.body.inschrijvingId).toEqual(expect.any(String));
    const uit = await call(
      overstap,
      'POST',
      `inschrijvingen/${ingeschreven.body.inschrijvingId}/uitschrijving`,
      MBO,
      {
        uitgeschrevenPer: vandaag,
        reden: 4,
        geboortedatum: leerling.leerling.geboortedatum,
        startkwalificatie: false,
      },
      ['intaker'],
    );
    expect(uit.body.signaal).toBe(true);
  }
  // The RMC of the woonregio for each, and leerplicht for each minor.
  const minderjarig = (dossier: DienDossierIn) => !isMinstens(dossier.leerling.geboortedatum, vandaag, 18);
  const verwacht = leerlingen.length + leerlingen.filter(minderjarig).length;
  alerts = await waitFor(
    'the alerts of the signals',
    async () => {
      const { rows } = await pool.query(`SELECT id, org_type, escaleren_op, aangemaakt_op FROM "${schema}".alert WHERE signaal_type = $1`, [SIGNAAL]);
      return rows.length === verwacht ? rows : undefined;
    },
    30_000,
    200,
  );
}, 180_000);

afterAll(async () => {
  await Promise.all([overstap?.stop(), notificaties?.stop()]);
  await dropSchemas(pool, [overstapSchema, `${overstapSchema}_jobs`, schema, `${schema}_jobs`, demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('one demo clock jump makes escalation fire', () => {
  it('gives every alert an escalation moment 5 working days out, and nothing escalates before the jump', async () => {
    for (const alert of alerts)
      expect(new Date(alert.escaleren_op).getTime() - new Date(alert.aangemaakt_op).getTime()).toBeGreaterThanOrEqual(5 * 86_400_000);
    const [eerste] = (await call(notificaties, 'GET', `alerts?signaalType=${SIGNAAL}`, REGIO)).body.alerts;
    const pakOp = await call(notificaties, 'POST', `alerts/${eerste.id}/opgepakt`, REGIO, {});
    expect(pakOp.body.status).toBe('opgepakt');
    opgepakt = eerste.id;
    expect(await escalaties()).toEqual([]);
  });

  it('escalates each alert nobody picked up exactly once after one jump through overstap, without notificaties being asked', async () => {
    const laatste = Math.max(...alerts.map((alert) => new Date(alert.escaleren_op).getTime()));
    const klok = await call(overstap, 'POST', 'demo/klok', OPS, { naar: new Date(laatste + 60_000).toISOString() });
    expect(klok.status).toBe(200);
    expect(klok.body).toMatchObject({ verzet: true, gevuurd: [] });

    const onbehandeld = alerts
      .filter((alert) => alert.id !== opgepakt)
      .map((alert) => alert.id)
      .sort();
    const gevonden = await waitFor(
      'the escalations',
      async () => {
        const rows = await escalaties();
        return rows.length >= onbehandeld.length ? rows : undefined;
      },
      30_000,
      200,
    );
    expect(gevonden.map((row) => row.escalatie_van).sort()).toEqual(onbehandeld);
    expect(gevonden.every((row) => row.org_type === 'rmc-regio' && row.org_code === 'MC07' && row.ontvanger === 'rmc-coordinator')).toBe(true);

    // notificaties' own clock moved with the jump, and its inbox shows the escalations to the region.
    const nu = (await call(notificaties, 'GET', 'demo/klok', OPS)).body.nu;
    expect(new Date(nu).getTime()).toBeGreaterThanOrEqual(laatste);
    expect((await call(notificaties, 'GET', 'alerts?signaalType=escalatie', REGIO)).body.totaal).toBe(onbehandeld.length);

    // Exactly once: nothing more later, one notificaties.alert.geescaleerd per alert, none for the picked-up one.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await escalaties()).toHaveLength(onbehandeld.length);
    const events = await waitFor('the geescaleerd events on Kafka', async () => {
      const records = (await readTopic(kafka, topicNames(run.topicPrefix, 'notificaties').events)).map(
        (record) => JSON.parse(String(record.value)) as Envelope<{ alertId: string }>,
      );
      const geescaleerd = records.filter((event) => event.type === 'notificaties.alert.geescaleerd');
      return geescaleerd.length >= onbehandeld.length ? geescaleerd : undefined;
    });
    expect(events.map((event) => event.payload.alertId).sort()).toEqual(onbehandeld);
    const { rows } = await pool.query(`SELECT geescaleerd_op FROM "${schema}".alert WHERE id = $1`, [opgepakt]);
    expect(rows[0].geescaleerd_op).toBeNull();
  });
});
