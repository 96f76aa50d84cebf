import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { testServiceEnv } from '../support/test-services';

/**
 * verzuim end to end over the real broker and database, with a real notificaties and trajecten: a school (BRIN 99ZZ,
 * in Groningen) sets its calendar, registers a student living in Groningen (GM0014, RMC-regio MC03) and records
 * 4 × 4 hours ongeoorloofd in one week → one verzuimmelding "16 uur in 4 weken" → one alert in the leerplicht inbox of
 * the woongemeente, none for the RMC; an 18-year-old's weeks of absence → RMC-verzuim → an alert for the RMC of the
 * woonregio; a 19-year-old's → RMC-verzuim → a case in trajecten (over Kafka), closed with work and an income class →
 * rapportage's JiKP projection; the absence CSV of a student living in
 * Assen streamed into the import job → a melding → the alert in Assen's leerplicht inbox, not Groningen's (the
 * school's). Bad input is a problem+json naming the record, field and rule, and stores nothing. A melding taken in
 * behandeling and afgesloten by the leerplichtambtenaar reaches rapportage's verzuim figures over Kafka (status and
 * time to handling), and closes its alert in the leerplicht inbox.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('verz');
const verzuimSchema = run.schema('verzuim');
const notificatiesSchema = run.schema('notificaties');
const trajectenSchema = run.schema('trajecten');
const rapportageSchema = run.schema('rapportage');
const { env, token } = testServiceEnv(run);
const kafka = createKafka('e2e-verzuim', (process.env.KAFKA_BROKERS as string).split(','));
const rng = mulberry32(1414);

type Org = { type: 'vo-school' | 'mbo-instelling' | 'gemeente' | 'rmc-regio'; code: string };
const SCHOOL: Org = { type: 'vo-school', code: '99ZZ' };
const MBO: Org = { type: 'mbo-instelling', code: '98YY' };
const LEERPLICHT_GRONINGEN: Org = { type: 'gemeente', code: 'GM0014' };
const RMC_GRONINGEN: Org = { type: 'rmc-regio', code: 'MC03' };
const LEERPLICHT_ASSEN: Org = { type: 'gemeente', code: 'GM0106' };
const LEERPLICHT_ALMERE: Org = { type: 'gemeente', code: 'GM0034' };

/** A fictional school's vacations for 2025-2026 (not national dates). */
const KALENDER = {
  vakanties: [
    { naam: 'zomervakantie', van: '2025-07-12', totEnMet: '2025-08-24' },
    { naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' },
    { naam: 'kerstvakantie', van: '2025-12-20', totEnMet: '2026-01-04' },
    { naam: 'voorjaarsvakantie', van: '2026-02-21', totEnMet: '2026-03-01' },
    { naam: 'meivakantie', van: '2026-04-25', totEnMet: '2026-05-03' },
    { naam: 'zomervakantie', van: '2026-07-11', totEnMet: '2026-08-23' },
  ],
};

let verzuim: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let trajecten: ServiceUnderTest;
let rapportage: ServiceUnderTest;
let pool: Pool;

async function call(service: ServiceUnderTest, method: string, path: string, org: Org, body?: unknown) {
  const roles = org.type === 'gemeente' ? ['leerplichtambtenaar'] : org.type === 'rmc-regio' ? ['trajectbegeleider'] : ['schooladministratie'];
  const response = await fetch(`${service.url}/api/${service.name}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(org, roles as never)}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- inbox rows as the API returns them
const inbox = async (org: Org): Promise<any[]> => (await call(notificaties, 'GET', 'alerts?perPagina=200', org)).body.alerts;

const lesdagen = (van: string, tot: string): string[] => {
  const dagen: string[] = [];
  for (let d = new Date(`${van}T00:00:00Z`); d <= new Date(`${tot}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) dagen.push(d.toISOString().slice(0, 10));
  }
  return dagen;
};

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
  trajecten = new ServiceUnderTest(
    'trajecten',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: trajectenSchema },
    join(ROOT, `.local/test-logs/${run.id}-trajecten.log`),
  );
  rapportage = new ServiceUnderTest(
    'rapportage',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: rapportageSchema },
    join(ROOT, `.local/test-logs/${run.id}-rapportage.log`),
  );
  await Promise.all([verzuim.start(), notificaties.start(), trajecten.start(), rapportage.start()]);
  for (const school of [SCHOOL, MBO]) expect((await call(verzuim, 'PUT', 'kalenders/2025-2026', school, KALENDER)).status).toBe(200);
}, 180_000);

