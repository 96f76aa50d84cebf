import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DienDossierIn, topicNames } from '@sluitend/contracts';
import { createKafka, readTopic } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { alsCsv, KOLOMMEN, metCellen } from '../support/school-export';
import { testServiceEnv } from '../support/test-services';

/**
 * CSV upload of dossiers as a background job, end to end through public HTTP, the real database and Kafka: a school's
 * generated cohort as a Dutch Excel export (BOM, `;`, CRLF, DD-MM-JJJJ, ja/nee), polled until done; all-or-nothing
 * with bad rows and with a refusal in a later chunk; per-row mode; scope (403 upload, 404 job); and a SIGKILL while
 * storing, after which the job is marked mislukt and nothing of it is stored.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('e2eimport');
const { env, token } = testServiceEnv(run);
const schema = run.schema('overstap');
const logFile = join(ROOT, `.local/test-logs/${run.id}-overstap.log`);

// One school's leavers from a generated cohort (deterministic): the school with the most rows.
const cohort = generateCohort({ seed: 11, regios: ['MC03'], schooljaar: '2026-2027', fraction: 10 });
const perBrin = new Map<string, DienDossierIn[]>();
cohort.dossiers.forEach((dossier) => perBrin.set(dossier.school.brin, [...(perBrin.get(dossier.school.brin) ?? []), dossier]));
const [BRIN, RIJEN] = [...perBrin].sort((a, b) => b[1].length - a[1].length)[0];
const ANDERE_SCHOOL = cohort.dossiers.find((dossier) => dossier.school.brin !== BRIN) as DienDossierIn;
const GROOT = RIJEN.slice(0, 3000);
const NIEUW = RIJEN.slice(3000, 3050);
const EXTRA = RIJEN.slice(3100, 5100);

let overstap: ServiceUnderTest;
let pool: Pool;

const school = () => token({ type: 'vo-school', code: BRIN });

// ---------------------------------------------------------------------------------------------------------------

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
type Antwoord = { status: number; type: string | null; location: string | null; body: any };

async function upload(csv: string, bearer: string, modus?: string): Promise<Antwoord> {
  const response = await fetch(`${overstap.url}/api/overstap/dossiers/imports${modus ? `?modus=${modus}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${bearer}` },
    body: csv,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body: await response.json(),
  };
}

async function job(location: string, bearer: string): Promise<Antwoord> {
  const response = await fetch(`${overstap.url}${location}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: response.status, type: response.headers.get('content-type'), location: null, body: await response.json() };
}

/** Polls the job until it ends; also returns the progress values seen on the way. */
async function totKlaar(location: string, timeoutMs = 120_000) {
  const bearer = await school();
  const gezien: { fase: string | null; verwerkt: number; gevalideerd: number }[] = [];
  const klaar = await waitFor(
    `import ${location}`,
    async () => {
      const { body } = await job(location, bearer);
      gezien.push({ fase: body.fase, verwerkt: body.verwerkt, gevalideerd: body.gevalideerd });
      return ['wachtend', 'bezig'].includes(body.status) ? undefined : body;
    },
    timeoutMs,
    50,
  );
  return { klaar, gezien };
}

