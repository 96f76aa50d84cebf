import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DienDossierIn } from '@sluitend/contracts';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { bulkRequests, sendBulk } from '../support/submit';
import { testServiceEnv } from '../support/test-services';

/**
 * trajecten end to end over the real broker and database, fed by a real overstap: an uitschrijving without
 * startkwalificatie (a signal that only attaches by default) and then the re-enrolment window passing on the demo
 * clock (geen-herinschrijving, which opens a case) → exactly one case in the RMC of the woonregio with both signals,
 * visible and workable through trajecten's API, and the RMC inbox's alerts of those signals shown as handled by the
 * case (notificaties); bad input and steps out of turn answer problem+json.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('traj');
const overstapSchema = run.schema('overstap');
const schema = run.schema('trajecten');
const notificatiesSchema = run.schema('notificaties');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true' });
const kafka = createKafka('e2e-trajecten', (process.env.KAFKA_BROKERS as string).split(','));
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;

let overstap: ServiceUnderTest;
let trajecten: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let pool: Pool;
const leerling = generateCohort({ seed: 13, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.05 }).dossiers.find(
  (dossier) => dossier.keuze.bestemming === 'mbo' && rmcRegioVanGemeente(dossier.leerling.woongemeente),
) as DienDossierIn;
const REGIO = rmcRegioVanGemeente(leerling.leerling.woongemeente)?.code as string;
const RMC = { type: 'rmc-regio', code: REGIO } as const;

type Org = { type: 'rmc-regio' | 'mbo-instelling' | 'ops'; code: string };
async function call(
  service: ServiceUnderTest,
  name: string,
  method: string,
  path: string,
  org: Org,
  body?: unknown,
  roles: string[] = ['trajectbegeleider'],
) {
  const bearer = await token(org, (org.type === 'ops' ? ['ops'] : org.type === 'mbo-instelling' ? ['intaker'] : roles) as never);
  const response = await fetch(`${service.url}/api/${name}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as any };
}
const soorten = async (): Promise<string[]> =>
  (await pool.query(`SELECT signaal_soort FROM "${schema}".casus_signaal ORDER BY ontvangen_op`)).rows.map(
    (r: { signaal_soort: string }) => r.signaal_soort,
  );
const api = (method: string, path: string, body?: unknown, org: Org = RMC, roles?: string[]) =>
  call(trajecten, 'trajecten', method, path, org, body, roles);
const overstapApi = (method: string, path: string, body?: unknown, org: Org = MBO) => call(overstap, 'overstap', method, path, org, body);

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  overstap = new ServiceUnderTest(
    'overstap',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: overstapSchema, VROEGE_WAARSCHUWINGEN: '', HERINSCHRIJVING_TERMIJN_WEKEN: '4' },
    join(ROOT, `.local/test-logs/${run.id}-overstap.log`),
  );
  trajecten = new ServiceUnderTest(
    'trajecten',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: schema },
    join(ROOT, `.local/test-logs/${run.id}-trajecten.log`),
  );
  notificaties = new ServiceUnderTest(
    'notificaties',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: notificatiesSchema },
    join(ROOT, `.local/test-logs/${run.id}-notificaties.log`),
  );
  await Promise.all([overstap.start(), trajecten.start(), notificaties.start()]);
  await sendBulk(overstap.url, await bulkRequests([leerling], token));
});

afterAll(async () => {
  await Promise.all([overstap?.stop(), trajecten?.stop(), notificaties?.stop()]);
  await dropSchemas(pool, [overstapSchema, `${overstapSchema}_jobs`, schema, `${schema}_jobs`, notificatiesSchema, `${notificatiesSchema}_jobs`]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('overstap signal → trajecten case, over Kafka', () => {
  it('an uitschrijving only attaches; the passed re-enrolment window opens exactly one case in the woonregio, with both signals', async () => {
    const inschrijving = await overstapApi('POST', 'inschrijvingen', {
      persoonsnummer: leerling.leerling.persoonsnummer,
      schooljaar: '2026-2027',
      crebo: '25180',
      niveau: 2,
      locatie: '25LP00',
      ingeschrevenPer: '2027-08-30',
    });
    expect(inschrijving.status).toBe(201);
    // Into the school year (1 April passes on the way: the student had no aanmelding, a signal that only attaches).
    await overstapApi('POST', 'demo/klok', { naar: '2027-10-12T10:00:00+02:00' }, { type: 'ops', code: 'platform' });
    const uit = await overstapApi('POST', `inschrijvingen/${inschrijving.body.inschrijvingId}/uitschrijving`, {
      uitgeschrevenPer: '2027-10-10',
      reden: 4,
      geboortedatum: '2010-03-01',
      startkwalificatie: false,
    });
    expect(uit.body.signaal).toBe(true);
    await waitFor('the uitschrijving signal recorded', async () => (await soorten()).includes('uitschrijving-zonder-startkwalificatie'), 30_000, 200);
    expect(await pool.query(`SELECT DISTINCT besluit FROM "${schema}".casus_signaal`).then((r) => r.rows)).toEqual([{ besluit: 'alleen-signaal' }]);
    expect((await api('GET', 'casussen')).body.totaal).toBe(0);

    const klok = await overstapApi('POST', 'demo/klok', { naar: '2027-11-09T10:00:00+01:00' }, { type: 'ops', code: 'platform' });
    expect(klok.body.gevuurd).toEqual([{ regel: 'geen-herinschrijving', schooljaar: '2026-2027', signalen: 1 }]);
    await waitFor('a case', async () => (await api('GET', 'casussen')).body.totaal === 1, 30_000, 200);
    const lijst = await api('GET', 'casussen?open=ja');
    expect(lijst.body.casussen).toHaveLength(1);
    const [casus] = lijst.body.casussen;
    expect(casus).toMatchObject({ rmcRegio: REGIO, status: 'aangemeld', aanleiding: 'signaal', casusregisseur: null });

    const detail = await api('GET', `casussen/${casus.id}`);
    expect(detail.status).toBe(200);
    const signalen = detail.body.signalen.map((s: { signaalSoort: string; opende: boolean }) => [s.signaalSoort, s.opende]);
    expect(signalen).toEqual(
      expect.arrayContaining([
        ['uitschrijving-zonder-startkwalificatie', false],
        ['geen-herinschrijving', true],
      ]),
    );
    expect(signalen.filter(([, opende]: [string, boolean]) => opende)).toHaveLength(1);
    expect(signalen).toHaveLength((await soorten()).length);
    // The RMC inbox's alerts of the case's signals show that the case handles them (notificaties, over Kafka).
    const signaalIds = (await pool.query(`SELECT signaal_id FROM "${schema}".casus_signaal WHERE casus_id = $1`, [casus.id])).rows.map(
      (r: { signaal_id: string }) => r.signaal_id,
    );
    expect(signaalIds.length).toBeGreaterThanOrEqual(2);
    const rmcAlerts = async () =>
      (
        (await call(notificaties, 'notificaties', 'GET', 'alerts?perPagina=200', RMC)).body.alerts as Array<{
          signaal: { signaalId?: string };
          casusId: string | null;
        }>
      ).filter((alert) => alert.signaal.signaalId !== undefined && signaalIds.includes(alert.signaal.signaalId));
    await waitFor(
      'the alerts marked with the case',
      async () => {
        const alerts = await rmcAlerts();
        return alerts.length === signaalIds.length && alerts.every((alert) => alert.casusId === casus.id);
      },
      30_000,
      200,
    );
    // Another region does not learn the case exists.
    const ander = REGIO === 'MC03' ? 'MC07' : 'MC03';
    expect((await api('GET', `casussen/${casus.id}`, undefined, { type: 'rmc-regio', code: ander })).status).toBe(404);
  });

  it('works the case over HTTP: 409 for a step out of turn, 400 problem+json for bad input and a close without outcome, 201/200 otherwise', async () => {
    const [casus] = (await api('GET', 'casussen')).body.casussen;
    const buitenBeurt = await api('POST', `casussen/${casus.id}/stappen`, { actie: 'route-toewijzen' });
    expect(buitenBeurt.status).toBe(409);
    expect(buitenBeurt.type).toContain('application/problem+json');
    expect(buitenBeurt.body).toMatchObject({
      code: 'casus.overgang-niet-toegestaan',
      toegestaan: ['contact-leggen', 'afwijzen', 'onbereikbaar-melden', 'afsluiten'],
    });

    const fout = await api('POST', `casussen/${casus.id}/stappen`, { actie: 'weg' });
    expect(fout.status).toBe(400);
    expect(fout.body.errors.map((e: { field: string }) => e.field)).toEqual(['actie']);
    const zonderUitkomst = await api('POST', `casussen/${casus.id}/stappen`, { actie: 'afsluiten' });
    expect(zonderUitkomst.status).toBe(400);
    expect(zonderUitkomst.body.code).toBe('casus.uitkomst-vereist');

    expect((await api('POST', `casussen/${casus.id}/contactpogingen`, { soort: 'huisbezoek', bereikt: true })).status).toBe(201);
    expect(
      (await api('POST', `casussen/${casus.id}/casusregisseur`, { sub: 'u-17', naam: 'Fatima de Vries' }, RMC, ['rmc-coordinator'])).status,
    ).toBe(200);
    expect((await api('POST', `casussen/${casus.id}/stappen`, { actie: 'contact-leggen' })).body.status).toBe('in-contact');
    const dicht = await api('POST', `casussen/${casus.id}/stappen`, { actie: 'afsluiten', uitkomst: { categorie: 'voltijd-onderwijs' } });
    expect(dicht.status).toBe(200);
    expect(dicht.body).toMatchObject({ status: 'afgesloten', uitkomst: { categorie: 'voltijd-onderwijs' }, casusregisseur: { sub: 'u-17' } });

    // Opened again by hand (the person walks in): a new case; a second one is 409 naming the open case.
    const weer = await api('POST', 'casussen', { jongereId: casus.jongereId, aanleiding: 'jongere-zelf' });
    expect(weer.status).toBe(201);
    const dubbel = await api('POST', 'casussen', { persoonsnummer: leerling.leerling.persoonsnummer, aanleiding: 'school' });
    expect(dubbel.status).toBe(409);
    expect(dubbel.body).toMatchObject({ code: 'casus.al-open', casusId: weer.body.id });
    expect((await api('POST', 'casussen', { aanleiding: 'school' })).status).toBe(400);
  });

  it("the coordinator sets the region's rule table; a trajectbegeleider may read it but not change it", async () => {
    const gezet = await api('PUT', `casusregels/${REGIO}`, { regels: [{ signaalSoort: 'aanmelding-gemist', regel: 'opent' }] }, RMC, [
      'rmc-coordinator',
    ]);
    expect(gezet.status).toBe(200);
    expect(gezet.body.regels.find((r: { signaalSoort: string }) => r.signaalSoort === 'aanmelding-gemist')).toEqual({
      signaalSoort: 'aanmelding-gemist',
      regel: 'opent',
      bron: 'regio',
    });
    expect((await api('GET', `casusregels/${REGIO}`)).status).toBe(200);
    expect((await api('PUT', `casusregels/${REGIO}`, { regels: [] })).status).toBe(403);
    const vast = await api('PUT', `casusregels/${REGIO}`, { regels: [{ signaalSoort: 'geen-herinschrijving', regel: 'koppelt' }] }, RMC, [
      'rmc-coordinator',
    ]);
    expect(vast.status).toBe(400);
    expect(vast.body.errors).toEqual([expect.objectContaining({ field: 'regels[0].regel', rule: 'regel.vast' })]);
  });

  it("a decline plans the re-approach over trajecten's own events; a demo clock jump of 3 months fires it once", async () => {
    const casus = (await api('POST', 'casussen', { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'partner' })).body;
    const afgewezen = await api('POST', `casussen/${casus.id}/stappen`, { actie: 'afwijzen' });
    expect(afgewezen.body.status).toBe('afgewezen');
    const timers = async () =>
      (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".heraanpak WHERE casus_id = $1`, [casus.id])).rows[0].n as number;
    await waitFor('the re-approach timers', async () => (await timers()) === 2, 30_000, 200);

    const naar = new Date(new Date(afgewezen.body.gewijzigdOp).getTime() + 93 * 24 * 3600 * 1000).toISOString();
    const klok = await call(trajecten, 'trajecten', 'POST', 'demo/klok', { type: 'ops', code: 'platform' }, { naar });
    expect(klok.status).toBe(200);
    expect(klok.body.gevuurd).toEqual(expect.arrayContaining([{ werk: 'heraanpak', gevuurd: 1 }]));
    const historie = (await api('GET', `casussen/${casus.id}`)).body.historie.filter((h: { actie: string }) => h.actie === 'heraanpak');
    expect(historie.map((h: { toelichting: string }) => h.toelichting)).toEqual(['moment 1: 3 maanden na afgewezen']);
    expect(await timers()).toBe(2);
  });

  it('imports DUO lists (A01, oud-VSV) as text/csv with a per-row report; another media type is 415', async () => {
    const bearer = await token(RMC, ['trajectbegeleider'] as never);
    const csv =
      'bsn_of_onderwijsnummer,geboortedatum,woongemeente,brin,onderwijssoort,opleidingscode,uitschrijfdatum\n999605999,2008-03-15,14,25LP,mbo,25180,2026-02-10\n000000000,2008-03-15,14,25LP,vo,,2026-02-10\n';
    const mc03 = await token({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider'] as never);
    const response = await fetch(`${trajecten.url}/api/trajecten/duo-lijsten/a01?rapportagedatum=2026-03-01`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${mc03}` },
      body: csv,
    });
    expect(response.status).toBe(200);
    const rapport = (await response.json()) as { telling: Record<string, number>; regels: Array<{ regel: number; status: string }> };
    expect(rapport.telling).toMatchObject({ ongeldig: 1, 'nieuwe-casus': 1 });
    expect(rapport.regels.map((r) => [r.regel, r.status])).toEqual([
      [2, 'nieuwe-casus'],
      [3, 'ongeldig'],
    ]);
    const json = await fetch(`${trajecten.url}/api/trajecten/duo-lijsten/a01?rapportagedatum=2026-03-01`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ csv }),
    });
    expect(json.status).toBe(415);
    const oudVsv = await fetch(`${trajecten.url}/api/trajecten/duo-lijsten/oud-vsv?peildatum=2026-01-15`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${mc03}` },
      body: 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,uitgeschreven_op\n101222331,2006-03-03,GM0014,2024-06-30\n',
    });
    expect(oudVsv.status).toBe(200);
    expect(((await oudVsv.json()) as { telling: Record<string, number> }).telling['nieuwe-casus']).toBe(1);
  });
});
