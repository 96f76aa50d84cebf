import { join } from 'node:path';
import { Pool } from 'pg';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { testServiceEnv } from '../support/test-services';

/**
 * Verlof end to end over the real broker and database, with a real notificaties: a school (BRIN 99VL) enters a
 * request of 5 school days for a student who lives in Assen (GM0106) and grants it itself — no signal, and the hours
 * it recorded ongeoorloofd in the period show as geoorloofd in its 4-week totals; a request beyond 10 school days →
 * verzuim.verlof.aangevraagd → an alert in the inbox of the leerplicht of Assen (not of Groningen, not the school's),
 * who finds it in its verlof list and decides it → verzuim.verlof.besloten closes the alert.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('verlof');
const verzuimSchema = run.schema('verzuim');
const notificatiesSchema = run.schema('notificaties');
const { env, token } = testServiceEnv(run);
const kafka = createKafka('e2e-verlof', (process.env.KAFKA_BROKERS as string).split(','));
const rng = mulberry32(1433);

type Org = { type: 'vo-school' | 'gemeente' | 'ggd'; code: string };
const SCHOOL: Org = { type: 'vo-school', code: '99VL' };
const LEERPLICHT_ASSEN: Org = { type: 'gemeente', code: 'GM0106' };
const LEERPLICHT_GRONINGEN: Org = { type: 'gemeente', code: 'GM0014' };

/** A fictional school's vacations for 2025-2026 (not national dates). */
const KALENDER = {
  vakanties: [
    { naam: 'zomervakantie', van: '2025-07-12', totEnMet: '2025-08-24' },
    { naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' },
    { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
    { naam: 'zomervakantie', van: '2026-07-11', totEnMet: '2026-08-23' },
  ],
};
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

describe('verlof: the school decides up to 10 school days, the leerplicht of the woongemeente beyond', () => {
  it('a short request is granted by the school (totals geoorloofd); a long one alerts the leerplicht of Assen, whose decision closes the alert', async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0106', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' };
    const geregistreerd = await call(verzuim, 'POST', 'leerlingen', SCHOOL, leerling);
    expect(geregistreerd.status).toBe(200);
    const jongereId: string = geregistreerd.body.leerlingIds[0];

    // Up to 10 school days: the school's own decision, no signal for leerplicht.
    const kort = await call(verzuim, 'POST', 'verlof', SCHOOL, {
      persoonsnummer,
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'ernstige-ziekte-familie',
      van: '2026-02-02',
      totEnMet: '2026-02-06',
      aangevraagdOp: '2026-01-26',
    });
    expect(kort.status).toBe(201);
    expect(kort.body).toMatchObject({ lesdagen: 5, beslisser: 'directeur', status: 'aangevraagd' });
    expect((await call(verzuim, 'POST', `verlof/${kort.body.id}/besluit`, SCHOOL, { besluit: 'verleend' })).body).toMatchObject({
      status: 'verleend',
    });
    // Hours the school recorded ongeoorloofd inside the granted period count as geoorloofd in its 4-week totals.
    expect(
      (
        await call(verzuim, 'POST', 'absenties/bulk', SCHOOL, {
          absenties: [
            { persoonsnummer, datum: '2026-02-03', ongeoorloofd: 6 },
            { persoonsnummer, datum: '2026-02-10', ongeoorloofd: 2 },
          ],
        })
      ).status,
    ).toBe(200);
    const overzicht = await call(verzuim, 'GET', 'leerlingen?peildatum=2026-02-13', SCHOOL);
    expect(overzicht.body.leerlingen.find((l: { leerlingId: string }) => l.leerlingId === jongereId)).toMatchObject({
      ongeoorloofd: 2,
      geoorloofd: 6,
    });

    // Beyond 10 school days (5 granted + 12 asked): the leerplicht of the woongemeente decides; an alert in its inbox.
    const lang = await call(verzuim, 'POST', 'verlof', SCHOOL, {
      persoonsnummer,
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'ernstige-ziekte-familie',
      van: '2026-03-02',
      totEnMet: '2026-03-17',
      aangevraagdOp: '2026-02-27',
    });
    expect(lang.status).toBe(201);
    expect(lang.body).toMatchObject({ lesdagen: 12, beslisser: 'leerplichtambtenaar', status: 'aangevraagd' });
    const verlofId: string = lang.body.id;
    await waitFor('the leerplicht alert', async () => (await inbox(LEERPLICHT_ASSEN, jongereId)).length > 0, 30_000, 200);
    const [alert] = await inbox(LEERPLICHT_ASSEN, jongereId);
    expect(await inbox(LEERPLICHT_ASSEN, jongereId)).toHaveLength(1);
    expect(alert).toMatchObject({
      signaalType: 'verzuim.verlof.aangevraagd',
      ontvanger: 'leerplicht-woongemeente',
      organisatie: { type: 'gemeente', code: 'GM0106' },
      status: 'nieuw',
    });
    expect(await inbox(LEERPLICHT_GRONINGEN, jongereId)).toEqual([]);
    expect(await inbox(SCHOOL, jongereId)).toEqual([]);

    // The school may not decide it; the leerplicht of Assen finds it in its list (Groningen does not) and decides.
    expect((await call(verzuim, 'POST', `verlof/${verlofId}/besluit`, SCHOOL, { besluit: 'verleend' })).status).toBe(403);
    expect((await call(verzuim, 'GET', 'verlof', LEERPLICHT_GRONINGEN)).body.aanvragen.map((a: { id: string }) => a.id)).not.toContain(verlofId);
    expect((await call(verzuim, 'GET', 'verlof', LEERPLICHT_ASSEN)).body.aanvragen.map((a: { id: string }) => a.id)).toContain(verlofId);
    const besluit = await call(verzuim, 'POST', `verlof/${verlofId}/besluit`, LEERPLICHT_ASSEN, {
      besluit: 'geweigerd',
      toelichting: 'niet gewichtig genoeg',
    });
    expect(besluit.status).toBe(200);
    expect(besluit.body).toMatchObject({ status: 'geweigerd', beslisser: 'leerplichtambtenaar' });

    await waitFor(
      'the alert closed by the decision',
      async () => (await inbox(LEERPLICHT_ASSEN, jongereId))[0]?.status === 'afgehandeld',
      30_000,
      200,
    );
    expect(await inbox(LEERPLICHT_ASSEN, jongereId)).toEqual([expect.objectContaining({ status: 'afgehandeld', uitkomst: 'geen-actie-nodig' })]);
    const historie = await pool.query(
      `SELECT h.actie, h.toelichting FROM "${notificatiesSchema}".alert_historie h JOIN "${notificatiesSchema}".alert a ON a.id = h.alert_id
       WHERE a.jongere_id = $1 AND h.actie = 'verlof besloten'`,
      [jongereId],
    );
    expect(historie.rows).toEqual([
      { actie: 'verlof besloten', toelichting: 'De leerplichtambtenaar heeft over de verlofaanvraag beslist: geweigerd.' },
    ]);

    // Pseudonymous: the persoonsnummer and the explanation are in no event of verzuim and no alert of notificaties.
    const rijen = await pool.query(
      `SELECT envelope::text AS t FROM "${verzuimSchema}".outbox UNION ALL SELECT row_to_json(a)::text FROM "${notificatiesSchema}".alert a`,
    );
    expect(rijen.rows.some((r: { t: string }) => r.t.includes(persoonsnummer) || r.t.includes('niet gewichtig'))).toBe(false);
  });
});
