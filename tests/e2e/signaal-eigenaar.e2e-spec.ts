import { join } from 'node:path';
import { Pool } from 'pg';
import { DienDossierIn } from '@sluitend/contracts';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { demoClockSchema } from '@sluitend/platform';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { testServiceEnv } from '../support/test-services';

/**
 * Issue 10, "No signal lost", end to end: overstap and notificaties as processes on one demo clock.
 * - An uitschrijving of a student without dossier reaches the RMC of the woongemeente the mbo gave on the inschrijving.
 * - One without any known woongemeente waits in notificaties' "niet te routeren" list (and its gauge) until a
 *   coordinator names the gemeente; then it reaches that RMC.
 * - A dossier submitted on 10 April without aanmelding gets exactly one aanmelding-gemist (and its alert).
 * - A student's second uitschrijving without startkwalificatie, in a later year, raises a second signal and alert.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('eigen');
const overstapSchema = run.schema('overstap');
const schema = run.schema('notificaties');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true' });
const kafka = createKafka('e2e-signaal-eigenaar', (process.env.KAFKA_BROKERS as string).split(','));
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;
const OPS = { type: 'ops', code: 'platform' } as const;
const AMSTERDAM = { woongemeente: 'GM0363', rmcRegio: rmcRegioVanGemeente('GM0363')?.code as string };
const COORDINATOR = { type: 'rmc-regio', code: AMSTERDAM.rmcRegio } as const;
const UITSCHRIJVING = 'overstap.signaal.uitschrijving-zonder-startkwalificatie';

const cohort = generateCohort({ seed: 47, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.05 }).dossiers.filter(
  (dossier) => dossier.keuze.bestemming === 'mbo',
);
const [vroeg, laat, zonderDossier, onbekend] = cohort;

let overstap: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let pool: Pool;
/** The student whose woongemeente nobody knew until the coordinator named it. */
let onbekendId = '';

type Org = { type: string; code: string };
async function call(service: ServiceUnderTest, method: string, path: string, org: Org, body?: unknown, roles: string[] = ['intaker']) {
  const bearer = await token(org as never, (org.type === 'ops' ? ['ops'] : roles) as never);
  const response = await fetch(`${service.url}/api/${service.name}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, body: (await response.json()) as any };
}

const klok = async (naar: string) => {
  const response = await call(overstap, 'POST', 'demo/klok', OPS, { naar });
  expect(response.status).toBe(200);
  return response.body;
};
const dien = async (dossier: DienDossierIn) => {
  const response = await call(overstap, 'POST', 'dossiers', { type: 'vo-school', code: dossier.school.brin }, dossier, ['schooladministratie']);
  expect([200, 201]).toContain(response.status);
  return (await pool.query(`SELECT jongere_id FROM "${overstapSchema}".dossier WHERE id = $1`, [response.body.dossierId])).rows[0]
    .jongere_id as string;
};
const schrijfIn = async (dossier: DienDossierIn, ingeschrevenPer: string, extra: Record<string, unknown> = {}) => {
  const response = await call(overstap, 'POST', 'inschrijvingen', MBO, {
    persoonsnummer: dossier.leerling.persoonsnummer,
    schooljaar: '2026-2027',
    crebo: '25180',
    niveau: 2,
    locatie: '25LP00',
    ingeschrevenPer,
    ...extra,
  });
  expect(response.status).toBe(201);
  const id = response.body.inschrijvingId as string;
  const jongereId = (await pool.query(`SELECT jongere_id FROM "${overstapSchema}".inschrijving WHERE id = $1`, [id])).rows[0].jongere_id as string;
  return { id, jongereId };
};
// Born in 2008: an adult on every date below (leerplicht is not told), under 23 (the RMC is).
const schrijfUit = (id: string, uitgeschrevenPer: string) =>
  call(overstap, 'POST', `inschrijvingen/${id}/uitschrijving`, MBO, {
    uitgeschrevenPer,
    reden: 4,
    geboortedatum: '2008-01-15',
    startkwalificatie: false,
  });
const alerts = (jongereId: string, type: string) =>
  pool
    .query<{ org: string }>(
      `SELECT org_type || ':' || org_code AS org FROM "${schema}".alert WHERE jongere_id = $1 AND signaal_type = $2 ORDER BY aangemaakt_op`,
      [jongereId, type],
    )
    .then((result) => result.rows.map((row) => row.org));
const alertsWhen = (jongereId: string, type: string, aantal: number) =>
  waitFor(
    `${aantal} alert(s) ${type}`,
    async () => {
      const found = await alerts(jongereId, type);
      return found.length >= aantal ? found : undefined;
    },
    30_000,
    200,
  );
const metric = async (name: string) => {
  const text = await (await fetch(`${notificaties.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  return line ? Number(line.split(' ').pop()) : undefined;
};

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
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
    { ...env, DB_SCHEMA: schema },
    join(ROOT, `.local/test-logs/${run.id}-notificaties.log`),
  );
  await Promise.all([overstap.start(), notificaties.start()]);
  expect(onbekend).toBeDefined();
}, 180_000);

