import { join } from 'node:path';
import { Pool } from 'pg';
import { DienDossierIn, topicNames } from '@sluitend/contracts';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { createKafka, readTopic } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { bulkRequests, sendBulk } from '../support/submit';
import { testServiceEnv } from '../support/test-services';

/**
 * Aanmeldingen and the 1 April deadline over the real broker and database, with two overstap replicas in demo mode:
 * exactly one "aanmelding gemist" signal per cohort student heading for the mbo without an aanmelding by the end of
 * 1 April (Europe/Amsterdam) — none for 23:59 on 1 April, one for 2 April — and none twice: not when the sweep runs
 * again, not from the second replica, not when overstap is SIGKILLed in the middle of the sweep.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('aanm');
const schema = run.schema('overstap');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true', DB_SCHEMA: schema });
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;

let a: ServiceUnderTest;
let b: ServiceUnderTest;
let pool: Pool;
const kafka = createKafka('e2e-aanmelding', (process.env.KAFKA_BROKERS as string).split(','));

async function call(service: ServiceUnderTest, method: string, path: string, bearer: string, body?: unknown) {
  const response = await fetch(`${service.url}/api/overstap/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, body: (await response.json()) as any };
}

const jump = async (service: ServiceUnderTest, naar: string) =>
  call(service, 'POST', 'demo/klok', await token({ type: 'ops', code: 'platform' }, ['ops']), { naar });

/** Moves a replica's demo clock to at least `naar` (it only goes forward). */
async function clockAtLeast(service: ServiceUnderTest, naar: string): Promise<void> {
  const ops = await token({ type: 'ops', code: 'platform' }, ['ops']);
  const { body } = await call(service, 'GET', 'demo/klok', ops);
  if (new Date(body.nu).getTime() < new Date(naar).getTime()) await jump(service, naar);
}

const aanmelden = async (dossier: DienDossierIn, aangemeldOp: string, crebo = '25180') =>
  call(a, 'POST', 'aanmeldingen', await token(MBO, ['intaker']), {
    persoonsnummer: dossier.leerling.persoonsnummer,
    schooljaar: dossier.schooljaar,
    crebo,
    niveau: 2,
    locatie: '25LP00',
    startdatum: '2027-08-30',
    aangemeldOp,
  });

const signalen = async (schooljaar: string, regel = 'aanmelding-gemist') =>
  (
    await pool.query(
      `SELECT count(*)::int AS n, count(DISTINCT jongere_id)::int AS d FROM "${schema}".signaal WHERE schooljaar = $1 AND regel = $2`,
      [schooljaar, regel],
    )
  ).rows[0] as { n: number; d: number };

async function gemistOpKafka(schooljaar: string): Promise<Array<{ jongereId: string; dossierId: string }>> {
  const records = await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events);
  return records
    .map((record) => JSON.parse(record.value?.toString('utf8') ?? '{}'))
    .filter((event) => event.type === 'overstap.deadline.aanmelding-gemist' && event.payload.schooljaar === schooljaar)
    .map((event) => ({ jongereId: event.jongereId, dossierId: event.payload.dossierId }));
}