afterAll(async () => {
  await Promise.all([verzuim?.stop(), notificaties?.stop(), trajecten?.stop(), rapportage?.stop()]);
  await dropSchemas(pool, [
    verzuimSchema,
    `${verzuimSchema}_jobs`,
    notificatiesSchema,
    `${notificatiesSchema}_jobs`,
    trajectenSchema,
    `${trajectenSchema}_jobs`,
    rapportageSchema,
    `${rapportageSchema}_jobs`,
  ]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('the API document', () => {
  it('serves the committed OpenAPI document (run ./sluitend docs after an API change)', async () => {
    const served = await (await fetch(`${verzuim.url}/api/verzuim/docs/openapi.json`)).json();
    expect(served).toEqual(JSON.parse(readFileSync(join(ROOT, 'docs/openapi/verzuim.json'), 'utf8')));
  });
});

describe('absence → verzuimmelding → alert', () => {
  it('16 hours in one lesweek: one melding, one alert in the leerplicht inbox of the woongemeente, none for the RMC', async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0014', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' };
    const geregistreerd = await call(verzuim, 'POST', 'leerlingen', SCHOOL, leerling);
    expect(geregistreerd.status).toBe(200);
    const jongereId = geregistreerd.body.leerlingIds[0];

    const absenties = lesdagen('2025-09-01', '2025-09-04').map((datum) => ({ persoonsnummer, datum, ongeoorloofd: 4 }));
    const intake = await call(verzuim, 'POST', 'absenties/bulk', SCHOOL, { absenties });
    expect(intake.status).toBe(200);
    expect(intake.body.meldingen.nieuw).toHaveLength(1);
    // Sent again: nothing new.
    expect((await call(verzuim, 'POST', 'absenties/bulk', SCHOOL, { absenties })).body.meldingen.nieuw).toEqual([]);

    await waitFor('the leerplicht alert', async () => (await inbox(LEERPLICHT_GRONINGEN)).some((a) => a.jongereId === jongereId), 30_000, 200);
    const alerts = (await inbox(LEERPLICHT_GRONINGEN)).filter((a) => a.jongereId === jongereId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ signaalType: 'verzuim.melding.voor-leerplicht', ontvanger: 'leerplicht-woongemeente' });
    expect((await inbox(RMC_GRONINGEN)).filter((a) => a.jongereId === jongereId)).toEqual([]);

    const meldingen = await call(verzuim, 'GET', 'meldingen', LEERPLICHT_GRONINGEN);
    expect(meldingen.body.meldingen.filter((m: { leerlingId: string }) => m.leerlingId === jongereId)).toEqual([
      expect.objectContaining({ soort: 'zestien-uur', startdatum: '2025-09-01', einddatum: '2025-09-04', urenGemist: 16, status: 'geregistreerd' }),
    ]);
    // The pseudonym only: the persoonsnummer is in no event and no row of verzuim.
    const rijen = await pool.query(
      `SELECT envelope::text AS t FROM "${verzuimSchema}".outbox UNION ALL SELECT row_to_json(l)::text FROM "${verzuimSchema}".leerling l`,
    );
    expect(rijen.rows.some((r: { t: string }) => r.t.includes(persoonsnummer))).toBe(false);
  });

  it('an 18-year-old without startkwalificatie absent for five weeks: RMC-verzuim → an alert for the RMC of the woonregio', async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2006-05-01', woongemeente: 'GM0014', onderwijstype: 'mbo', ingeschrevenPer: '2025-08-25' };
    const jongereId = (await call(verzuim, 'POST', 'leerlingen/bulk', MBO, { leerlingen: [leerling] })).body.leerlingIds[0];
    const absenties = lesdagen('2025-09-01', '2025-10-03').map((datum) => ({ persoonsnummer, datum, ongeoorloofd: 6, alleLessenGemist: true }));
    expect((await call(verzuim, 'POST', 'absenties/bulk', MBO, { absenties })).body.meldingen.nieuw).toHaveLength(1);
    await waitFor('the RMC alert', async () => (await inbox(RMC_GRONINGEN)).some((a) => a.jongereId === jongereId), 30_000, 200);
    expect((await inbox(RMC_GRONINGEN)).filter((a) => a.jongereId === jongereId)).toEqual([
      expect.objectContaining({ signaalType: 'verzuim.melding.voor-rmc', ontvanger: 'rmc-woonregio' }),
    ]);
    expect((await inbox(LEERPLICHT_GRONINGEN)).filter((a) => a.jongereId === jongereId)).toEqual([]);
  });
});

