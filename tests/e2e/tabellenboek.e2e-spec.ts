import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { validDossier } from '../support/dossiers';
import { testServiceEnv } from '../support/test-services';

/**
 * The tabellenboek end to end, through public HTTP and the real broker: VO schools submit dossiers to overstap →
 * outbox → Kafka → rapportage's consumer projects them → the tabellenboek (JSON and CSV) shows them within the
 * caller's scope, small cells suppressed where the figures leave the organisation; then the rebuild CLI replays the
 * topic into a fresh schema and finds it equal to what the consumer built.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('e2etb');
const { env, token } = testServiceEnv(run);
const logOf = (service: string) => join(ROOT, `.local/test-logs/${run.id}-${service}.log`);

let overstap: ServiceUnderTest;
let rapportage: ServiceUnderTest;
let pool: Pool;

async function get(path: string, bearer: string) {
  const response = await fetch(`${rapportage.url}/api/rapportage/${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

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

describe('dossiers → events → tabellenboek → rebuild', () => {
  const school = { type: 'vo-school', code: '00AH' } as const;

  it('shows the school its own figures, ops the same suppressed, the CSV suppressed, and the rebuild equal', async () => {
    const schoolToken = await token(school);
    // Six students heading for the mbo (no aanmelding yet: not on time) and one for the havo, all at 00AH00.
    const dossiers = [...Array.from({ length: 6 }, () => validDossier('00AH', '00AH00', 'GM0014'))];
    const havo = validDossier('00AH', '00AH00', 'GM0014');
    havo.keuze = { bestemming: 'havo', opleidingen: [] };
    for (const dossier of [...dossiers, havo]) {
      const response = await fetch(`${overstap.url}/api/overstap/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${schoolToken}` },
        body: JSON.stringify(dossier),
      });
      expect(response.status).toBe(201);
    }

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
    const eigen: any = await waitFor('the projection', async () => {
      const result = await get('tabellenboek?schooljaar=2026-2027&vestiging=00AH00', schoolToken);
      const body = JSON.parse(result.text);
      return body.keuzeEnWerkelijk?.totaal === 7 ? body : undefined;
    });
    const rij = (tabel: { rijen: string[] }, naam: string) => tabel.rijen.indexOf(naam);
    const april = eigen.keuze1AprilEnAanmelding;
    expect(april.drempel).toBeNull();
    expect(april.cellen[rij(april, 'mbo, niveau onbekend')]).toEqual([0, 6, 0]);
    expect(april.cellen[rij(april, 'havo')]).toEqual([0, 0, 1]);

    const ops = await token({ type: 'ops', code: 'platform' }, ['ops']);
    const onderdrukt = JSON.parse((await get('tabellenboek?schooljaar=2026-2027&brin=00AH&vestiging=00AH00', ops)).text);
    const opsApril = onderdrukt.keuze1AprilEnAanmelding;
    expect(opsApril.drempel).toBe(5);
    expect(opsApril.cellen[rij(opsApril, 'havo')][2]).toBeNull();
    // The margin that says the same (1) is hidden too, and so is whatever else would give the 1 away.
    expect(opsApril.kolomtotalen[2]).toBeNull();
    const zichtbaar = [...opsApril.cellen.flat(), ...opsApril.rijtotalen, ...opsApril.kolomtotalen, opsApril.totaal];
    expect(zichtbaar.filter((w: number | null) => w !== null && w > 0 && w < 5)).toEqual([]);

    const csv = await get('tabellenboek/export.csv?schooljaar=2026-2027&vestiging=00AH00', schoolToken);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('schooljaar;brin;vestiging;rmc_regio;tabel;rij;kolom;aantal;onderdrukt');
    expect(csv.text).toContain('keuze 1 april x aanmelding;havo;geen mbo gekozen;;ja');
    expect(csv.text.split('\r\n').filter((regel) => /;[1-4];nee$/.test(regel))).toEqual([]);

    expect((await get('tabellenboek?schooljaar=2026-2027&brin=01AB', schoolToken)).status).toBe(403);
    expect((await get('tabellenboek?schooljaar=2026', schoolToken)).type).toMatch(/^application\/problem\+json/);

    const cli = join(ROOT, 'dist/apps/rapportage/src/herbouw/commands/herbouw-projecties/herbouw-projecties.cli.js');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, '--schema', `${run.schema('rapportage')}_herbouw`], {
      env: { ...process.env, ...env, DB_SCHEMA: run.schema('rapportage') },
    });
    expect(stdout).toMatch(/\.verzuim\.events: 7 events gelezen, 7 toegepast, 0 herhaald/);
    expect(stdout).toMatch(/^overstap_dossierversie\s+7\s+7\s+([0-9a-f]{32})\s+\1\s+gelijk$/m);
    expect(stdout).toMatch(/^gelijk: /m);
  });
});
