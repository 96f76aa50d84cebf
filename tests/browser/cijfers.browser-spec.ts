import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { Pool } from 'pg';
import { Claims, LOCAL_OIDC, Role } from '@sluitend/auth';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { bulkRequests, sendBulk } from '../support/submit';
import { createKafka } from '@sluitend/messaging';
import { demoClockSchema } from '@sluitend/platform';
import {
  deleteRunTopics,
  demoLogin,
  dropSchemas,
  freePort,
  generateCohort,
  NodeProcess,
  OidcProviderUnderTest,
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
// Dossiers of the demo school 14RP (region MC03): its decaan, the RMC and ops read its tabellenboek.
const leerlingen = generateCohort({ seed: 7, regios: ['MC03'], schooljaar: SCHOOLJAAR, fraction: 0.05 })
  .dossiers.filter((d) => d.school.brin === '14RP' && rmcRegioVanGemeente(d.leerling.woongemeente)?.code === 'MC03')
  .slice(0, 12);
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
    await sendBulk(url('overstap'), await bulkRequests(leerlingen, overstap));
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
      'Verzuimmeldingen',
      'Oppakken en afhandelen van signalen',
      'Uitschrijving en switch',
      'Jaarrapporten',
    ]);
    await inhoud.getByRole('link', { name: 'Effectrapportage' }).click();
    expect(new URL(page.url()).hash).toBe('#effectrapportage');
    await page.getByText(`${leerlingen.length} doorstroomdossiers in schooljaar ${SCHOOLJAAR}`).waitFor();
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
    await page
      .getByText(/Laden…/)
      .first()
      .waitFor({ state: 'detached' });
    await controleer('04-ops-onderdrukt');
  }, 360_000);
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
