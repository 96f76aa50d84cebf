import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { Pool } from 'pg';
import { Claims, LOCAL_OIDC, Role } from '@sluitend/auth';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { bulkRequests, sendBulk } from '../support/submit';
import { createKafka } from '@sluitend/messaging';
import { topicNames } from '@sluitend/contracts';
import { demoClockSchema } from '@sluitend/platform';
import {
  deleteRunTopics,
  demoLogin,
  dropSchemas,
  freePort,
  generateCohort,
  NodeProcess,
  OidcProviderUnderTest,
  parsedEvent,
  ServiceUnderTest,
  testPool,
  uniqueRun,
  waitFor,
} from '@sluitend/testing';

/**
 * The dashboards (/cijfers, issue 15) in a real browser against the real stack (set up as opvolging.browser-spec.ts
 * does): per role — the school, the RMC, the leerplichtambtenaar, ops — its sections, their ECharts charts (a canvas
 * inside role="img" whose name gives the values in words) beside tables with the same figures, and the CSV, XLSX and
 * PDF exports of each report. axe-core on every page (no serious or critical WCAG 2.1 A/AA violation), no CSP
 * violation in the console, a screenshot of each in tests/browser/results/cijfers-*.png.
 */
const ROOT = join(__dirname, '../..');
const RESULTS = join(__dirname, 'results');
const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;
const run = uniqueRun('cijfers');
const logOf = (name: string) => join(ROOT, `.local/test-logs/${run.id}-${name}.log`);

let provider: OidcProviderUnderTest;
const services: ServiceUnderTest[] = [];
let gateway: NodeProcess;
let base: string;
let pool: Pool;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let paginafouten: string[] = [];
const toegankelijkheid: Array<{ pagina: string; url: string; overtredingen: number; ernstig: number; kritiek: number; regels: string[] }> = [];
const SCHOOLJAAR = '2026-2027';
const cohort = generateCohort({ seed: 7, regios: ['MC03'], schooljaar: SCHOOLJAAR, fraction: 0.05 }).dossiers;
// Dossiers of the demo school 14RP (region MC03): its decaan, the RMC and ops read its tabellenboek.
const leerlingen = cohort.filter((d) => d.school.brin === '14RP' && rmcRegioVanGemeente(d.leerling.woongemeente)?.code === 'MC03').slice(0, 12);
// Two leavers of praktijkonderwijs and vso living in MC03, at other schools (14RP's tabellenboek counts its own): young
// people in a kwetsbare positie for the region's JiKP figures, 17 on 1 October 2026 and without a startkwalificatie.
const jikpLeerlingen = cohort
  .filter((d) => d.school.brin !== '14RP' && rmcRegioVanGemeente(d.leerling.woongemeente)?.code === 'MC03')
  .slice(0, 2)
  .map((d, i) => ({
    ...d,
    leerling: { ...d.leerling, geboortedatum: '2009-05-12' },
    opleiding: { onderwijstype: i === 0 ? ('pro' as const) : ('vso' as const), leerjaar: 4, uitstroomprofiel: 'arbeid' as const },
    keuze: { bestemming: 'werk' as const, opleidingen: [] },
  }));
const url = (name: string) => services.find((service) => service.name === name)!.url;