describe('RMC-verzuim → a case in trajecten', () => {
  it("a 19-year-old's absence → RMC-verzuim → one case in trajecten for the RMC of the woonregio, over Kafka", async () => {
    const persoonsnummer = generateTestBsn(rng);
    // 19 on 1 September 2025, no startkwalificatie: the RMC's target group, not leerplicht's.
    const leerling = { persoonsnummer, geboortedatum: '2006-02-10', woongemeente: 'GM0014', onderwijstype: 'mbo', ingeschrevenPer: '2025-08-25' };
    const jongereId = (await call(verzuim, 'POST', 'leerlingen/bulk', MBO, { leerlingen: [leerling] })).body.leerlingIds[0];
    const absenties = lesdagen('2025-09-01', '2025-10-03').map((datum) => ({ persoonsnummer, datum, ongeoorloofd: 6, alleLessenGemist: true }));
    const intake = await call(verzuim, 'POST', 'absenties/bulk', MBO, { absenties });
    expect(intake.status).toBe(200);
    expect(intake.body.meldingen.nieuw).toHaveLength(1);
    const meldingen = await pool.query(`SELECT soort, ontvanger FROM "${verzuimSchema}".verzuimmelding WHERE jongere_id = $1`, [jongereId]);
    expect(meldingen.rows).toEqual([{ soort: 'rmc', ontvanger: 'rmc' }]);

    const casussenVan = async () =>
      ((await call(trajecten, 'GET', 'casussen?perPagina=200', RMC_GRONINGEN)).body.casussen as { id: string; jongereId: string }[]).filter(
        (c) => c.jongereId === jongereId,
      );
    await waitFor('the case in trajecten', async () => (await casussenVan()).length > 0, 30_000, 200);
    const [casus] = await casussenVan();
    expect(casus).toMatchObject({ rmcRegio: 'MC03', status: 'aangemeld', aanleiding: 'signaal' });
    const detail = await call(trajecten, 'GET', `casussen/${casus.id}`, RMC_GRONINGEN);
    expect(detail.body.signalen).toEqual([expect.objectContaining({ signaalSoort: 'rmc-verzuim', opende: true })]);
    // The same absence sent again: no second melding, so no second case or signal.
    expect((await call(verzuim, 'POST', 'absenties/bulk', MBO, { absenties })).body.meldingen.nieuw).toEqual([]);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await casussenVan()).toHaveLength(1);
    // Another RMC does not see the case.
    expect((await call(trajecten, 'GET', `casussen/${casus.id}`, { type: 'rmc-regio', code: 'MC07' })).status).toBe(404);

    // Closed with work at an income under € 300 (RMC priority group 2): outcome and income class — never the amount —
    // reach rapportage's JiKP projection over Kafka (ADR 0028).
    const uitkomst = { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 16, inkomensklasse: 'minder-dan-300' };
    const dicht = await call(trajecten, 'POST', `casussen/${casus.id}/stappen`, RMC_GRONINGEN, { actie: 'afsluiten', uitkomst });
    expect(dicht.status).toBe(200);
    expect(dicht.body).toMatchObject({ status: 'afgesloten', uitkomst });
    const inRapportage = async () =>
      (await pool.query(`SELECT casus_id, uitkomst, inkomensklasse FROM "${rapportageSchema}".jikp_uitkomst WHERE jongere_id = $1`, [jongereId]))
        .rows;
    await waitFor('the outcome in rapportage', async () => (await inRapportage()).length > 0, 30_000, 200);
    expect(await inRapportage()).toEqual([{ casus_id: casus.id, uitkomst: 'werk-zonder-startkwalificatie', inkomensklasse: 'minder-dan-300' }]);
  });
});

