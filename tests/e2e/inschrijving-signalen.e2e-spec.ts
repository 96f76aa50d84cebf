import { join } from 'node:path';
import { Pool } from 'pg';
import { DienDossierIn, topicNames } from '@sluitend/contracts';
import { createKafka, readTopic } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun } from '@sluitend/testing';
import { bulkRequests, sendBulk } from '../support/submit';
import { testServiceEnv } from '../support/test-services';

/**
 * Inschrijving, uitschrijving, switch and BSA with their signals, at the edges of DOMAIN.md: an uitschrijving
 * without startkwalificatie under 23 is signalled at once; a re-enrolment one day inside the window closes the
 * follow-up, one day outside it does not; a switch is no uitschrijving; a negative BSA is signalled once.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('insch');
const schema = run.schema('overstap');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true', DB_SCHEMA: schema, HERINSCHRIJVING_TERMIJN_WEKEN: '4' });
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;
const kafka = createKafka('e2e-inschrijving', (process.env.KAFKA_BROKERS as string).split(','));

let overstap: ServiceUnderTest;
let pool: Pool;
const cohort = generateCohort({ seed: 21, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.05 }).dossiers;
const leerlingen = cohort.slice(0, 7);
/** Heading for the mbo and enrolled on the teldatum. */
const opTeldatumIngeschreven = cohort.slice(7).find((leerling) => leerling.keuze.bestemming === 'mbo') as DienDossierIn;

async function call(method: string, path: string, body?: unknown, org: { type: 'mbo-instelling' | 'ops'; code: string } = MBO) {
  const bearer = await token(org, org.type === 'ops' ? ['ops'] : ['intaker']);
  const response = await fetch(`${overstap.url}/api/overstap/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, body: (await response.json()) as any };
}

const klok = (naar: string) => call('POST', 'demo/klok', { naar }, { type: 'ops', code: 'platform' });

const schrijfIn = async (leerling: DienDossierIn, ingeschrevenPer: string, crebo = '25180', locatie = '25LP00') =>
  (
    await call('POST', 'inschrijvingen', {
      persoonsnummer: leerling.leerling.persoonsnummer,
      schooljaar: '2026-2027',
      crebo,
      niveau: 2,
      locatie,
      ingeschrevenPer,
    })
  ).body.inschrijvingId as string;

const schrijfUit = (id: string, uitgeschrevenPer: string, extra: Record<string, unknown> = {}) =>
  call('POST', `inschrijvingen/${id}/uitschrijving`, { uitgeschrevenPer, reden: 4, geboortedatum: '2010-03-01', startkwalificatie: false, ...extra });

const signalen = async (regel: string) =>
  (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".signaal WHERE regel = $1`, [regel])).rows[0].n as number;

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  overstap = new ServiceUnderTest('overstap', await freePort(), ROOT, env, join(ROOT, `.local/test-logs/${run.id}-overstap.log`));
  await overstap.start();
  await sendBulk(overstap.url, await bulkRequests([...leerlingen, opTeldatumIngeschreven], token));
  // Enrolled on the teldatum (1 October 2027): the only one of the cohort without a "niet ingeschreven" signal.
  await schrijfIn(opTeldatumIngeschreven, '2027-08-30', '25180', '25LP02');
  await klok('2027-10-15T10:00:00+02:00');
});

describe('the teldatum (1 October)', () => {
  it('signals each mbo-bound student not enrolled on 1 October, once, and not the enrolled one', async () => {
    const verwacht = leerlingen.filter((leerling) => leerling.keuze.bestemming === 'mbo').length;
    expect(verwacht).toBeGreaterThan(0);
    expect(opTeldatumIngeschreven).toBeDefined();
    expect(await signalen('niet-ingeschreven-teldatum')).toBe(verwacht);
    expect((await klok('2027-10-16T10:00:00+02:00')).body.gevuurd).toEqual([]);
    expect(await signalen('niet-ingeschreven-teldatum')).toBe(verwacht);
  });
});