const stored = async () => {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*)::int FROM "${schema}".dossier) AS dossiers,
            (SELECT count(*)::int FROM "${schema}".dossier_versie) AS versies,
            (SELECT count(*)::int FROM "${schema}".outbox WHERE event_type = 'overstap.dossier.ingediend') AS events`,
  );
  return rows[0] as { dossiers: number; versies: number; events: number };
};

const imports = async () => Number((await pool.query(`SELECT count(*)::int AS n FROM "${schema}".dossier_import`)).rows[0].n);

beforeAll(async () => {
  expect(RIJEN.length).toBeGreaterThanOrEqual(5100);
  pool = testPool(process.env.DATABASE_URL as string);
  overstap = new ServiceUnderTest('overstap', await freePort(), ROOT, { ...env, DB_SCHEMA: schema }, logFile);
  await overstap.start();
});

afterAll(async () => {
  await overstap?.stop();
  await dropSchemas(pool, [schema, `${schema}_jobs`]);
  await pool.end();
  await deleteRunTopics(createKafka('e2e-import-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

describe('CSV import of dossiers as a job', () => {
  let eersteJob: string;

  it(`imports ${GROOT.length} rows of one school in the background, with progress, and publishes their events`, async () => {
    const csv = alsCsv(GROOT);
    const start = performance.now();
    const accepted = await upload(csv, await school());
    expect(accepted.status).toBe(202);
    expect(accepted.location).toBe(`/api/overstap/dossiers/imports/${accepted.body.jobId}`);
    expect(accepted.body).toMatchObject({ status: 'wachtend', modus: 'alles-of-niets', totaal: GROOT.length });

    const { klaar, gezien } = await totKlaar(accepted.location as string);
    const seconden = (performance.now() - start) / 1000;
    console.log(
      `dossier CSV import: ${GROOT.length} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB) in ${seconden.toFixed(2)} s = ` +
        `${Math.round(GROOT.length / seconden)} rows/s (upload to voltooid, alles-of-niets, chunks of 2000)`,
    );
    expect(klaar).toMatchObject({
      status: 'voltooid',
      fase: null,
      totaal: 3000,
      gevalideerd: 3000,
      verwerkt: 3000,
      aangemaakt: 3000,
      bijgewerkt: 0,
      ongewijzigd: 0,
      fouten: 0,
      meldingen: [],
    });
    expect(gezien.some((stand) => stand.fase === 'opslaan' || stand.fase === 'valideren')).toBe(true);
    expect(await stored()).toEqual({ dossiers: 3000, versies: 3000, events: 3000 });
    eersteJob = accepted.location as string;

    const kafka = createKafka('e2e-import', (process.env.KAFKA_BROKERS as string).split(','));
    const records = await waitFor(
      'the import events on Kafka',
      async () => {
        const found = await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events);
        return found.length >= 3000 ? found : undefined;
      },
      60_000,
      500,
    );
    const types = records.map((record) => JSON.parse(record.value?.toString('utf8') ?? '{}').type);
    expect(types.filter((type) => type === 'overstap.dossier.ingediend')).toHaveLength(3000);
    const onKafka = records.map((record) => record.value?.toString('utf8') ?? '').join('\n');
    const log = readFileSync(logFile, 'utf8');
    for (const dossier of GROOT.slice(0, 50)) {
      expect(onKafka).not.toContain(dossier.leerling.persoonsnummer);
      expect(log).not.toContain(dossier.leerling.persoonsnummer);
    }
  });

  it('stores exactly what the JSON API would: the same dossiers as JSON and the same file again change nothing', async () => {
    const bearer = await school();
    for (const dossier of [GROOT[0], GROOT[1234], GROOT[2999]]) {
      const response = await fetch(`${overstap.url}/api/overstap/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify(dossier),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ versie: 1, status: 'ongewijzigd' });
    }
    const before = await stored();
    const again = await upload(alsCsv(GROOT), bearer);
    const { klaar } = await totKlaar(again.location as string);
    expect(klaar).toMatchObject({ status: 'voltooid', aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 3000 });
    expect(await stored()).toEqual(before);
  });

  const metFouten = () => {
    const rijen: (DienDossierIn | Record<string, string>)[] = [...NIEUW];
    rijen[10] = metCellen(NIEUW[10], { 'BSN of onderwijsnummer': '123456789' });
    rijen[20] = metCellen(NIEUW[20], { geboortedatum: '31-02-2009' });
    rijen[30] = metCellen(NIEUW[30], { leerjaar: 'vier', crebo_1: '2518' });
    return alsCsv(rijen);
  };

  it('rejects the whole file in alles-of-niets when rows are bad, reporting each with line, column and field, storing nothing', async () => {
    const before = await stored();
    const accepted = await upload(metFouten(), await school(), 'alles-of-niets');
    expect(accepted.status).toBe(202);
    const { klaar } = await totKlaar(accepted.location as string);
    expect(klaar).toMatchObject({ status: 'afgewezen', totaal: 50, gevalideerd: 50, verwerkt: 0, aangemaakt: 0, fouten: 3 });
    const meldingen = klaar.meldingen.map((m: { regel: number; kolom: string; field: string }) => [m.regel, m.kolom, m.field]);
    expect(meldingen).toEqual(
      expect.arrayContaining([
        [12, 'bsn_of_onderwijsnummer', 'leerling.persoonsnummer'],
        [22, 'geboortedatum', 'leerling.geboortedatum'],
        [32, 'leerjaar', 'opleiding.leerjaar'],
        [32, 'crebo_1', 'keuze.opleidingen[0].crebo'],
      ]),
    );
    expect(new Set(klaar.meldingen.map((m: { regel: number }) => m.regel))).toEqual(new Set([12, 22, 32]));
    for (const melding of klaar.meldingen)
      expect(melding).toEqual({
        regel: expect.any(Number),
        kolom: expect.any(String),
        field: expect.any(String),
        rule: expect.any(String),
        message: expect.any(String),
      });
    expect(JSON.stringify(klaar)).not.toContain('123456789');
    expect(await stored()).toEqual(before);
  });

  it('stores the good rows and reports the bad ones in per-rij mode', async () => {
    const before = await stored();
    const accepted = await upload(metFouten(), await school(), 'per-rij');
    const { klaar } = await totKlaar(accepted.location as string);
    expect(klaar).toMatchObject({ status: 'voltooid', modus: 'per-rij', totaal: 50, verwerkt: 47, aangemaakt: 47, fouten: 3 });
    expect(new Set(klaar.meldingen.map((m: { regel: number }) => m.regel))).toEqual(new Set([12, 22, 32]));
    expect(await stored()).toEqual({ dossiers: before.dossiers + 47, versies: before.versies + 47, events: before.events + 47 });
  });

  it('across chunks: a student another vestiging holds, in the second chunk, becomes a transfer request on its line; the other rows are stored (ADR 0020)', async () => {
    const before = await stored();
    const rijen: (DienDossierIn | Record<string, string>)[] = GROOT.slice(0, 2500).map((dossier) => ({
      ...dossier,
      keuze: { ...dossier.keuze, keuzeproces: 'Na de open dag opnieuw gekozen.' },
    }));
    const doel = GROOT[2300];
    const andereVestiging = `${BRIN}${doel.school.vestiging.endsWith('99') ? '98' : '99'}`;
    rijen[2300] = metCellen(doel, { vestiging: andereVestiging });
    const accepted = await upload(alsCsv(rijen), await school());
    const { klaar } = await totKlaar(accepted.location as string);
    expect(klaar).toMatchObject({ status: 'voltooid', verwerkt: 2500, aangemaakt: 0, bijgewerkt: 2499, fouten: 0 });
    expect(klaar.meldingen).toEqual([
      { regel: 2302, kolom: 'vestiging', field: 'school.vestiging', rule: 'dossier.overdracht-aangevraagd', message: expect.any(String) },
    ]);
    expect((await stored()).dossiers).toBe(before.dossiers);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".dossier_overdracht WHERE status = 'aangevraagd'`);
    expect(rows[0].n).toBe(1);
  });

  it('shows a job only to its own school: another school gets 404, ops 403 (no personal-data route is for ops)', async () => {
    expect((await job(eersteJob, await school())).status).toBe(200);
    const ander = await job(eersteJob, await token({ type: 'vo-school', code: ANDERE_SCHOOL.school.brin }));
    expect(ander.status).toBe(404);
    expect(ander.type).toContain('application/problem+json');
    expect((await job(eersteJob, await token({ type: 'ops', code: 'platform' }, ['ops']))).status).toBe(403);
    expect((await job('/api/overstap/dossiers/imports/geen-uuid', await school())).status).toBe(404);
  });

  it('answers 403 for a file with a row of another school, and stores nothing and starts no job', async () => {
    const [before, jobs] = [await stored(), await imports()];
    const rijen = [...NIEUW.slice(0, 4), ANDERE_SCHOOL];
    const refused = await upload(alsCsv(rijen), await school());
    expect(refused.status).toBe(403);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'auth.organisation-scope', errors: [expect.objectContaining({ regel: 6, kolom: 'brin' })] });
    expect((await upload(alsCsv(NIEUW.slice(0, 4)), await token({ type: 'mbo-instelling', code: '25LP' }, ['intaker']))).status).toBe(403);
    expect(await stored()).toEqual(before);
    expect(await imports()).toBe(jobs);
  });

  it('refuses what is not a dossier CSV with problem+json before starting a job', async () => {
    const jobs = await imports();
    const bearer = await school();
    const json = await fetch(`${overstap.url}/api/overstap/dossiers/imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const kop = await upload('naam;klas\nSam;4B\n', bearer);
    expect(kop.status).toBe(400);
    expect(kop.body.code).toBe('csv.kolommen');
    expect((await upload(alsCsv(NIEUW.slice(0, 2)), bearer, 'soms')).status).toBe(400);
    const groot = await upload(`${KOLOMMEN.join(';')}\r\n${'x'.repeat(61 * 1024 * 1024)}`, bearer);
    expect(groot.status).toBe(413);
    expect(groot.type).toContain('application/problem+json');
    expect(await imports()).toBe(jobs);
  });

  it('marks a job interrupted by a SIGKILL while storing as mislukt after the restart, with nothing of it stored', async () => {
    const before = await stored();
    const rijen = [...GROOT, ...EXTRA].map((dossier) => ({
      ...dossier,
      keuze: { ...dossier.keuze, keuzeproces: 'Keuze herzien na het mentorgesprek.' },
    }));
    const accepted = await upload(alsCsv(rijen), await school());
    expect(accepted.status).toBe(202);
    const bearer = await school();
    await waitFor(
      'the second chunk of the import',
      async () => {
        const { body } = await job(accepted.location as string, bearer);
        if (!['wachtend', 'bezig'].includes(body.status)) throw new Error(`import ended before the kill: ${body.status}`);
        return body.fase === 'opslaan' && body.verwerkt >= 2000;
      },
      60_000,
      10,
    );
    await overstap.stop('SIGKILL');
    const { rows } = await pool.query(`SELECT status FROM "${schema}".dossier_import WHERE id = $1`, [accepted.body.jobId]);
    expect(rows[0].status).toBe('bezig');

    await overstap.start();
    const { klaar } = await totKlaar(accepted.location as string, 90_000);
    expect(klaar).toMatchObject({ status: 'mislukt', verwerkt: 0, aangemaakt: 0, bijgewerkt: 0 });
    expect(klaar.reden).toContain('niets opgeslagen');
    expect(await stored()).toEqual(before);
  });
});
