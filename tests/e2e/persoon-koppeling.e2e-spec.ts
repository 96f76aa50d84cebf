import { join } from 'node:path';
import { Pool } from 'pg';
import { generateTestOnderwijsnummer, mulberry32, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { demoClockSchema } from '@sluitend/platform';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { testServiceEnv } from '../support/test-services';

/**
 * Issue 10, person linking (ADR 0018), end to end: overstap and notificaties as processes. A student has a dossier
 * under the BSN; the mbo knows them by onderwijsnummer and reports an uitschrijving without startkwalificatie — no
 * woonregio, so the signal waits in the "niet te routeren" list. The RMC coordinator uploads DUO's koppeling: the
 * signal reaches the RMC of the dossier's woonregio.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('koppel');
const overstapSchema = run.schema('overstap');
const schema = run.schema('notificaties');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true' });
const kafka = createKafka('e2e-persoon-koppeling', (process.env.KAFKA_BROKERS as string).split(','));
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;
const OPS = { type: 'ops', code: 'platform' } as const;
const UITSCHRIJVING = 'overstap.signaal.uitschrijving-zonder-startkwalificatie';

const [leerling] = generateCohort({ seed: 18, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.05 }).dossiers.filter(
  (dossier) => dossier.keuze.bestemming === 'mbo',
);
const onderwijsnummer = generateTestOnderwijsnummer(mulberry32(1818));
const regio = rmcRegioVanGemeente(leerling.leerling.woongemeente)?.code as string;
const COORDINATOR = { type: 'rmc-regio', code: regio } as const;

let overstap: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let pool: Pool;

type Org = { type: string; code: string };
async function call(
  service: ServiceUnderTest,
  method: string,
  path: string,
  org: Org,
  body?: unknown,
  roles: string[] = ['intaker'],
  contentType = 'application/json',
) {
  const bearer = await token(org as never, (org.type === 'ops' ? ['ops'] : roles) as never);
  const response = await fetch(`${service.url}/api/${service.name}/${path}`, {
    method,
    headers: { 'content-type': contentType, authorization: `Bearer ${bearer}` },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, body: (await response.json()) as any };
}
const alerts = (jongereId: string) =>
  pool
    .query<{ org: string }>(`SELECT org_type || ':' || org_code AS org FROM "${schema}".alert WHERE jongere_id = $1 AND signaal_type = $2`, [
      jongereId,
      UITSCHRIJVING,
    ])
    .then((result) => result.rows.map((row) => row.org));

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
  expect(regio).toBeDefined();
}, 180_000);

afterAll(async () => {
  await Promise.all([overstap?.stop(), notificaties?.stop()]);
  await dropSchemas(pool, [overstapSchema, `${overstapSchema}_jobs`, schema, `${schema}_jobs`, demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

describe('person linking (issue 10): an uitschrijving under an onderwijsnummer reaches the RMC of the dossier under the BSN', () => {
  it("lists the signal while the two numbers are two people, routes it once DUO's koppeling links them", async () => {
    expect((await call(overstap, 'POST', 'demo/klok', OPS, { naar: '2027-10-10T10:00:00+02:00' })).status).toBe(200);
    const dossier = await call(overstap, 'POST', 'dossiers', { type: 'vo-school', code: leerling.school.brin }, leerling, ['schooladministratie']);
    expect([200, 201]).toContain(dossier.status);
    const naar = (await pool.query(`SELECT jongere_id FROM "${overstapSchema}".dossier WHERE id = $1`, [dossier.body.dossierId])).rows[0]
      .jongere_id as string;

    const inschrijving = await call(overstap, 'POST', 'inschrijvingen', MBO, {
      persoonsnummer: onderwijsnummer,
      schooljaar: '2026-2027',
      crebo: '25180',
      niveau: 2,
      locatie: '25LP00',
      ingeschrevenPer: '2027-08-30',
    });
    expect(inschrijving.status).toBe(201);
    const uit = await call(overstap, 'POST', `inschrijvingen/${inschrijving.body.inschrijvingId}/uitschrijving`, MBO, {
      uitgeschrevenPer: '2027-10-05',
      reden: 4,
      geboortedatum: '2008-01-15',
      startkwalificatie: false,
    });
    expect(uit.body.signaal).toBe(true);
    const van = (await pool.query(`SELECT jongere_id FROM "${overstapSchema}".inschrijving WHERE id = $1`, [inschrijving.body.inschrijvingId]))
      .rows[0].jongere_id as string;
    expect(van).not.toBe(naar);
    await waitFor(
      'the signal in the niet-te-routeren list',
      async () => {
        const { rows } = await pool.query(`SELECT 1 FROM "${schema}".niet_routeerbaar WHERE jongere_id = $1 AND gerouteerd_op IS NULL`, [van]);
        return rows.length === 1 ? true : undefined;
      },
      30_000,
      200,
    );
    expect(await alerts(van)).toEqual([]);

    // A bad file and a bad role store nothing.
    const fout = await call(
      overstap,
      'POST',
      'koppelingen/bestand',
      COORDINATOR,
      `BSN;ONDERWIJSNUMMER\n123;${onderwijsnummer}\n`,
      ['rmc-coordinator'],
      'text/csv',
    );
    expect(fout.status).toBe(400);
    expect(fout.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'BSN', rule: 'bsn' })]);
    expect((await call(overstap, 'POST', 'koppelingen', OPS, { bsn: leerling.leerling.persoonsnummer, onderwijsnummer })).status).toBe(403);

    const bestand = `BSN;ONDERWIJSNUMMER\n${leerling.leerling.persoonsnummer};${onderwijsnummer}\n`;
    expect(await call(overstap, 'POST', 'koppelingen/bestand', COORDINATOR, bestand, ['rmc-coordinator'], 'text/csv')).toEqual({
      status: 200,
      body: { rijen: 1, nieuw: 1, alBekend: 0 },
    });
    const routed = await waitFor(
      'the RMC alert',
      async () => {
        const found = await alerts(naar);
        return found.length > 0 ? found : undefined;
      },
      30_000,
      200,
    );
    expect(routed).toEqual([`rmc-regio:${regio}`]);
    const { rows } = await pool.query(`SELECT jongere_id, gerouteerd_op FROM "${schema}".niet_routeerbaar WHERE jongere_id IN ($1, $2)`, [van, naar]);
    expect(rows).toEqual([{ jongere_id: naar, gerouteerd_op: expect.any(Date) }]);

    // DUO's next delivery repeats the pair: nothing changes; another BSN for the onderwijsnummer is refused.
    expect(
      (await call(overstap, 'POST', 'koppelingen', COORDINATOR, { bsn: leerling.leerling.persoonsnummer, onderwijsnummer }, ['rmc-coordinator']))
        .body,
    ).toMatchObject({
      nieuw: false,
    });
    const ander = await call(overstap, 'POST', 'koppelingen', COORDINATOR, { bsn: '111222333', onderwijsnummer }, ['rmc-coordinator']);
    expect(ander).toMatchObject({ status: 409, body: { code: 'koppeling.ander-bsn' } });
  });
});
