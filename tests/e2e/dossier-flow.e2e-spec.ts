import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { topicNames } from '@sluitend/contracts';
import { createKafka, readTopic } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { validDossier } from '../support/dossiers';
import { testServiceEnv } from '../support/test-services';

/**
 * The first flow end to end, through public HTTP and the real broker: a VO school submits a doorstroomdossier to
 * overstap → outbox → Kafka → rapportage projects it → the counts per school and RMC-regio show it. Plus what must
 * not happen: bad input stored, another school's token accepted, a BSN on Kafka or in a log.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('e2e');
const { env, token } = testServiceEnv(run);
const logOf = (service: string) => join(ROOT, `.local/test-logs/${run.id}-${service}.log`);

let overstap: ServiceUnderTest;
let rapportage: ServiceUnderTest;
let pool: Pool;

async function post(path: string, body: unknown, bearer?: string, raw?: string) {
  const response = await fetch(`${overstap.url}/api/overstap/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
}

async function tellingen(bearer: string) {
  const response = await fetch(`${rapportage.url}/api/rapportage/dossiers/tellingen?schooljaar=2026-2027`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, body: (await response.json()) as any };
}

const stored = async () => {
  const schema = run.schema('overstap');
  const { rows } = await pool.query(
    `SELECT (SELECT count(*)::int FROM "${schema}".dossier) AS dossiers, (SELECT count(*)::int FROM "${schema}".outbox) AS events`,
  );
  return rows[0] as { dossiers: number; events: number };
};

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  overstap = new ServiceUnderTest('overstap', await freePort(), ROOT, { ...env, DB_SCHEMA: run.schema('overstap') }, logOf('overstap'));
  rapportage = new ServiceUnderTest('rapportage', await freePort(), ROOT, { ...env, DB_SCHEMA: run.schema('rapportage') }, logOf('rapportage'));
  await Promise.all([overstap.start(), rapportage.start()]);
});

afterAll(async () => {
  await Promise.all([overstap?.stop(), rapportage?.stop()]);
  await dropSchemas(pool, [run.schema('overstap'), `${run.schema('overstap')}_jobs`, run.schema('rapportage'), `${run.schema('rapportage')}_jobs`]);
  await pool.end();
  await deleteRunTopics(createKafka('e2e-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

describe('dossier → event → projection', () => {
  const school = { type: 'vo-school', code: '00AH' } as const;
  const dossier = validDossier('00AH', '00AH00', 'GM0014');

  it('projects a submitted dossier into the counts per school and per RMC-regio of the woongemeente', async () => {
    const created = await post('dossiers', dossier, await token(school));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ versie: 1, status: 'aangemaakt' });
    const ops = await token({ type: 'ops', code: 'platform' }, ['ops']);
    const counts = await waitFor('the projection', async () => {
      const result = await tellingen(ops);
      return result.body.totaal === 1 ? result.body : undefined;
    });
    expect(counts.perSchool).toEqual([{ brin: '00AH', vestiging: '00AH00', aantal: 1 }]);
    expect(counts.perRmcRegio).toEqual([{ rmcRegio: 'MC03', naam: 'Centraal en Westelijk Groningen', aantal: 1 }]);
  });

  it('changes nothing when the same dossier is submitted again, and versions a changed one', async () => {
    const before = await stored();
    const again = await post('dossiers', dossier, await token(school));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ versie: 1, status: 'ongewijzigd' });
    expect(await stored()).toEqual(before);

    const changed = await post('dossiers', { ...dossier, keuze: { ...dossier.keuze, bestemming: 'werk' } }, await token(school));
    expect(changed.body).toMatchObject({ versie: 2, status: 'bijgewerkt' });
    expect(await stored()).toEqual({ dossiers: before.dossiers, events: before.events + 1 });
  });

  it('scopes counts: a school sees its own, an RMC its residents, an mbo nothing', async () => {
    const other = await post('dossiers', validDossier('01AB', '01AB00', 'GM0014'), await token({ type: 'vo-school', code: '01AB' }));
    expect(other.status).toBe(201);
    const rmc = await token({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
    await waitFor('both dossiers projected', async () => (await tellingen(rmc)).body.totaal === 2);
    expect((await tellingen(await token(school))).body.totaal).toBe(1);
    expect((await tellingen(await token({ type: 'rmc-regio', code: 'MC12' }, ['trajectbegeleider']))).body.totaal).toBe(0);
    expect((await tellingen(await token({ type: 'mbo-instelling', code: '25LP' }, ['intaker']))).status).toBe(403);
  });

  it('submits in bulk, all or nothing', async () => {
    const rows = [validDossier(), validDossier(), validDossier()];
    const ok = await post('dossiers/bulk', { dossiers: rows }, await token(school));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ aangemaakt: 3, bijgewerkt: 0, ongewijzigd: 0 });

    const before = await stored();
    const bad = [validDossier(), { ...validDossier(), leerling: { ...validDossier().leerling, persoonsnummer: '123456789' } }, validDossier()];
    bad[2].school = { brin: '00AH', vestiging: '00AH0' };
    const rejected = await post('dossiers/bulk', { dossiers: bad }, await token(school));
    expect(rejected.status).toBe(400);
    expect(rejected.body.errors.map((issue: { field: string }) => issue.field)).toEqual(
      expect.arrayContaining(['dossiers[1].leerling.persoonsnummer', 'dossiers[2].school.vestiging']),
    );
    expect(await stored()).toEqual(before);
  });
});

describe('bad input gets problem+json naming the field and the rule, and stores nothing', () => {
  const school = { type: 'vo-school', code: '00AH' } as const;
  const cases: Array<[string, (d: ReturnType<typeof validDossier>) => unknown, string]> = [
    ['an invalid BSN (11-proef)', (d) => ({ ...d, leerling: { ...d.leerling, persoonsnummer: '123456789' } }), 'leerling.persoonsnummer'],
    ['a wrong BRIN', (d) => ({ ...d, school: { brin: '5KO', vestiging: '00AH00' } }), 'school.brin'],
    ['a missing field', (d) => ({ ...d, leerling: { ...d.leerling, geboortedatum: undefined } }), 'leerling.geboortedatum'],
    ['a mistyped field', (d) => ({ ...d, opleiding: { ...d.opleiding, leerjaar: 'vier' } }), 'opleiding.leerjaar'],
    ['an unknown woongemeente', (d) => ({ ...d, leerling: { ...d.leerling, woongemeente: 'GM9999' } }), 'leerling.woongemeente'],
    ['an unexpected field', (d) => ({ ...d, bsn: '999999990' }), '(body)'],
  ];

  it.each(cases)('rejects %s', async (_name, mutate, field) => {
    const before = await stored();
    const result = await post('dossiers', mutate(validDossier()), await token(school));
    expect(result.status).toBe(400);
    expect(result.type).toContain('application/problem+json');
    expect(result.body).toMatchObject({ status: 400, code: 'validation.failed' });
    const issue = result.body.errors.find((e: { field: string }) => e.field === field);
    expect(issue).toBeDefined();
    expect(issue.rule).toEqual(expect.any(String));
    expect(issue.message).toEqual(expect.any(String));
    expect(await stored()).toEqual(before);
  });

  it('turns a submission for a student another school holds into a transfer request that names nothing of the holder, alone and in bulk (ADR 0020)', async () => {
    const eerste = validDossier('01AB');
    expect((await post('dossiers', eerste, await token({ type: 'vo-school', code: '01AB' }))).status).toBe(201);
    const before = await stored();
    const bijOns = { ...eerste, school: { brin: '00AH', vestiging: '00AH00' } };
    const enkel = await post('dossiers', bijOns, await token(school));
    expect(enkel.status).toBe(202);
    expect(enkel.body).toMatchObject({ status: 'overdracht-aangevraagd', dossierId: null, versie: null, overdrachtId: expect.any(String) });
    expect(JSON.stringify(enkel.body)).not.toContain('01AB');
    const bulk = await post('dossiers/bulk', { dossiers: [bijOns] }, await token(school));
    expect(bulk.status).toBeLessThan(300);
    expect(JSON.stringify(bulk.body)).not.toContain('01AB');
    expect(await stored()).toEqual(before);
  });

  it('rejects an oversized body with 413 and malformed JSON with 400', async () => {
    const before = await stored();
    const huge = await post('dossiers/bulk', undefined, await token(school), JSON.stringify({ dossiers: 'x'.repeat(32 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.type).toContain('application/problem+json');
    const malformed = await post('dossiers', undefined, await token(school), '{"schooljaar": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('body.entity.parse.failed');
    expect(await stored()).toEqual(before);
  });

  it('answers 401 without a token and 403 for another school, storing nothing', async () => {
    const before = await stored();
    const anonymous = await post('dossiers', validDossier());
    expect(anonymous.status).toBe(401);
    expect(anonymous.type).toContain('application/problem+json');
    const otherSchool = await post('dossiers', validDossier(), await token({ type: 'vo-school', code: '99ZZ' }));
    expect(otherSchool.status).toBe(403);
    expect(otherSchool.body.code).toBe('auth.organisation-scope');
    const mixedBulk = await post('dossiers/bulk', { dossiers: [validDossier(), validDossier('01AB')] }, await token(school));
    expect(mixedBulk.status).toBe(403);
    expect(await stored()).toEqual(before);
  });
});

describe('privacy', () => {
  it('never puts a BSN or a name on Kafka or in a log line', async () => {
    const dossier = validDossier();
    const created = await post('dossiers', dossier, await token({ type: 'vo-school', code: '00AH' }));
    expect(created.status).toBe(201);
    const kafka = createKafka('e2e-privacy', (process.env.KAFKA_BROKERS as string).split(','));
    const onKafka = await waitFor("this dossier's event on Kafka", async () => {
      const found = await readTopic(kafka, topicNames(run.topicPrefix, 'overstap').events);
      const text = found.map((record) => record.value?.toString('utf8') ?? '').join('\n');
      return text.includes(created.body.dossierId) ? text : undefined;
    });
    expect(onKafka).not.toContain(dossier.leerling.persoonsnummer);
    expect(onKafka).not.toContain(dossier.leerling.achternaam);
    expect(onKafka).not.toContain(dossier.leerling.geboortedatum);
    for (const service of ['overstap', 'rapportage']) {
      const log = readFileSync(logOf(service), 'utf8');
      expect(log).not.toContain(dossier.leerling.persoonsnummer);
      expect(log).not.toContain(dossier.leerling.achternaam);
    }
  });

  it('serves the committed OpenAPI documents (run ./sluitend docs after an API change)', async () => {
    for (const service of [overstap, rapportage]) {
      const served = await (await fetch(`${service.url}/api/${service.name}/docs/openapi.json`)).json();
      const committed = JSON.parse(readFileSync(join(ROOT, `docs/openapi/${service.name}.json`), 'utf8'));
      expect(served).toEqual(committed);
    }
  });

  it('serves health, metrics and API docs without a token', async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics', '/api/overstap/docs/openapi.json']) {
      expect((await fetch(`${overstap.url}${path}`)).status).toBe(200);
    }
  });
});
