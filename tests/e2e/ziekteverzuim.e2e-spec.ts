import { join } from 'node:path';
import { Pool } from 'pg';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { testServiceEnv } from '../support/test-services';

/**
 * Zorgwekkend ziekteverzuim (M@ZL) end to end over the real broker and database, with a real notificaties: a school
 * (BRIN 99ZZ) registers a student who lives in Assen (GM0106) and records seven sick lesdagen in a row → verzuim's
 * M@ZL signal → an alert in the inbox of the jeugdarts of the GGD serving Assen (ADR 0022) and in the school's — not
 * in that of the GGD serving Groningen; the jeugdarts reads the signal in verzuim, the other GGD and leerplicht do
 * not; a correction of the 7th day withdraws the signal and closes both alerts.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('mazl');
const verzuimSchema = run.schema('verzuim');
const notificatiesSchema = run.schema('notificaties');
const { env, token } = testServiceEnv(run);
const kafka = createKafka('e2e-ziekteverzuim', (process.env.KAFKA_BROKERS as string).split(','));
const rng = mulberry32(1422);

type Org = { type: 'vo-school' | 'gemeente' | 'ggd'; code: string };
const SCHOOL: Org = { type: 'vo-school', code: '99ZZ' };
const JEUGDARTS_ASSEN: Org = { type: 'ggd', code: 'GM0106' };
const JEUGDARTS_GRONINGEN: Org = { type: 'ggd', code: 'GM0014' };
const LEERPLICHT_ASSEN: Org = { type: 'gemeente', code: 'GM0106' };

/** A fictional school's vacations for 2025-2026 (not national dates). */
const KALENDER = {
  vakanties: [
    { naam: 'zomervakantie', van: '2025-07-12', totEnMet: '2025-08-24' },
    { naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' },
    { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
    { naam: 'zomervakantie', van: '2026-07-11', totEnMet: '2026-08-23' },
  ],
};
/** Monday 1 … Tuesday 9 September 2025: seven lesdagen in a row (a weekend between). */
const ZEVEN = ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05', '2025-09-08', '2025-09-09'];

let verzuim: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let pool: Pool;

const ROLLEN: Record<Org['type'], string[]> = { 'vo-school': ['schooladministratie'], gemeente: ['leerplichtambtenaar'], ggd: ['jeugdarts'] };

async function call(service: ServiceUnderTest, method: string, path: string, org: Org, body?: unknown) {
  const response = await fetch(`${service.url}/api/${service.name}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(org, ROLLEN[org.type] as never)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- inbox rows as the API returns them
const inbox = async (org: Org, jongereId: string): Promise<any[]> =>
  (await call(notificaties, 'GET', 'alerts?perPagina=200', org)).body.alerts.filter((a: { jongereId: string }) => a.jongereId === jongereId);

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  verzuim = new ServiceUnderTest(
    'verzuim',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: verzuimSchema },
    join(ROOT, `.local/test-logs/${run.id}-verzuim.log`),
  );
  notificaties = new ServiceUnderTest(
    'notificaties',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: notificatiesSchema },
    join(ROOT, `.local/test-logs/${run.id}-notificaties.log`),
  );
  await Promise.all([verzuim.start(), notificaties.start()]);
  expect((await call(verzuim, 'PUT', 'kalenders/2025-2026', SCHOOL, KALENDER)).status).toBe(200);
}, 180_000);

afterAll(async () => {
  await Promise.all([verzuim?.stop(), notificaties?.stop()]);
  await dropSchemas(pool, [verzuimSchema, `${verzuimSchema}_jobs`, notificatiesSchema, `${notificatiesSchema}_jobs`]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('sick reports → M@ZL → the jeugdarts of the woongemeente', () => {
  it('reaches the jeugdarts of Assen (where the student lives) and the school, not the GGD of Groningen; a correction withdraws it', async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0106', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' };
    const geregistreerd = await call(verzuim, 'POST', 'leerlingen', SCHOOL, leerling);
    expect(geregistreerd.status).toBe(200);
    const jongereId: string = geregistreerd.body.leerlingIds[0];

    // Six sick lesdagen: not yet worrying. The seventh: M@ZL.
    expect(
      (await call(verzuim, 'POST', 'absenties/bulk', SCHOOL, { absenties: ZEVEN.slice(0, 6).map((datum) => ({ persoonsnummer, datum, ziek: 6 })) }))
        .status,
    ).toBe(200);
    expect((await call(verzuim, 'GET', 'ziekteverzuim', JEUGDARTS_ASSEN)).body.signalen).toEqual([]);
    expect((await call(verzuim, 'POST', 'absenties/bulk', SCHOOL, { absenties: [{ persoonsnummer, datum: ZEVEN[6], ziek: 6 }] })).status).toBe(200);

    await waitFor('the jeugdarts alert', async () => (await inbox(JEUGDARTS_ASSEN, jongereId)).length > 0, 30_000, 200);
    await waitFor('the school alert', async () => (await inbox(SCHOOL, jongereId)).length > 0, 30_000, 200);
    const [alert] = await inbox(JEUGDARTS_ASSEN, jongereId);
    expect(await inbox(JEUGDARTS_ASSEN, jongereId)).toHaveLength(1);
    expect(alert).toMatchObject({
      signaalType: 'verzuim.ziekteverzuim.zorgwekkend',
      ontvanger: 'jeugdarts-woongemeente',
      organisatie: { type: 'ggd', code: 'GM0106' },
      status: 'nieuw',
    });
    expect(await inbox(SCHOOL, jongereId)).toEqual([expect.objectContaining({ ontvanger: 'vo-school', status: 'nieuw' })]);
    // Not the GGD of the school's gemeente, and no leerplicht alert (M@ZL is no verzuimmelding).
    expect(await inbox(JEUGDARTS_GRONINGEN, jongereId)).toEqual([]);
    expect(await inbox(LEERPLICHT_ASSEN, jongereId)).toEqual([]);

    // The jeugdarts reads the signal in verzuim (list and detail); the other GGD does not find it; leerplicht is refused.
    const lijst = await call(verzuim, 'GET', 'ziekteverzuim', JEUGDARTS_ASSEN);
    expect(lijst.body.signalen).toEqual([
      expect.objectContaining({
        jongereId,
        grond: 'zevende-schooldag-ziek',
        datum: '2025-09-09',
        woongemeente: 'GM0106',
        brin: '99ZZ',
        vervallenOp: null,
      }),
    ]);
    const signaalId: string = lijst.body.signalen[0].id;
    expect((await call(verzuim, 'GET', `ziekteverzuim/${signaalId}`, JEUGDARTS_ASSEN)).body).toMatchObject({
      id: signaalId,
      ziekmeldingen: ['2025-09-01'],
    });
    expect((await call(verzuim, 'GET', 'ziekteverzuim', JEUGDARTS_GRONINGEN)).body.signalen).toEqual([]);
    const elders = await call(verzuim, 'GET', `ziekteverzuim/${signaalId}`, JEUGDARTS_GRONINGEN);
    expect(elders.status).toBe(404);
    expect(elders.type).toContain('application/problem+json');
    expect((await call(verzuim, 'GET', 'ziekteverzuim', LEERPLICHT_ASSEN)).status).toBe(403);
    const inzage = await pool.query(`SELECT count(*)::int AS n FROM "${verzuimSchema}".ziekteverzuim_inzage WHERE organisatie = 'ggd:GM0106'`);
    expect(inzage.rows[0].n).toBeGreaterThanOrEqual(2);

    // The school corrects the 7th day: the signal is void, and both alerts close (geen actie nodig).
    expect((await call(verzuim, 'POST', 'absenties/bulk', SCHOOL, { absenties: [{ persoonsnummer, datum: ZEVEN[6], ziek: 0 }] })).status).toBe(200);
    await waitFor(
      'the alerts closed by the withdrawal',
      async () => [...(await inbox(JEUGDARTS_ASSEN, jongereId)), ...(await inbox(SCHOOL, jongereId))].every((a) => a.status === 'afgehandeld'),
      30_000,
      200,
    );
    expect(await inbox(JEUGDARTS_ASSEN, jongereId)).toEqual([expect.objectContaining({ status: 'afgehandeld', uitkomst: 'geen-actie-nodig' })]);
    expect((await call(verzuim, 'GET', 'ziekteverzuim', JEUGDARTS_ASSEN)).body.signalen).toEqual([]);
    expect((await call(verzuim, 'GET', 'ziekteverzuim?metVervallen=ja', JEUGDARTS_ASSEN)).body.signalen).toEqual([
      expect.objectContaining({ id: signaalId, vervallenOp: expect.any(String) }),
    ]);

    // Pseudonymous: the persoonsnummer is in no event of verzuim and no alert of notificaties.
    const rijen = await pool.query(
      `SELECT envelope::text AS t FROM "${verzuimSchema}".outbox UNION ALL SELECT row_to_json(a)::text FROM "${notificatiesSchema}".alert a`,
    );
    expect(rijen.rows.some((r: { t: string }) => r.t.includes(persoonsnummer))).toBe(false);
  });
});