afterAll(async () => {
  await Promise.all([overstap?.stop(), notificaties?.stop()]);
  await dropSchemas(pool, [overstapSchema, `${overstapSchema}_jobs`, schema, `${schema}_jobs`, demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('every signal reaches an owner, late facts are evaluated, each dropout is signalled (issue 10)', () => {
  it('gives a dossier submitted on 10 April without aanmelding exactly one aanmelding-gemist, and its RMC the alert', async () => {
    await klok('2026-12-01T12:00:00+01:00');
    await dien(vroeg);
    const gevuurd = (await klok('2027-04-02T09:00:00+02:00')).gevuurd;
    expect(gevuurd).toEqual([{ regel: 'aanmelding-gemist', schooljaar: '2026-2027', signalen: 1 }]);

    await klok('2027-04-10T10:00:00+02:00');
    const jongereId = await dien(laat);
    await dien({ ...laat, ondersteuning: { ...laat.ondersteuning, nodig: !laat.ondersteuning.nodig } });
    expect((await klok('2027-04-11T10:00:00+02:00')).gevuurd).toEqual([]);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM "${overstapSchema}".signaal WHERE regel = 'aanmelding-gemist' AND jongere_id = $1`,
      [jongereId],
    );
    expect(rows[0].n).toBe(1);
    const regio = rmcRegioVanGemeente(laat.leerling.woongemeente)?.code;
    expect(await alertsWhen(jongereId, 'overstap.deadline.aanmelding-gemist', 2)).toEqual(
      expect.arrayContaining([`rmc-regio:${regio}`, `vo-school:${laat.school.brin}`]),
    );
  });

  it('routes an uitschrijving of a student without dossier to the RMC of the woongemeente given on the inschrijving', async () => {
    const { id, jongereId } = await schrijfIn(zonderDossier, '2027-08-30', { woongemeente: AMSTERDAM.woongemeente });
    await klok('2027-10-10T10:00:00+02:00');
    expect((await schrijfUit(id, '2027-10-05')).body.signaal).toBe(true);
    expect(await alertsWhen(jongereId, UITSCHRIJVING, 1)).toEqual([`rmc-regio:${AMSTERDAM.rmcRegio}`]);
  });

  it('keeps one with no known woongemeente in the niet-te-routeren list (and gauge) until a coordinator names it, then the RMC gets it', async () => {
    const { id, jongereId } = await schrijfIn(onbekend, '2027-08-30');
    onbekendId = jongereId;
    expect((await schrijfUit(id, '2027-10-06')).body.signaal).toBe(true);
    const open = await waitFor(
      'the signal in the list',
      async () => {
        const lijst = await call(notificaties, 'GET', 'niet-routeerbaar', COORDINATOR, undefined, ['rmc-coordinator']);
        return lijst.body.signalen?.find((s: { jongereId: string }) => s.jongereId === jongereId);
      },
      30_000,
      200,
    );
    expect(open).toMatchObject({ signaalType: UITSCHRIJVING, reden: 'woonregio-onbekend', gerouteerdOp: null });
    expect(await alerts(jongereId, UITSCHRIJVING)).toEqual([]);
    await waitFor('the gauge', async () => ((await metric('sluitend_unroutable_signals')) === 1 ? true : undefined), 30_000, 500);
    const ops = await call(notificaties, 'GET', 'niet-routeerbaar', OPS);
    expect(ops.body.signalen.find((s: { id: string }) => s.id === open.id)).toMatchObject({ jongereId: null, signaal: {} });
    expect((await call(notificaties, 'GET', 'niet-routeerbaar', MBO)).status).toBe(403);

    const toegewezen = await call(notificaties, 'POST', `niet-routeerbaar/${open.id}/woongemeente`, COORDINATOR, { woongemeente: 'gm0363' }, [
      'rmc-coordinator',
    ]);
    expect(toegewezen).toEqual({ status: 200, body: { id: open.id, woongemeente: 'GM0363', rmcRegio: AMSTERDAM.rmcRegio, alerts: 1 } });
    expect(await alerts(jongereId, UITSCHRIJVING)).toEqual([`rmc-regio:${AMSTERDAM.rmcRegio}`]);
    expect(
      (await call(notificaties, 'POST', `niet-routeerbaar/${open.id}/woongemeente`, COORDINATOR, { woongemeente: 'GM0363' }, ['rmc-coordinator']))
        .status,
    ).toBe(409);
    expect(
      (await call(notificaties, 'POST', `niet-routeerbaar/${open.id}/woongemeente`, COORDINATOR, { woongemeente: 'GM9999' }, ['rmc-coordinator']))
        .status,
    ).toBe(400);
    await waitFor('the gauge back at 0', async () => ((await metric('sluitend_unroutable_signals')) === 0 ? true : undefined), 30_000, 500);
  });

  it("raises a second signal and alert for the student's second uitschrijving without startkwalificatie, in a later year", async () => {
    const { jongereId } = await schrijfIn(zonderDossier, '2027-10-20', { woongemeente: AMSTERDAM.woongemeente });
    const tweede = (
      await pool.query(`SELECT id FROM "${overstapSchema}".inschrijving WHERE jongere_id = $1 AND status = 'ingeschreven'`, [jongereId])
    ).rows[0].id;
    await klok('2029-02-01T10:00:00+01:00');
    const uit = await schrijfUit(tweede, '2029-01-25');
    expect(uit.body).toMatchObject({ signaal: true, herinschrijvingUiterlijk: '2029-02-22' });
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${overstapSchema}".signaal WHERE regel = $1 AND jongere_id = $2`, [
      'uitschrijving-zonder-startkwalificatie',
      jongereId,
    ]);
    expect(rows[0].n).toBe(2);
    expect(await alertsWhen(jongereId, UITSCHRIJVING, 2)).toEqual([`rmc-regio:${AMSTERDAM.rmcRegio}`, `rmc-regio:${AMSTERDAM.rmcRegio}`]);

    // The jump also ended the other student's re-enrolment window: overstap still knows no woongemeente, notificaties
    // routes it with the one the coordinator named — to the RMC, not to the list.
    expect(await alertsWhen(onbekendId, 'overstap.deadline.geen-herinschrijving', 1)).toEqual([`rmc-regio:${AMSTERDAM.rmcRegio}`]);
    expect(await metric('sluitend_unroutable_signals')).toBe(0);
  });
});