afterAll(async () => {
  await overstap?.stop();
  await dropSchemas(pool, [schema, `${schema}_jobs`]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('uitschrijving without startkwalificatie and the re-enrolment window (4 weeks)', () => {
  it('signals at once, and closes the follow-up for a re-enrolment one day inside the window but not one day outside', async () => {
    const [binnen, buiten] = leerlingen;
    const a = await schrijfIn(binnen, '2027-08-30');
    const b = await schrijfIn(buiten, '2027-08-30');
    const uitA = await schrijfUit(a, '2027-10-10');
    expect(uitA.body).toMatchObject({ signaal: true, herinschrijvingUiterlijk: '2027-11-07' });
    await schrijfUit(b, '2027-10-10');
    expect(await signalen('uitschrijving-zonder-startkwalificatie')).toBe(2);

    await schrijfIn(binnen, '2027-11-06', '25181', '25LP01');
    await schrijfIn(buiten, '2027-11-08', '25181', '25LP01');
    const fired = await klok('2027-11-08T10:00:00+01:00');
    expect(fired.body.gevuurd).toEqual([{ regel: 'geen-herinschrijving', schooljaar: '2026-2027', signalen: 1 }]);
    expect(await signalen('geen-herinschrijving')).toBe(1);
    expect((await klok('2027-11-09T10:00:00+01:00')).body.gevuurd).toEqual([]);

    const records = await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events);
    const types = records.map((record) => JSON.parse(record.value?.toString('utf8') ?? '{}').type as string);
    expect(types.filter((type) => type === 'overstap.signaal.uitschrijving-zonder-startkwalificatie')).toHaveLength(2);
    expect(types.filter((type) => type === 'overstap.deadline.geen-herinschrijving')).toHaveLength(1);

    const school = await token({ type: 'vo-school', code: binnen.school.brin }, ['decaan']);
    const response = await fetch(`${overstap.url}/api/overstap/monitor/leerlingen?schooljaar=2026-2027&limit=500`, {
      headers: { authorization: `Bearer ${school}` },
    });
    const { items } = (await response.json()) as { items: Array<{ naam: string; status: string; signalen: string[] }> };
    const naam = (leerling: DienDossierIn) => `${leerling.leerling.voornamen} ${leerling.leerling.achternaam}`;
    const rij = items.find((item) => item.naam === naam(binnen));
    expect(rij?.status).toBe('ingeschreven');
    expect(rij?.signalen).toContain('uitschrijving-zonder-startkwalificatie');
  });

  it('does not signal a student with startkwalificatie, one of 23 or older, or a switch', async () => {
    const [, , metSk, ouder, switcher] = leerlingen;
    const voor = await signalen('uitschrijving-zonder-startkwalificatie');
    expect((await schrijfUit(await schrijfIn(metSk, '2027-08-30'), '2027-10-12', { startkwalificatie: true })).body.signaal).toBe(false);
    expect((await schrijfUit(await schrijfIn(ouder, '2027-08-30'), '2027-10-12', { geboortedatum: '2004-10-01' })).body.signaal).toBe(false);
    const oud = await schrijfIn(switcher, '2027-08-30');
    const geswitcht = await call('POST', `inschrijvingen/${oud}/switch`, { crebo: '25190', niveau: 3, locatie: '25LP00', per: '2027-10-13' });
    expect(geswitcht.status).toBe(200);
    expect(geswitcht.body.switchVan).toBe(oud);
    expect(await signalen('uitschrijving-zonder-startkwalificatie')).toBe(voor);
    expect((await call('POST', `inschrijvingen/${oud}/switch`, { crebo: '25191', niveau: 3, locatie: '25LP00', per: '2027-10-14' })).status).toBe(
      409,
    );
  });
});

describe('bindend studieadvies and bad reports', () => {
  it('signals a negative BSA once per student per schooljaar, a positive one never', async () => {
    const leerling = leerlingen[5];
    const id = await schrijfIn(leerling, '2027-08-30');
    expect((await call('POST', `inschrijvingen/${id}/bsa`, { negatief: false, gegevenOp: '2027-10-14' })).body.signaal).toBe(false);
    expect((await call('POST', `inschrijvingen/${id}/bsa`, { negatief: true, gegevenOp: '2027-10-14' })).body.signaal).toBe(true);
    expect((await call('POST', `inschrijvingen/${id}/bsa`, { negatief: true, gegevenOp: '2027-10-15' })).body.signaal).toBe(false);
    expect(await signalen('negatief-bsa')).toBe(1);
  });

  it('rejects bad reports with the field and the rule, and another institution finds nothing', async () => {
    const id = await schrijfIn(leerlingen[6], '2027-08-30');
    const before = (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".outbox`)).rows[0].n;
    const reden = await schrijfUit(id, '2027-10-10', { reden: 10 });
    expect(reden.status).toBe(400);
    expect(reden.body.errors.map((error: { field: string }) => error.field)).toContain('reden');
    const toekomst = await schrijfUit(id, '2027-12-01');
    expect(toekomst.body.errors.map((error: { rule: string }) => error.rule)).toContain('niet-in-de-toekomst');
    expect(
      (
        await call(
          'POST',
          `inschrijvingen/${id}/uitschrijving`,
          { uitgeschrevenPer: '2027-10-10', reden: 4, geboortedatum: '2010-03-01', startkwalificatie: false },
          { type: 'mbo-instelling', code: '01XY' },
        )
      ).status,
    ).toBe(404);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "${schema}".outbox`)).rows[0].n).toBe(before);
    expect((await schrijfUit(id, '2027-10-10')).status).toBe(200);
    expect((await schrijfUit(id, '2027-10-11')).status).toBe(409);
  });
});