async function controleer(naam: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `cijfers-${naam}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  toegankelijkheid.push({
    pagina: naam,
    url: new URL(page.url()).pathname + new URL(page.url()).search,
    overtredingen: violations.length,
    ernstig: violations.filter((v) => v.impact === 'serious').length,
    kritiek: violations.filter((v) => v.impact === 'critical').length,
    regels: violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×)`),
  });
  expect(paginafouten).toEqual([]);
  const ernstig = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(ernstig.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Logs in through the provider's login page as one of the demo users (infra/demo/demo-gebruikers.json). */
async function inloggen(pad: string, gebruiker: string): Promise<void> {
  await page.goto(`${base}${pad}`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/interaction\//);
  await page.locator(`label[for="g-${gebruiker}"]`).click();
  await page.locator('#demo-gebruiker button[type="submit"]').click();
  await page.waitForURL((adres) => adres.pathname === pad);
}

/** A token of a demo organisation and role from the same provider (to prepare data as a school's administration would). */
const token = async (org: { type: 'vo-school' | 'gemeente' | 'rmc-regio' | 'ops'; code: string }, rol: string) =>
  (
    await demoLogin({
      issuer: provider.issuer,
      clientId: LOCAL_OIDC.cli.clientId,
      redirectUri: LOCAL_OIDC.cli.redirectUri,
      user: { org, roles: [rol] as never },
    })
  ).accessToken;

async function api(service: string, pad: string, bearer: string, body?: unknown, methode = 'POST'): Promise<unknown> {
  const antwoord = await fetch(`${url(service)}${pad}`, {
    method: body === undefined ? 'GET' : methode,
    headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const tekst = await antwoord.text();
  if (!antwoord.ok) throw new Error(`${pad}: ${antwoord.status} ${tekst}`);
  return tekst ? JSON.parse(tekst) : undefined;
}

/** A valid BSN (11-proef) from a number: 8 digits and the check digit. */
function bsn(basis: number): string {
  for (let n = basis; ; n += 1) {
    const cijfers = String(n).padStart(8, '0').split('').map(Number);
    const som = cijfers.reduce((totaal, cijfer, index) => totaal + cijfer * (9 - index), 0);
    const controle = som % 11;
    if (controle < 10) return `${cijfers.join('')}${controle}`;
  }
}
const iso = (datum: Date) => datum.toISOString().slice(0, 10);
/** The lesdagen (Monday to Friday) before a day, newest first. */
function werkdagenVoor(dag: Date, aantal: number): string[] {
  const dagen: string[] = [];
  const cursor = new Date(Date.UTC(dag.getUTCFullYear(), dag.getUTCMonth(), dag.getUTCDate()));
  while (dagen.length < aantal) {
    cursor.setUTCDate(cursor.getUTCDate() - 1);
    if (cursor.getUTCDay() !== 0 && cursor.getUTCDay() !== 6) dagen.push(iso(cursor));
  }
  return dagen;
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  pool = testPool(process.env.DATABASE_URL as string);
  const gatewayPort = await freePort();
  base = `http://127.0.0.1:${gatewayPort}`;
  provider = new OidcProviderUnderTest(
    await freePort(),
    ROOT,
    { OIDC_PORTAL_REDIRECT_URIS: `${base}/auth/callback`, OIDC_PORTAL_POST_LOGOUT_REDIRECT_URIS: `${base}/`, OIDC_GENERATED_USERS: 'true' },
    logOf('oidc'),
  );
  await provider.start();
  const env = {
    NODE_ENV: 'test',
    DEMO_MODE: 'true',
    DATABASE_URL: process.env.DATABASE_URL,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    TOPIC_PREFIX: run.topicPrefix,
    KAFKA_PARTITIONS: '1',
    PSEUDONYM_KEY: randomBytes(32).toString('base64'),
    BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    VROEGE_WAARSCHUWINGEN: '',
    LOG_LEVEL: 'warn',
    ...provider.authEnv,
  };
  for (const service of SERVICES)
    services.push(new ServiceUnderTest(service, await freePort(), ROOT, { ...env, DB_SCHEMA: run.schema(service) }, logOf(service)));
  // One after the other: on a shared, loaded machine five services booting at once can each miss the 90 s readiness wait.
  for (const service of services) await service.start();
  gateway = new NodeProcess(
    join(ROOT, 'dist/apps/gateway/src/main.js'),
    {
      PORT: String(gatewayPort),
      OIDC_ISSUER: provider.issuer,
      WEB_DIST: join(ROOT, 'dist/web'),
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      ...Object.fromEntries(SERVICES.map((service) => [`${service.toUpperCase()}_URL`, url(service)])),
    },
    logOf('gateway'),
  );
  gateway.start();
  await waitFor('gateway /health/ready', async () => (await fetch(`${base}/health/ready`).catch(() => undefined))?.ok, 90_000, 200);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--lang=nl-NL'] });
}, 600_000);

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  page = await context.newPage();
  paginafouten = [];
  page.on('pageerror', (error) => paginafouten.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) paginafouten.push(`CSP: ${message.text()}`);
  });
});

afterEach(async () => {
  const naam = (expect.getState().currentTestName ?? 'onbekend').replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  await page?.screenshot({ path: join(RESULTS, `cijfers-einde-${naam}.png`), fullPage: true }).catch(() => undefined);
  await context?.close();
});

afterAll(async () => {
  writeFileSync(join(RESULTS, 'cijfers-toegankelijkheid.json'), `${JSON.stringify(toegankelijkheid, null, 2)}\n`);
  console.log(`cijfers: axe per page: ${toegankelijkheid.map((t) => `${t.pagina} ${t.overtredingen}`).join(', ')}`);
  await browser?.close();
  await gateway?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('browser-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

/** Logs out through the portal's confirmation. */
async function uitloggen(): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('button', { name: 'Ja, log mij uit' }).click();
  await page.waitForURL(`${base}/`);
}

/** Clicks one export button and returns the file's name and its first bytes (CSV text, XLSX a zip, PDF %PDF). */
async function exporteer(knop: string | RegExp): Promise<{ naam: string; inhoud: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: knop }).click()]);
  return { naam: download.suggestedFilename(), inhoud: readFileSync(await download.path()) };
}

/** A chart drawn: the canvas inside its role="img" (named by its values in words). */
async function grafiek(naam: RegExp): Promise<string> {
  const figuur = page.getByRole('img', { name: naam });
  await figuur.locator('canvas').first().waitFor();
  return (await figuur.getAttribute('aria-label')) ?? '';
}