describe('the melding lifecycle → rapportage', () => {
  it('a melding taken in behandeling and afgesloten shows in the verzuim figures of the woongemeente: status and time to handling', async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0034', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' };
    const ingeschreven = await call(verzuim, 'POST', 'leerlingen', SCHOOL, leerling);
    expect(ingeschreven.status).toBe(200);
    const jongereId = ingeschreven.body.leerlingIds[0];
    const gemeld = await call(verzuim, 'POST', 'meldingen', SCHOOL, {
      persoonsnummer,
      soort: 'luxe',
      startdatum: '2025-10-13',
      einddatum: '2025-10-17',
      dagenGemist: 5,
      vermoedelijkeReden: 'vakantie verlengd',
    });
    expect(gemeld.status).toBe(201);
    const { meldingId } = gemeld.body;
    const figuren = async () => (await call(rapportage, 'GET', 'verzuim?schooljaar=2025-2026', LEERPLICHT_ALMERE)).body;
    // Registered: counted as geregistreerd, not yet in behandeling (luxe verzuim is the third kind).
    await waitFor('the registered melding in rapportage', async () => (await figuren()).perSoortEnStatus.totaal === 1, 60_000, 300);
    expect((await figuren()).perSoortEnStatus.cellen[2]).toEqual([1, 0, 0, 0, 0]);

    // Its alert waits in the inbox of Almere's leerplicht (open) while the melding is worked on.
    const alerts = async () => (await inbox(LEERPLICHT_ALMERE)).filter((a) => a.jongereId === jongereId).map((a) => [a.status, a.uitkomst]);
    await waitFor('the leerplicht alert', async () => (await alerts()).length === 1, 30_000, 300);
    expect(await alerts()).toEqual([['nieuw', null]]);

    const stap = (body: object) => call(verzuim, 'POST', `meldingen/${meldingId}/stappen`, LEERPLICHT_ALMERE, body);
    expect((await stap({ actie: 'in-behandeling-nemen', fase: 'waarnemen' })).status).toBe(200);
    await waitFor('in behandeling in rapportage', async () => (await figuren()).perSoortEnStatus.cellen[2][1] === 1, 30_000, 300);
    expect((await stap({ actie: 'afsluiten', sluitreden: 'terug-naar-school', toelichting: 'weer op school' })).status).toBe(200);
    await waitFor('afgesloten in rapportage', async () => (await figuren()).perSoortEnStatus.cellen[2][2] === 1, 30_000, 300);
    // …and the melding afgesloten closes that alert (geen actie nodig): nothing stays open in the inbox for it.
    await waitFor('the alert closed with the melding', async () => (await alerts())[0]?.[0] === 'afgehandeld', 30_000, 300);
    expect(await alerts()).toEqual([['afgehandeld', 'geen-actie-nodig']]);

    const cijfers = await figuren();
    expect(cijfers.perSoortEnStatus.cellen[2]).toEqual([0, 0, 1, 0, 0]);
    expect(cijfers.perGemeenteEnStatus).toMatchObject({ rijen: ['GM0034'], cellen: [[0, 0, 1, 0, 0]] });
    expect(cijfers.perSchoolEnStatus).toMatchObject({ rijen: ['99ZZ'], cellen: [[0, 0, 1, 0, 0]] });
    // Handled within seconds of the registration: day 0, "binnen 2 dagen", for both times; the median 0 days.
    expect(cijfers.totInBehandeling.cellen[2]).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(cijfers.totAfgesloten.cellen[2]).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(cijfers.mediaanDagen[2]).toEqual({
      soort: 'luxe verzuim',
      totInBehandeling: { mediaan: 0, p90: 0 },
      totAfgesloten: { mediaan: 0, p90: 0 },
    });
    // The status event carried codes only: the closing note is in no event of verzuim.
    const events = await pool.query(
      `SELECT envelope::text AS t FROM "${verzuimSchema}".outbox WHERE event_type = 'verzuim.melding.status-gewijzigd' AND envelope -> 'payload' ->> 'meldingId' = $1`,
      [meldingId],
    );
    expect(events.rows).toHaveLength(2);
    expect(events.rows.some((r: { t: string }) => r.t.includes('weer op school') || r.t.includes(persoonsnummer))).toBe(false);
  });
});