const dossierIdOf = async (dossier: DienDossierIn) =>
  (
    await pool.query(
      `SELECT id FROM "${schema}".dossier WHERE vestiging = $1 AND inhoud -> 'leerling' ->> 'achternaam' = $2 AND inhoud -> 'leerling' ->> 'geboortedatum' = $3 AND schooljaar = $4`,
      [dossier.school.vestiging, dossier.leerling.achternaam, dossier.leerling.geboortedatum, dossier.schooljaar],
    )
  ).rows.map((row) => row.id as string);

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  a = new ServiceUnderTest('overstap', await freePort(), ROOT, env, join(ROOT, `.local/test-logs/${run.id}-overstap-a.log`));
  b = new ServiceUnderTest('overstap', await freePort(), ROOT, env, join(ROOT, `.local/test-logs/${run.id}-overstap-b.log`));
  await a.start();
  await b.start();
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await dropSchemas(pool, [schema, `${schema}_jobs`]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('the 1 April deadline (toelatingsrecht)', () => {
  const cohort = generateCohort({ seed: 11, regios: ['MC03'], schooljaar: '2026-2027', fraction: 0.1 });
  const mbo = cohort.dossiers.filter((dossier) => dossier.keuze.bestemming === 'mbo');
  const zonder = mbo.slice(-12);
  const opTijd = mbo.slice(0, -12);

  it('signals exactly the mbo-bound students without an aanmelding by the end of 1 April, once, across two replicas', async () => {
    expect(mbo.length).toBeGreaterThan(40);
    await sendBulk(a.url, await bulkRequests(cohort.dossiers, token));

    const voorDeadline = (await jump(a, '2027-04-01T23:59:30+02:00')).body.gevuurd as Array<{ regel: string }>;
    expect(voorDeadline.map((fired) => fired.regel).sort()).toEqual(['vroege-waarschuwing-03-01', 'vroege-waarschuwing-03-15']);
    await jump(b, '2027-04-01T23:59:30+02:00');
    const laatsteMinuut = opTijd[opTijd.length - 1];
    for (const dossier of opTijd.slice(0, -1)) expect((await aanmelden(dossier, '2027-03-10T10:00:00+01:00')).status).toBe(201);
    const randgeval = await aanmelden(laatsteMinuut, '2027-04-01T23:59:00+02:00');
    expect(randgeval.body).toMatchObject({ opTijd: true });

    const [firedA, firedB] = await Promise.all([jump(a, '2027-04-02T10:00:00+02:00'), jump(b, '2027-04-02T10:00:00+02:00')]);
    const fired = [...firedA.body.gevuurd, ...firedB.body.gevuurd];
    expect(fired).toEqual([{ regel: 'aanmelding-gemist', schooljaar: '2026-2027', signalen: zonder.length }]);

    const laat = await aanmelden(zonder[0], '2027-04-02T09:00:00+02:00');
    expect(laat.body).toMatchObject({ opTijd: false });
    expect(await signalen('2026-2027')).toEqual({ n: zonder.length, d: zonder.length });

    const events = await waitFor('the signals on Kafka', async () => {
      const found = await gemistOpKafka('2026-2027');
      return found.length >= zonder.length ? found : undefined;
    });
    expect(events).toHaveLength(zonder.length);
    expect(new Set(events.map((event) => event.jongereId)).size).toBe(zonder.length);
    const gesignaleerd = new Set(events.map((event) => event.dossierId));
    for (const id of await dossierIdOf(zonder[0])) expect(gesignaleerd.has(id)).toBe(true);
    for (const id of await dossierIdOf(laatsteMinuut)) expect(gesignaleerd.has(id)).toBe(false);
  });

  it('adds nothing when the sweep runs again on either replica', async () => {
    expect((await jump(a, '2027-04-03T10:00:00+02:00')).body.gevuurd).toEqual([]);
    expect((await jump(b, '2027-04-03T10:00:00+02:00')).body.gevuurd).toEqual([]);
    expect(await signalen('2026-2027')).toEqual({ n: zonder.length, d: zonder.length });
  });

  it('shows the monitor: a school its students with their status, an RMC its residents, an mbo its applicants, filtered and paged', async () => {
    const brin = zonder[1].school.brin;
    const school = await token({ type: 'vo-school', code: brin }, ['decaan']);
    const geenAanmelding = await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027&filter=geen-aanmelding&limit=500', school);
    const verwacht = zonder.slice(1).filter((dossier) => dossier.school.brin === brin).length;
    expect(geenAanmelding.body.totaal).toBe(verwacht);
    for (const item of geenAanmelding.body.items) {
      expect(item.status).toBe('geen-aanmelding');
      expect(item.signalen).toContain('aanmelding-gemist');
      expect(item.vestiging.startsWith(brin)).toBe(true);
    }
    const risico = await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027&filter=risico&limit=500', school);
    expect(risico.body.totaal).toBe(zonder.filter((dossier) => dossier.school.brin === brin).length);
    const pagina = await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027&limit=2&offset=1', school);
    expect(pagina.body.items).toHaveLength(2);
    expect(pagina.body.totaal).toBe(cohort.dossiers.filter((dossier) => dossier.school.brin === brin).length);

    const inRegio = cohort.dossiers.filter((dossier) => rmcRegioVanGemeente(dossier.leerling.woongemeente)?.code === 'MC03').length;
    const rmc = await call(
      a,
      'GET',
      'monitor/leerlingen?schooljaar=2026-2027&limit=1',
      await token({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']),
    );
    expect(rmc.body.totaal).toBe(inRegio);
    expect(
      (await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027', await token({ type: 'vo-school', code: '99ZZ' }, ['decaan']))).body.totaal,
    ).toBe(0);
    // An mbo sees the students who applied there, an unrelated mbo none.
    const aanmelders = (
      await pool.query(`SELECT count(DISTINCT jongere_id)::int AS n FROM "${schema}".aanmelding WHERE mbo_brin = $1 AND schooljaar = '2026-2027'`, [
        MBO.code,
      ])
    ).rows[0].n;
    expect(aanmelders).toBeGreaterThan(0);
    expect((await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027&limit=1', await token(MBO, ['intaker']))).body.totaal).toBe(aanmelders);
    expect(
      (await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027', await token({ type: 'mbo-instelling', code: '99XX' }, ['intaker']))).body
        .totaal,
    ).toBe(0);
    expect(
      (await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027', await token({ type: 'partner', code: 'wijkteam' }, ['partner']))).status,
    ).toBe(403);
    expect((await call(a, 'GET', 'monitor/leerlingen?schooljaar=2026-2027&filter=onbekend', school)).status).toBe(400);
  });

  it('fires completely and once when overstap is SIGKILLed in the middle of the sweep', async () => {
    const groot = generateCohort({ seed: 12, regios: ['MC03', 'MC07', 'MC21', 'MC29'], schooljaar: '2027-2028' });
    const verwacht = groot.dossiers.filter((dossier) => dossier.keuze.bestemming === 'mbo').length;
    await sendBulk(a.url, await bulkRequests(groot.dossiers, token), 3);
    const naar = '2028-04-02T10:00:00+02:00';
    const sweep = jump(a, naar).catch(() => undefined);
    // The jump is recorded (the other replica's clock follows it) before replica a sweeps: kill it after that, not
    // before — on a busy machine 250 ms can pass before the request even writes the clock.
    const ops = await token({ type: 'ops', code: 'platform' }, ['ops']);
    await waitFor(
      'the jump recorded',
      async () => new Date((await call(b, 'GET', 'demo/klok', ops)).body.nu).getTime() >= new Date(naar).getTime(),
      30_000,
      20,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await a.stop('SIGKILL');
    await sweep;
    const naKill = (await signalen('2027-2028')).n;
    expect([0, verwacht]).toContain(naKill);
    await a.start();
    await waitFor('the sweep after the restart', async () => (await signalen('2027-2028')).n === verwacht, 60_000, 200);
    expect(await signalen('2027-2028')).toEqual({ n: verwacht, d: verwacht });
    const events = await waitFor(
      'all signals on Kafka',
      async () => {
        const found = await gemistOpKafka('2027-2028');
        return found.length >= verwacht ? found : undefined;
      },
      60_000,
    );
    expect(new Set(events.map((event) => event.jongereId)).size).toBe(verwacht);
    expect(events).toHaveLength(verwacht);
    process.stdout.write(
      `sweep of ${verwacht} signals: ${naKill === 0 ? 'killed mid-sweep (rolled back), fired after restart' : 'completed before the kill'}\n`,
    );
  });
});

describe('early warnings (configurable dates, default 1 and 15 March)', () => {
  it('tell each vestiging once which mbo-bound students still have no aanmelding on the date', async () => {
    const cohort = generateCohort({ seed: 16, regios: ['MC07'], schooljaar: '2028-2029', fraction: 0.05 });
    const mbo = cohort.dossiers.filter((dossier) => dossier.keuze.bestemming === 'mbo');
    await sendBulk(a.url, await bulkRequests(cohort.dossiers, token));
    await clockAtLeast(a, '2029-02-28T12:00:00+01:00');
    await aanmelden(mbo[0], '2029-02-27T10:00:00+01:00', '25184');
    const fired = (await jump(a, '2029-03-01T08:00:00+01:00')).body.gevuurd as Array<{ regel: string; schooljaar: string; signalen: number }>;
    expect(fired.find((f) => f.regel === 'vroege-waarschuwing-03-01' && f.schooljaar === '2028-2029')?.signalen).toBe(mbo.length - 1);
    expect((await jump(a, '2029-03-02T08:00:00+01:00')).body.gevuurd).toEqual([]);

    const lijstenOpKafka = async () =>
      (await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events))
        .map((record) => JSON.parse(record.value?.toString('utf8') ?? '{}'))
        .filter(
          (event) =>
            event.type === 'overstap.signaal.vroege-waarschuwing' &&
            event.payload.schooljaar === '2028-2029' &&
            event.payload.peildatum === '2029-03-01',
        );
    const lijsten = await waitFor('the early warnings on Kafka', async () => {
      const found = await lijstenOpKafka();
      return found.flatMap((event) => event.payload.dossierIds).length >= mbo.length - 1 ? found : undefined;
    });
    const ids = lijsten.flatMap((event) => event.payload.dossierIds as string[]);
    expect(ids).toHaveLength(mbo.length - 1);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of await dossierIdOf(mbo[0])) expect(ids).not.toContain(id);
    expect(lijsten.every((event) => event.jongereId === null && event.payload.aantal === event.payload.dossierIds.length)).toBe(true);
  });
});

describe('aanmeldingen', () => {
  beforeAll(async () => {
    await clockAtLeast(a, '2027-04-03T10:00:00+02:00');
    await clockAtLeast(b, '2027-04-03T10:00:00+02:00');
  });

  const [dossier] = generateCohort({ seed: 13, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.02 }).dossiers;

  it('moves through allowed statuses, answers 409 naming the allowed ones, and scopes who sees what', async () => {
    await sendBulk(a.url, await bulkRequests([dossier], token));
    const created = await aanmelden(dossier, '2027-03-01T10:00:00+01:00', '25199');
    expect(created.status).toBe(201);
    const again = await aanmelden(dossier, '2027-03-01T10:00:00+01:00', '25199');
    expect(again).toMatchObject({ status: 200, body: { aanmeldingId: created.body.aanmeldingId, nieuw: false } });
    const id = created.body.aanmeldingId as string;
    const mbo = await token(MBO, ['intaker']);

    expect((await call(a, 'POST', `aanmeldingen/${id}/status`, mbo, { status: 'intake-gepland' })).status).toBe(200);
    const skip = await call(a, 'POST', `aanmeldingen/${id}/status`, mbo, { status: 'ingeschreven' });
    expect(skip.status).toBe(409);
    expect(skip.body.toegestaan).toEqual(['intake-gedaan', 'leidt-niet-tot-inschrijving', 'ingetrokken']);
    const otherMbo = await token({ type: 'mbo-instelling', code: '01XY' }, ['intaker']);
    expect((await call(a, 'POST', `aanmeldingen/${id}/status`, otherMbo, { status: 'intake-gedaan' })).status).toBe(404);

    const school = await token({ type: 'vo-school', code: dossier.school.brin }, ['decaan']);
    const seen = await call(a, 'GET', 'aanmeldingen?schooljaar=2026-2027', school);
    expect(seen.body.items.map((item: { aanmeldingId: string }) => item.aanmeldingId)).toContain(id);
    expect(seen.body.items.find((item: { aanmeldingId: string }) => item.aanmeldingId === id).status).toBe('intake-gepland');
    const otherSchool = await token({ type: 'vo-school', code: '99ZZ' }, ['decaan']);
    expect((await call(a, 'GET', 'aanmeldingen?schooljaar=2026-2027', otherSchool)).body.totaal).toBe(0);
    expect((await call(a, 'GET', 'aanmeldingen?schooljaar=2026-2027', otherMbo)).body.totaal).toBe(0);
    expect((await call(a, 'GET', 'aanmeldingen?schooljaar=2026-2027', await token({ type: 'partner', code: 'wijkteam' }, ['partner']))).status).toBe(
      403,
    );
  });

  it('signals "geen levende aanmelding" once, when the last live aanmelding ends and not before', async () => {
    const [student] = generateCohort({ seed: 14, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.02 }).dossiers;
    await sendBulk(a.url, await bulkRequests([student], token));
    const mbo = await token(MBO, ['intaker']);
    const eerste = (await aanmelden(student, '2027-03-02T10:00:00+01:00', '25180')).body.aanmeldingId as string;
    const tweede = (await aanmelden(student, '2027-03-02T11:00:00+01:00', '25181')).body.aanmeldingId as string;
    const count = async () =>
      (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".signaal WHERE regel = 'geen-levende-aanmelding'`)).rows[0].n as number;
    const before = await count();

    expect((await call(a, 'POST', `aanmeldingen/${eerste}/status`, mbo, { status: 'afgewezen' })).status).toBe(200);
    expect(await count()).toBe(before);
    expect((await call(a, 'POST', `aanmeldingen/${tweede}/status`, mbo, { status: 'ingetrokken' })).status).toBe(200);
    expect(await count()).toBe(before + 1);
    const derde = (await aanmelden(student, '2027-03-02T12:00:00+01:00', '25182')).body.aanmeldingId as string;
    expect((await call(a, 'POST', `aanmeldingen/${derde}/status`, mbo, { status: 'ingetrokken' })).status).toBe(200);
    expect(await count()).toBe(before + 1);

    const signalen = await waitFor('the signal on Kafka', async () => {
      const records = await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events);
      const found = records
        .map((record) => JSON.parse(record.value?.toString('utf8') ?? '{}'))
        .filter((event) => event.type === 'overstap.signaal.geen-levende-aanmelding' && event.payload.aanmeldingId === tweede);
      return found.length > 0 ? found : undefined;
    });
    expect(signalen).toHaveLength(1);
    expect(signalen[0].payload.reden).toBe('ingetrokken');
    expect(signalen[0].context.woongemeente).toBe(student.leerling.woongemeente);
  });

  it('hands the dossier over warmly: the school and an mbo applied to may read it, support details only with consent', async () => {
    const [met, zonder] = generateCohort({ seed: 15, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.05 }).dossiers;
    const metToestemming = { ...met, ondersteuning: { nodig: true, toelichting: 'extra begeleiding bij plannen', toestemmingDelen: true } };
    const zonderToestemming = { ...zonder, school: met.school, ondersteuning: { nodig: true, toelichting: 'dyslexie', toestemmingDelen: false } };
    await sendBulk(a.url, await bulkRequests([metToestemming, zonderToestemming], token));
    const idOf = async (dossier: DienDossierIn) => (await dossierIdOf(dossier))[0];
    const [idMet, idZonder] = [await idOf(metToestemming), await idOf(zonderToestemming)];
    const mbo = await token(MBO, ['intaker']);

    expect((await call(a, 'GET', `dossiers/${idMet}`, mbo)).status).toBe(404);
    await aanmelden(metToestemming, '2027-03-05T10:00:00+01:00', '25183');
    await aanmelden(zonderToestemming, '2027-03-05T10:00:00+01:00', '25183');
    const gedeeld = await call(a, 'GET', `dossiers/${idMet}`, mbo);
    expect(gedeeld.status).toBe(200);
    expect(gedeeld.body.inhoud.ondersteuning.toelichting).toBe('extra begeleiding bij plannen');
    expect(gedeeld.body.inhoud.leerling.persoonsnummer).toBeUndefined();
    const nietGedeeld = await call(a, 'GET', `dossiers/${idZonder}`, mbo);
    expect(nietGedeeld.body.inhoud.ondersteuning).toEqual({ toestemmingDelen: false });
    expect(nietGedeeld.body.ondersteuningGedeeld).toBe(false);

    const school = await token({ type: 'vo-school', code: met.school.brin }, ['decaan']);
    expect((await call(a, 'GET', `dossiers/${idZonder}`, school)).body.inhoud.ondersteuning.toelichting).toBe('dyslexie');
    expect((await call(a, 'GET', `dossiers/${idMet}`, await token({ type: 'mbo-instelling', code: '01XY' }, ['intaker']))).status).toBe(404);
    expect((await call(a, 'GET', `dossiers/${idMet}`, await token({ type: 'vo-school', code: '99ZZ' }, ['decaan']))).status).toBe(404);
    const inzage = await pool.query(`SELECT organisatie, reden FROM "${schema}".inzage WHERE dossier_id = $1 ORDER BY op`, [idMet]);
    expect(inzage.rows).toEqual([{ organisatie: 'mbo-instelling:25LP', reden: 'warme-overdracht' }]);
  });

  it('rejects bad aanmeldingen with the field and the rule, storing nothing', async () => {
    const count = async () => (await pool.query(`SELECT count(*)::int AS n FROM "${schema}".aanmelding`)).rows[0].n as number;
    const before = await count();
    const mbo = await token(MBO, ['intaker']);
    const base = {
      persoonsnummer: dossier.leerling.persoonsnummer,
      schooljaar: '2026-2027',
      crebo: '25180',
      niveau: 2,
      locatie: '25LP00',
      startdatum: '2027-08-30',
    };
    const cases: Array<[unknown, string]> = [
      [{ ...base, persoonsnummer: '123456789' }, 'persoonsnummer'],
      [{ ...base, crebo: '2518' }, 'crebo'],
      [{ ...base, locatie: '01XY00' }, 'locatie'],
      [{ ...base, aangemeldOp: '2099-01-01T00:00:00+01:00' }, 'aangemeldOp'],
    ];
    for (const [body, field] of cases) {
      const result = await call(a, 'POST', 'aanmeldingen', mbo, body);
      expect(result.status).toBe(400);
      expect(result.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    expect((await call(a, 'POST', 'aanmeldingen', await token({ type: 'vo-school', code: '00AH' }, ['decaan']), base)).status).toBe(403);
    expect(await count()).toBe(before);
  });
});