describe('the dashboards in a browser', () => {
  it('each role sees its dashboard with charts, tables and CSV/XLSX/PDF exports: the school, the RMC, the leerplichtambtenaar and ops (suppressed)', async () => {
    expect(leerlingen.length).toBeGreaterThanOrEqual(6);
    const overstap = async (org: Claims['org'], roles: Role[] = ['schooladministratie']) =>
      (await demoLogin({ issuer: provider.issuer, clientId: LOCAL_OIDC.cli.clientId, redirectUri: LOCAL_OIDC.cli.redirectUri, user: { org, roles } }))
        .accessToken;
    expect(jikpLeerlingen.length).toBe(2);
    await sendBulk(url('overstap'), await bulkRequests([...leerlingen, ...jikpLeerlingen], overstap));
    // A student of 14RP living in Groningen with 18 hours unauthorised absence in 4 days: a verzuimmelding for GM0014.
    const school = await token({ type: 'vo-school', code: '14RP' }, 'schooladministratie');
    const nu = new Date(((await api('verzuim', '/api/verzuim/demo/klok', school)) as { nu: string }).nu);
    const jaar = nu.getUTCMonth() >= 7 ? nu.getUTCFullYear() : nu.getUTCFullYear() - 1;
    await api('verzuim', `/api/verzuim/kalenders/${jaar}-${jaar + 1}`, school, { vakanties: [] }, 'PUT');
    const leerling = bsn(34_567_890);
    await api('verzuim', '/api/verzuim/leerlingen', school, {
      persoonsnummer: leerling,
      geboortedatum: `${nu.getUTCFullYear() - 13}-03-01`,
      woongemeente: 'GM0014',
      onderwijstype: 'havo',
      ingeschrevenPer: `${jaar}-08-01`,
    });
    await api('verzuim', '/api/verzuim/absenties/bulk', school, {
      absenties: werkdagenVoor(nu, 4).map((datum) => ({ persoonsnummer: leerling, datum, ongeoorloofd: 4.5 })),
    });
    // Rapportage projects overstap's and verzuim's events through Kafka: wait until it counted them all.
    const decaan = await token({ type: 'vo-school', code: '14RP' }, 'decaan');
    const leerplicht = await token({ type: 'gemeente', code: 'GM0014' }, 'leerplichtambtenaar');
    await waitFor(
      'the tabellenboek and the verzuim figures projected',
      async () =>
        ((await api('rapportage', `/api/rapportage/tabellenboek?schooljaar=${SCHOOLJAAR}`, decaan)) as { keuzeEnWerkelijk: { totaal: number } })
          .keuzeEnWerkelijk.totaal === leerlingen.length &&
        ((await api('rapportage', `/api/rapportage/verzuim?schooljaar=${SCHOOLJAAR}`, leerplicht)) as { perSoortEnStatus: { totaal: number | null } })
          .perSoortEnStatus.totaal === 1,
      30_000,
      500,
    );
    // JiKP: the peildatum is the last 1 October by the clock; the two leavers are in the RMC's factsheet (projected from the same events).
    const peiljaar = iso(nu) >= `${nu.getUTCFullYear()}-10-01` ? nu.getUTCFullYear() : nu.getUTCFullYear() - 1;
    const rmc = await token({ type: 'rmc-regio', code: 'MC03' }, 'rmc-coordinator');
    await waitFor(
      'the JiKP factsheet projected',
      async () =>
        (
          (await api('rapportage', `/api/rapportage/jikp/factsheet?peildatum=${peiljaar}-10-01`, rmc)) as {
            achtergrondEnParticipatie: { totaal: number | null };
          }
        ).achtergrondEnParticipatie.totaal === jikpLeerlingen.length,
      30_000,
      500,
    );

    // The school: its tabellenboek, chosen against actual as a chart, the trend over four years, three exports.
    await inloggen('/cijfers', 'decaan-14rp');
    await page.getByRole('heading', { name: 'Tabellenboek van 14RP' }).waitFor();
    await page.getByText('Niets is onderdrukt: deze cijfers blijven binnen je organisatie.').first().waitFor();
    const vergelijking = await grafiek(/^Keuze tegenover werkelijke bestemming op 1 oktober\./);
    expect(vergelijking).toMatch(/Keuze einde schooljaar: .*\d/);
    expect(vergelijking).toMatch(/De tabel eronder geeft dezelfde cijfers\.$/);
    await expect(
      page
        .getByRole('table', { name: /Keuze en werkelijke bestemming op 1 oktober/ })
        .locator('tfoot td')
        .last()
        .innerText(),
    ).resolves.toBe(String(leerlingen.length));
    await page.getByRole('heading', { name: 'Trend over 4 schooljaren' }).waitFor();
    const trend = await grafiek(/^Werkelijke bestemming op 1 oktober per schooljaar\./);
    expect(trend).toContain('2023-2024');
    await expect(
      page
        .getByRole('table', { name: /per schooljaar/ })
        .locator('tfoot td')
        .last()
        .innerText(),
    ).resolves.toBe(String(leerlingen.length));
    await expect(page.getByRole('heading', { name: 'Effectrapportage' }).count()).resolves.toBe(0);
    await controleer('01-school');
    const csv = await exporteer('Download het tabellenboek als CSV');
    expect(csv.naam).toBe(`tabellenboek-14RP-${SCHOOLJAAR}.csv`);
    expect(csv.inhoud.toString('utf8')).toMatch(/onderdrukt/);
    const xlsx = await exporteer('Download het tabellenboek als XLSX');
    expect(xlsx.naam).toBe(`tabellenboek-14RP-${SCHOOLJAAR}.xlsx`);
    expect(xlsx.inhoud.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await exporteer('Download het tabellenboek als PDF');
    expect(pdf.naam).toBe(`tabellenboek-14RP-${SCHOOLJAAR}.pdf`);
    expect(pdf.inhoud.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await uitloggen();

    // The RMC: the tabellenboek over its residents, signals per region, effectrapportage, verzuim and alert figures.
    await inloggen('/cijfers', 'coordinator-mc03');
    await page.getByText('Vul de BRIN van een VO-school in om haar tabellenboek te zien.').waitFor();
    await page.getByLabel('School (BRIN)').fill('14rp');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/brin=14RP/);
    await page.getByRole('heading', { name: 'Tabellenboek van 14RP' }).waitFor();
    await page.getByText(/Alleen de leerlingen die wonen in Centraal en Westelijk Groningen/).waitFor();
    await grafiek(/^Keuze tegenover werkelijke bestemming/);
    for (const kop of ['Signalen per RMC-regio', 'Effectrapportage', 'Verzuimmeldingen', 'Oppakken en afhandelen van signalen', 'Jaarrapporten'])
      await page.getByRole('heading', { level: 2, name: kop }).waitFor();
    await page.getByRole('button', { name: 'Download de signalen per regio als XLSX' }).waitFor();
    await page.getByRole('button', { name: 'Download de effectrapportage als PDF' }).waitFor();
    await page.getByRole('button', { name: 'Download de alertcijfers als CSV' }).waitFor();
    // VSV: the definition, a chart of counts and one of percentages beside the table of the region's deelnemers.
    const vsv = page.locator('section[aria-labelledby="vsv"]');
    await vsv.getByRole('heading', { level: 2, name: 'Voortijdig schoolverlaters' }).waitFor();
    await vsv
      .getByText(
        /^Een voortijdig schoolverlater \(vsv\) is een jongere onder de 23 die op de teldatum 1 oktober 2026 ingeschreven stond en op 1 oktober 2027 nergens/,
      )
      .waitFor();
    expect(await grafiek(/^Voortijdig schoolverlaters en deelnemers per woongemeente\./)).toMatch(/Groningen \(GM0014\)/);
    expect(await grafiek(/^Percentage voortijdig schoolverlaters per woongemeente\./)).toMatch(/Totaal \d/);
    await expect(
      vsv
        .getByRole('table', { name: /Voortijdig schoolverlaters per woongemeente/ })
        .locator('tfoot td')
        .nth(2)
        .innerText(),
    ).resolves.toBe(String(leerlingen.length + jikpLeerlingen.length));
    // JiKP: the factsheet on the last 1 October with its comparison and three tables; the kwetsbare positie per gemeente.
    const jikp = page.locator('section[aria-labelledby="jikp"]');
    await jikp.getByRole('heading', { level: 3, name: `Factsheet op 1 oktober ${peiljaar}` }).waitFor();
    await expect(jikp.getByLabel('Peildatum', { exact: true }).inputValue()).resolves.toBe(String(peiljaar));
    await expect(jikp.getByLabel('RMC-regio', { exact: true }).count()).resolves.toBe(0);
    expect(await grafiek(/^Jongeren in een kwetsbare positie per peildatum en achtergrond/)).toMatch(
      new RegExp(`Totaal: .*1 oktober ${peiljaar} ${jikpLeerlingen.length}; praktijkonderwijs: .*1 oktober ${peiljaar} 1;`),
    );
    expect(await grafiek(/^Jongeren in een kwetsbare positie per peildatum en participatie/)).toMatch(
      new RegExp(`onderwijs: .*1 oktober ${peiljaar} ${jikpLeerlingen.length};`),
    );
    await expect(
      jikp
        .getByRole('table', { name: /Jongeren in een kwetsbare positie per peildatum/ })
        .getByRole('row', { name: /^Totaal/ })
        .locator('td')
        .last()
        .innerText(),
    ).resolves.toBe(String(jikpLeerlingen.length));
    const participatie = jikp.getByRole('table', { name: /Achtergrond en participatie op/ });
    await expect(participatie.locator('tfoot td').last().innerText()).resolves.toBe(String(jikpLeerlingen.length));
    await expect(
      participatie
        .getByRole('row', { name: /^praktijkonderwijs/ })
        .locator('td')
        .first()
        .innerText(),
    ).resolves.toBe('1');
    await jikp.getByRole('table', { name: /Leeftijd en achtergrond/ }).waitFor();
    await jikp.getByRole('table', { name: /Woongemeente en achtergrond/ }).waitFor();
    await jikp.getByText(/^0 jongeren met onbekende leeftijd staan niet in de tabellen\.$/).waitFor();
    await grafiek(/^Jongeren in een kwetsbare positie per groep en gemeente, schooljaar/);
    const kwetsbaar = jikp.getByRole('table', { name: `Jongeren in een kwetsbare positie, schooljaar ${SCHOOLJAAR}`, exact: false });
    // The two leavers in the uitstroom row (counted on 1 October after the school year; others may be in a priority group).
    await expect(
      kwetsbaar
        .getByRole('row', { name: /^uitstroom praktijkonderwijs, speciaal onderwijs en entree/ })
        .locator('td')
        .last()
        .innerText(),
    ).resolves.toBe(String(jikpLeerlingen.length));
    await page
      .getByText(/Laden…/)
      .first()
      .waitFor({ state: 'detached' });
    await controleer('02-rmc');
    const effect = await exporteer('Download de effectrapportage als PDF');
    expect(effect.naam).toBe(`effectrapportage-MC03-${SCHOOLJAAR}.pdf`);
    expect(effect.inhoud.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByLabel('Rijen per').selectOption('organisatie');
    const alerts = await exporteer('Download de alertcijfers als CSV');
    expect(alerts.naam).toBe(`alertcijfers-MC03-organisatie-${SCHOOLJAAR}.csv`);
    const signalen = await exporteer('Download de signalen per regio als CSV');
    expect(signalen.naam).toBe(`signalen-per-regio-MC03-${SCHOOLJAAR}.csv`);
    expect(signalen.inhoud.toString('utf8')).toContain('tabel;rij;kolom;aantal;onderdrukt');
    // The VSV and JiKP exports, each as CSV, XLSX and PDF under the name of the region and the choice.
    const bestanden: Array<[string, string]> = [
      ['de VSV-cijfers', `vsv-MC03-gemeente-${SCHOOLJAAR}`],
      ['de JiKP-factsheet', `jikp-factsheet-MC03-${peiljaar}-10-01`],
    ];
    await jikp.getByLabel('Uitstroom uitsplitsen naar pro, vso en entree').check();
    await kwetsbaar.getByRole('row', { name: /^uitstroom praktijkonderwijs/ }).waitFor();
    await expect(
      kwetsbaar
        .getByRole('row', { name: /^uitstroom speciaal onderwijs/ })
        .locator('td')
        .last()
        .innerText(),
    ).resolves.toBe('1');
    bestanden.push(['de kwetsbare positie', `kwetsbare-positie-MC03-${SCHOOLJAAR}-uitgesplitst`]);
    for (const [wat, naam] of bestanden) {
      const csv = await exporteer(`Download ${wat} als CSV`);
      expect(csv.naam).toBe(`${naam}.csv`);
      expect(csv.inhoud.toString('utf8')).toContain('tabel;rij;kolom;aantal;onderdrukt');
      const xlsx = await exporteer(`Download ${wat} als XLSX`);
      expect(xlsx.naam).toBe(`${naam}.xlsx`);
      expect(xlsx.inhoud.subarray(0, 2).toString('latin1')).toBe('PK');
      const pdf = await exporteer(`Download ${wat} als PDF`);
      expect(pdf.naam).toBe(`${naam}.pdf`);
      expect(pdf.inhoud.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await vsv.screenshot({ path: join(RESULTS, 'cijfers-05-vsv.png') });
    await jikp.screenshot({ path: join(RESULTS, 'cijfers-06-jikp.png') });
    await uitloggen();

    // The leerplichtambtenaar: Cijfers in the menu, the gemeente's verzuimmeldingen per kind and status.
    await inloggen('/', 'leerplicht-gm0014');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Verzuimmeldingen' }).waitFor();
    const verzuim = await grafiek(/^Verzuimmeldingen per soort en status\./);
    expect(verzuim).toMatch(/ 1/);
    await expect(
      page
        .getByRole('table', { name: /Verzuimmeldingen per soort en status/ })
        .locator('tfoot td')
        .last()
        .innerText(),
    ).resolves.toBe('1');
    // Time to handling: the melding is not in behandeling yet; status per school and gemeente inside the organisation.
    await expect(
      page
        .getByRole('table', { name: /Tijd tot in behandeling per soort verzuim/ })
        .locator('tfoot td')
        .last()
        .innerText(),
    ).resolves.toBe('1');
    await page.getByRole('table', { name: /Verzuimmeldingen per woongemeente en status/ }).waitFor();
    await page.getByRole('table', { name: /Mediaan tijd tot behandeling/ }).waitFor();
    await expect(page.getByRole('heading', { name: /Tabellenboek/ }).count()).resolves.toBe(0);
    await expect(page.getByLabel('School (BRIN)').count()).resolves.toBe(0);
    await controleer('03-leerplicht');
    const verzuimXlsx = await exporteer('Download de verzuimcijfers als XLSX');
    expect(verzuimXlsx.naam).toBe(`verzuimcijfers-GM0014-${SCHOOLJAAR}.xlsx`);
    expect(verzuimXlsx.inhoud.subarray(0, 2).toString('latin1')).toBe('PK');
    await uitloggen();

    // Ops: platform totals, then a deep link with the school: small cells suppressed ("—", explained under the table).
    await inloggen('/cijfers', 'ops');
    await page.getByRole('heading', { name: 'Platformtotalen' }).waitFor();
    // A long page: its own table of contents, every report linked, a link takes the reader to its section.
    const inhoud = page.getByRole('navigation', { name: 'Op deze pagina' });
    await expect(inhoud.getByRole('link').allTextContents()).resolves.toEqual([
      'Platformtotalen',
      'Tabellenboek',
      'Signalen per RMC-regio',
      'Effectrapportage',
      'Benaderrondes',
      "Programma's",
      'Verzuimmeldingen',
      'Zorgwekkend ziekteverzuim (M@ZL)',
      'Oppakken en afhandelen van signalen',
      'Voortijdig schoolverlaters',
      'Jongeren in een kwetsbare positie',
      'Uitschrijving en switch',
      'Jaarrapporten',
    ]);
    await inhoud.getByRole('link', { name: 'Effectrapportage' }).click();
    expect(new URL(page.url()).hash).toBe('#effectrapportage');
    await page.getByText(`${leerlingen.length + jikpLeerlingen.length} doorstroomdossiers in schooljaar ${SCHOOLJAAR}`).waitFor();
    await grafiek(/^Doorstroomdossiers per RMC-regio\./);
    await page.goto(`${base}/cijfers?brin=14RP`);
    await page.getByRole('heading', { name: 'Tabellenboek van 14RP' }).waitFor();
    await page
      .getByText(/— = onderdrukt: minder dan 5 jongeren/)
      .first()
      .waitFor();
    await expect(
      page
        .getByRole('table', { name: /Keuze en werkelijke bestemming/ })
        .getByText('onderdrukt')
        .count(),
    ).resolves.toBeGreaterThan(0);
    expect(await grafiek(/^Keuze tegenover werkelijke bestemming/)).toMatch(/onderdrukt/);
    // JiKP for ops: one region at a time, chosen in the section; two young people are fewer than the threshold.
    const jikpOps = page.locator('section[aria-labelledby="jikp"]');
    await jikpOps.getByText(/^Kies een RMC-regio: /).waitFor();
    await jikpOps.getByLabel('RMC-regio', { exact: true }).selectOption('MC03');
    await expect(
      jikpOps
        .getByRole('table', { name: /Achtergrond en participatie op/ })
        .locator('tfoot td')
        .last()
        .innerText(),
    ).resolves.toMatch(/onderdrukt/);
    await page
      .getByText(/Laden…/)
      .first()
      .waitFor({ state: 'detached' });
    await controleer('04-ops-onderdrukt');
  }, 360_000);
});

describe('the M@ZL figures in a browser', () => {
  it('the jeugdarts sees the worrying sick leave of its gemeente per school (chart, tables, export suppressed); ops suppressed', async () => {
    // A student of 14RP living in Assen (GM0106) ill seven lesdagen in a row: verzuim raises M@ZL, rapportage counts it.
    const school = await token({ type: 'vo-school', code: '14RP' }, 'schooladministratie');
    const nu = new Date(((await api('verzuim', '/api/verzuim/demo/klok', school)) as { nu: string }).nu);
    const jaar = nu.getUTCMonth() >= 7 ? nu.getUTCFullYear() : nu.getUTCFullYear() - 1;
    const persoonsnummer = bsn(45_678_901);
    await api('verzuim', '/api/verzuim/leerlingen', school, {
      persoonsnummer,
      geboortedatum: `${nu.getUTCFullYear() - 14}-03-01`,
      woongemeente: 'GM0106',
      onderwijstype: 'havo',
      ingeschrevenPer: `${jaar}-08-01`,
    });
    const dagen = werkdagenVoor(nu, 7).reverse();
    await api('verzuim', '/api/verzuim/absenties/bulk', school, { absenties: dagen.map((datum) => ({ persoonsnummer, datum, ziek: 6 })) });
    type Mazl = { perSchool: { rijen: string[]; cellen: (number | null)[][]; totaal: number | null } };
    await waitFor(
      'the M@ZL signal projected',
      async () => ((await api('rapportage', `/api/rapportage/ziekteverzuim?schooljaar=${SCHOOLJAAR}`, school)) as Mazl).perSchool.totaal === 1,
      30_000,
      500,
    );

    // The jeugdarts of Assen: Cijfers in the menu, only the M@ZL section, 14RP × 7e schooldag ziek = 1, unsuppressed.
    await inloggen('/', 'jeugdarts-gm0106');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    const sectie = page.getByRole('region', { name: 'Zorgwekkend ziekteverzuim (M@ZL)' });
    await sectie.waitFor();
    await expect(page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link').allTextContents()).resolves.toEqual([
      'Zorgwekkend ziekteverzuim (M@ZL)',
    ]);
    const beschrijving = await grafiek(/^Zorgwekkend ziekteverzuim per school\./);
    expect(beschrijving).toMatch(/7e schooldag ziek: 14RP 1/);
    const perSchool = page.getByRole('table', { name: /Zorgwekkend ziekteverzuim per school/ });
    await expect(perSchool.getByRole('row', { name: /^14RP/ }).locator('td').allInnerTexts()).resolves.toEqual(['0', '1', '0', '0', '1']);
    await expect(perSchool.locator('tfoot td').last().innerText()).resolves.toBe('1');
    await page.getByText('Niets is onderdrukt: deze cijfers blijven binnen je organisatie.').first().waitFor();
    await controleer('05-jeugdarts-mazl');
    const csv = await exporteer('Download de M@ZL-cijfers als CSV');
    expect(csv.naam).toBe(`ziekteverzuim-GM0106-${SCHOOLJAAR}.csv`);
    // An export leaves the organisation: the single signal is suppressed there.
    expect(csv.inhoud.toString('utf8')).toContain('Zorgwekkend ziekteverzuim per school;14RP;7e schooldag ziek;;ja');
    const pdf = await exporteer('Download de M@ZL-cijfers als PDF');
    expect(pdf.inhoud.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await uitloggen();

    // Ops: the same section among the others, the one signal suppressed ("—").
    await inloggen('/cijfers', 'ops');
    const ops = page.getByRole('region', { name: 'Zorgwekkend ziekteverzuim (M@ZL)' });
    await ops.waitFor();
    // Waits for the table to load (ops' page holds every report): a suppressed cell says so.
    await page
      .getByRole('table', { name: /Zorgwekkend ziekteverzuim per school/ })
      .getByText('onderdrukt')
      .first()
      .waitFor({ state: 'attached' });
    expect(await grafiek(/^Zorgwekkend ziekteverzuim per school\./)).toMatch(/onderdrukt/);
  }, 240_000);
});

describe('the outreach rounds and programme results in a browser', () => {
  it('the RMC sees its rounds (funnel, reactions, handovers) and its programmes by name with exports; ops the same with small counts suppressed', async () => {
    // A programme of MC03 in trajecten: its name is what the RMC reads beside rapportage's counts.
    const coordinator = await token({ type: 'rmc-regio', code: 'MC03' }, 'rmc-coordinator');
    const programma = (await api('trajecten', '/api/trajecten/programmas/MC03', coordinator, {
      naam: 'Sollicitatieclub',
      startdatum: '2026-09-01',
    })) as {
      id: string;
    };
    // trajecten's events as it publishes them, on its topic: seed 001's round (257 written to, 160 in beeld; 2 handed to
    // a lokaal team — a small cell) and twelve participations (eight to education, two to work, two still running).
    const ronde = parsedEvent('trajecten.benaderronde.afgesloten', {
      rondeId: randomUUID(),
      rmcRegio: 'MC03',
      afgeslotenOp: '2027-03-01T10:00:00.000Z',
      aangeschreven: 257,
      zelfGereageerd: 52,
      telefonischBereikt: 62,
      andersBereikt: 46,
      nietBereikt: 90,
      nogOpen: 7,
      inBeeld: 160,
      overgedragenAan: { rmc: 11, jongerenwerk: 26, jongerenloket: 9, 'lokaal-team': 2 },
    });
    const deelnames = Array.from({ length: 12 }, (_, i) => {
      const deelname = { programmaId: programma.id, casusId: randomUUID(), rmcRegio: 'MC03', aangemeldOp: '2026-10-05' };
      return [
        parsedEvent('trajecten.programma.deelname-gestart', deelname),
        ...(i < 10
          ? [
              parsedEvent('trajecten.programma.deelname-beeindigd', {
                ...deelname,
                afgemeldOp: '2027-01-15',
                resultaat: i < 8 ? 'opleiding' : 'werk',
              }),
            ]
          : []),
      ];
    }).flat();
    const producer = createKafka('cijfers-browser-trajecten', (process.env.KAFKA_BROKERS as string).split(',')).producer();
    await producer.connect();
    await producer.send({
      topic: topicNames(run.topicPrefix, 'trajecten').events,
      messages: [ronde, ...deelnames].map((event) => ({ key: event.jongereId ?? event.id, value: JSON.stringify(event) })),
    });
    await producer.disconnect();
    await waitFor(
      'the round and the participations projected',
      async () =>
        ((await api('rapportage', `/api/rapportage/benaderrondes?schooljaar=${SCHOOLJAAR}`, coordinator)) as { reacties: { totaal: number | null } })
          .reacties.totaal === 257 &&
        ((await api('rapportage', `/api/rapportage/programmas?schooljaar=${SCHOOLJAAR}`, coordinator)) as { beeindigd: { totaal: number | null } })
          .beeindigd.totaal === 10,
      30_000,
      500,
    );

    await inloggen('/cijfers', 'coordinator-mc03');
    await page.getByRole('heading', { level: 2, name: 'Benaderrondes' }).waitFor();
    const trechter = await grafiek(/^Van aangeschreven tot overgedragen\./);
    expect(trechter).toMatch(/aangeschreven 257/);
    expect(trechter).toMatch(/in beeld 160/);
    await expect(
      page
        .getByRole('table', { name: /Reactie op de benaderronde/ })
        .locator('tfoot td')
        .last()
        .innerText(),
    ).resolves.toBe('257');
    await expect(
      page
        .getByRole('table', { name: /In beeld en overgedragen/ })
        .getByRole('columnheader', { name: 'lokaal team' })
        .count(),
    ).resolves.toBe(1);
    await page.getByRole('heading', { level: 2, name: "Programma's" }).waitFor();
    await grafiek(/^Deelnames per programma\./);
    await page
      .getByRole('table', { name: /Deelnames gestart, naar resultaat/ })
      .getByText('Sollicitatieclub')
      .waitFor();
    await page.getByLabel('Benaderrondes per').selectOption('ronde');
    await page
      .getByRole('table', { name: /Reactie op de benaderronde/ })
      .getByText(`MC03 · 2027-03-01 · ${ronde.payload.rondeId.slice(0, 8)}`)
      .waitFor();
    await page
      .getByText(/Laden…/)
      .first()
      .waitFor({ state: 'detached' });
    await controleer('05-rmc-benaderrondes-programmas');
    await page.locator('section[aria-labelledby="benaderrondes"]').screenshot({ path: join(RESULTS, 'cijfers-05-benaderrondes-sectie.png') });
    await page.locator('section[aria-labelledby="programmaresultaten"]').screenshot({ path: join(RESULTS, 'cijfers-05-programmas-sectie.png') });
    // The export leaves the organisation: the lokaal team's 2 is suppressed there.
    const csv = await exporteer('Download de benaderrondes als CSV');
    expect(csv.naam).toBe(`benaderrondes-MC03-ronde-${SCHOOLJAAR}.csv`);
    expect(csv.inhoud.toString('utf8')).toMatch(/In beeld en overgedragen per benaderronde;MC03 · 2027-03-01 · [0-9a-f]{8};lokaal team;;ja/);
    const pdf = await exporteer('Download de programmaresultaten als PDF');
    expect(pdf.naam).toBe(`programmas-MC03-${SCHOOLJAAR}.pdf`);
    expect(pdf.inhoud.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xlsx = await exporteer('Download de programmaresultaten als XLSX');
    expect(xlsx.inhoud.subarray(0, 2).toString('latin1')).toBe('PK');
    await uitloggen();

    // Ops: every region, small counts suppressed; the programme by region and id (names stay with the region).
    await inloggen('/cijfers', 'ops');
    await page.getByRole('heading', { level: 2, name: 'Benaderrondes' }).waitFor();
    // Waits for the table to load (ops' page holds every report): a suppressed cell says so.
    await page
      .getByRole('table', { name: /In beeld en overgedragen/ })
      .getByText('onderdrukt')
      .first()
      .waitFor({ state: 'attached' });
    await page
      .getByRole('table', { name: /Deelnames beëindigd, naar resultaat/ })
      .getByText(`MC03 · ${programma.id.slice(0, 8)}`)
      .waitFor();
    await page
      .getByText(/Laden…/)
      .first()
      .waitFor({ state: 'detached' });
    await controleer('06-ops-benaderrondes-programmas');
  }, 240_000);
});

describe('uitschrijving en switch in a browser', () => {
  it("the mbo sees its programmes' uitschrijvingen and switches beside its region, per institution too, with CSV/XLSX/PDF; ops sees it suppressed", async () => {
    const administratie = (
      await demoLogin({
        issuer: provider.issuer,
        clientId: LOCAL_OIDC.cli.clientId,
        redirectUri: LOCAL_OIDC.cli.redirectUri,
        user: { org: { type: 'mbo-instelling', code: '25LW' }, roles: ['schooladministratie'] },
      })
    ).accessToken;
    // Eight students of Groningen (MC03) enrolled at 25LW on 20 August; three leave (reasons 4, 4 and 3), one switches.
    const jaar = Number(SCHOOLJAAR.slice(0, 4));
    const ids: string[] = [];
    for (let n = 0; n < 8; n++) {
      const { inschrijvingId } = (await api('overstap', '/api/overstap/inschrijvingen', administratie, {
        persoonsnummer: bsn(45_678_900 + n * 17),
        schooljaar: `${jaar - 1}-${jaar}`,
        crebo: n < 5 ? '25180' : '25655',
        niveau: n < 5 ? 4 : 2,
        locatie: '25LW00',
        ingeschrevenPer: `${jaar}-08-20`,
        woongemeente: 'GM0014',
      })) as { inschrijvingId: string };
      ids.push(inschrijvingId);
    }
    for (const [n, reden] of [
      [0, 4],
      [1, 4],
      [5, 3],
    ] as const) {
      await api('overstap', `/api/overstap/inschrijvingen/${ids[n]}/uitschrijving`, administratie, {
        uitgeschrevenPer: `${jaar}-11-02`,
        reden,
        geboortedatum: `${jaar - 17}-05-01`,
        startkwalificatie: false,
        woongemeente: 'GM0014',
      });
    }
    await api('overstap', `/api/overstap/inschrijvingen/${ids[2]}/switch`, administratie, {
      crebo: '25168',
      niveau: 3,
      locatie: '25LW00',
      per: `${jaar}-10-01`,
    });
    // Nine inschrijvingen in the year (the switch starts a new one), projected through Kafka with their region.
    await waitFor(
      'the inschrijvingen projected',
      async () => {
        const cijfers = (await api('rapportage', `/api/rapportage/uitschrijvingen?schooljaar=${SCHOOLJAAR}`, administratie)) as {
          tabel: { totaal: number | null };
          regio: { code: string } | null;
        };
        return cijfers.tabel.totaal === 9 && cijfers.regio?.code === 'MC03';
      },
      30_000,
      500,
    );

    await inloggen('/', 'administratie-25lw');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    const sectie = page.locator('section[aria-labelledby="uitschrijvingen"]');
    await sectie.getByRole('heading', { level: 2, name: 'Uitschrijving en switch' }).waitFor();
    const beschrijving = await grafiek(/^Uitgeschreven, uitgevallen en geswitcht in procent van de inschrijvingen, per opleiding\./);
    // 25180 niveau 4: 2 of 5 uitgeschreven (40 %), 1 geswitcht (20 %); the region's row is part of the chart.
    expect(beschrijving).toMatch(/crebo 25180, niveau 4 40/);
    expect(beschrijving).toMatch(/regio Centraal en Westelijk Groningen/);
    const tabel = sectie.getByRole('table', { name: /Uitschrijvingen per reden en switches/ });
    await expect(tabel.locator('tfoot td').last().innerText()).resolves.toBe('9');
    await sectie
      .getByRole('table', { name: /Percentages van de inschrijvingen/ })
      .getByRole('rowheader', { name: 'totaal' })
      .waitFor();
    await sectie.getByText(/de regio waar de meeste van je studenten van dit schooljaar wonen/).waitFor();
    await sectie.getByText('Niets is onderdrukt: deze cijfers blijven binnen je organisatie.').first().waitFor();
    await sectie.getByLabel('Uitschrijvingen per').selectOption('instelling');
    await tabel.getByRole('rowheader', { name: '25LW' }).waitFor();
    await sectie.screenshot({ path: join(RESULTS, 'cijfers-uitschrijvingen-mbo.png') });
    await controleer('05-mbo-uitschrijvingen');
    const csv = await exporteer('Download de uitschrijvingscijfers als CSV');
    expect(csv.naam).toBe(`uitschrijvingen-25LW-instelling-${SCHOOLJAAR}.csv`);
    expect(csv.inhoud.toString('utf8')).toContain('tabel;rij;kolom;aantal;onderdrukt');
    // An export leaves the institution: 2 uitschrijvingen with reason 4 are below 5, so suppressed.
    expect(csv.inhoud.toString('utf8')).toContain('Uitschrijving en switch per mbo-instelling;25LW;reden 4: studie- of beroepskeuze;;ja');
    const xlsx = await exporteer('Download de uitschrijvingscijfers als XLSX');
    expect(xlsx.naam).toBe(`uitschrijvingen-25LW-instelling-${SCHOOLJAAR}.xlsx`);
    expect(xlsx.inhoud.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await exporteer('Download de uitschrijvingscijfers als PDF');
    expect(pdf.naam).toBe(`uitschrijvingen-25LW-instelling-${SCHOOLJAAR}.pdf`);
    expect(pdf.inhoud.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await uitloggen();

    // Ops: every institution, small cells suppressed ("—", explained under the table).
    await inloggen('/cijfers', 'ops');
    await sectie.getByRole('heading', { level: 2, name: 'Uitschrijving en switch' }).waitFor();
    await sectie
      .getByRole('table', { name: /Uitschrijvingen per reden en switches/ })
      .getByText('onderdrukt')
      .first()
      .waitFor();
    await sectie
      .getByText(/— = onderdrukt: minder dan 5 jongeren/)
      .first()
      .waitFor();
    await page
      .getByText(/Laden…/)
      .first()
      .waitFor({ state: 'detached' });
    await controleer('06-ops-uitschrijvingen');
  }, 240_000);
});