describe('the absence CSV streamed into the import job', () => {
  it("a melding → the alert in the leerplicht inbox of the woongemeente (Assen), not of the school's gemeente (Groningen)", async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0106', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' };
    const jongereId = (await call(verzuim, 'POST', 'leerlingen', SCHOOL, leerling)).body.leerlingIds[0];
    const regels = lesdagen('2025-09-22', '2025-09-25').map((datum) => `${persoonsnummer};${datum};4;`);
    const response = await fetch(`${verzuim.url}/api/verzuim/absenties/imports`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${await token(SCHOOL, ['schooladministratie'])}` },
      body: `bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek\n${regels.join('\n')}\n`,
    });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the job as the API returns it
    let job: any;
    await waitFor(
      'the import job',
      async () => ['klaar', 'afgewezen', 'mislukt'].includes((job = (await call(verzuim, 'GET', `absenties/imports/${jobId}`, SCHOOL)).body).status),
      30_000,
      200,
    );
    expect(job).toMatchObject({ status: 'klaar', gelezen: 4, fouten: 0, leerlingen: 1, meldingen: { nieuw: 1 } });

    await waitFor('the leerplicht alert in Assen', async () => (await inbox(LEERPLICHT_ASSEN)).some((a) => a.jongereId === jongereId), 30_000, 200);
    expect((await inbox(LEERPLICHT_ASSEN)).filter((a) => a.jongereId === jongereId)).toEqual([
      expect.objectContaining({ signaalType: 'verzuim.melding.voor-leerplicht', ontvanger: 'leerplicht-woongemeente' }),
    ]);
    expect((await inbox(LEERPLICHT_GRONINGEN)).filter((a) => a.jongereId === jongereId)).toEqual([]);
  });
});

describe('a CSV export of the school administration', () => {
  const csv = async (tekst: string, org: Org = SCHOOL) => {
    const response = await fetch(`${verzuim.url}/api/verzuim/absenties/csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${await token(org, ['schooladministratie'])}` },
      body: tekst,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
    return { status: response.status, body: (await response.json()) as any };
  };

  it('streams the file in and files the melding; a bad file is refused by line and column, nothing stored', async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0014', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' };
    const jongereId = (await call(verzuim, 'POST', 'leerlingen', SCHOOL, leerling)).body.leerlingIds[0];
    const slecht = await csv(
      `bsn_of_onderwijsnummer;datum;ongeoorloofd\n${persoonsnummer};2025-09-15;4\n${persoonsnummer};2025-10-20;4\n${persoonsnummer};2025-09-17;vier\n`,
    );
    expect(slecht.status).toBe(400);
    expect(slecht.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[4, 'ongeoorloofd']]);
    const buitenLesdag = await csv(`bsn_of_onderwijsnummer;datum;ongeoorloofd\n${persoonsnummer};2025-09-15;4\n${persoonsnummer};2025-10-20;4\n`);
    expect(buitenLesdag.body.errors.map((e: { row: number; field: string; rule: string }) => [e.row, e.field, e.rule])).toEqual([
      [3, 'datum', 'lesdag'],
    ]);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "${verzuimSchema}".absentie WHERE jongere_id = $1`, [jongereId])).rows[0].n).toBe(0);

    const regels = lesdagen('2025-09-15', '2025-09-18').map((datum) => `${persoonsnummer};${datum};3,5;0,5`);
    const goed = await csv(`\uFEFFBSN of onderwijsnummer;Datum;Ongeoorloofd;Ziek\r\n${regels.join('\r\n')}\r\n${persoonsnummer};2025-09-19;2;\r\n`);
    expect(goed.status).toBe(200);
    expect(goed.body).toMatchObject({ verwerkt: 5, leerlingen: 1 });
    expect(goed.body.meldingen.nieuw).toHaveLength(1);
    await waitFor('the leerplicht alert', async () => (await inbox(LEERPLICHT_GRONINGEN)).some((a) => a.jongereId === jongereId), 30_000, 200);
  });
});

describe('bad input', () => {
  it('a day in the vacation and an unregistered student: 400 problem+json naming each record, field and rule; nothing stored', async () => {
    const persoonsnummer = generateTestBsn(rng);
    const leerling = { persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0014', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' };
    const jongereId = (await call(verzuim, 'POST', 'leerlingen', SCHOOL, leerling)).body.leerlingIds[0];
    const fout = await call(verzuim, 'POST', 'absenties/bulk', SCHOOL, {
      absenties: [
        { persoonsnummer, datum: '2025-09-08', ongeoorloofd: 2 },
        { persoonsnummer, datum: '2025-10-20', ongeoorloofd: 2 },
        { persoonsnummer: generateTestBsn(rng), datum: '2025-09-08', ongeoorloofd: 2 },
      ],
    });
    expect(fout.status).toBe(400);
    expect(fout.type).toContain('application/problem+json');
    expect(JSON.stringify(fout.body)).toContain('absenties[1].datum');
    expect(JSON.stringify(fout.body)).toContain('absenties[2].persoonsnummer');
    const opgeslagen = await pool.query(`SELECT count(*)::int AS n FROM "${verzuimSchema}".absentie WHERE jongere_id = $1`, [jongereId]);
    expect(opgeslagen.rows[0].n).toBe(0);
  });

  it('a gemeente cannot record absence (403), and hours beyond 12 a day are refused by the schema (400)', async () => {
    expect(
      (await call(verzuim, 'POST', 'absenties', LEERPLICHT_GRONINGEN, { persoonsnummer: generateTestBsn(rng), datum: '2025-09-08', ongeoorloofd: 1 }))
        .status,
    ).toBe(403);
    const teVeel = await call(verzuim, 'POST', 'absenties', SCHOOL, { persoonsnummer: generateTestBsn(rng), datum: '2025-09-08', ongeoorloofd: 13 });
    expect(teVeel.status).toBe(400);
    expect(JSON.stringify(teVeel.body)).toContain('ongeoorloofd');
  });
});
