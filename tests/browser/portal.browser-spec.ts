import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { Pool } from 'pg';
import { Claims, LOCAL_OIDC, Role } from '@sluitend/auth';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
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
import { bulkRequests, sendBulk } from '../support/submit';

/**
 * The portal in a real browser (Debian's chromium via playwright-core) against the real stack: the OpenID provider,
 * the five services and the gateway serving the built portal, each a process as `./sluitend up` runs them. Per user
 * group its main journey, logging in through the provider's own login form: ops moves the demo clock past 1 April;
 * the RMC trajectbegeleider finds the alerts that followed in the inbox, picks one up and handles it; the school's
 * decaan sees the doorstroommonitor and a student's dossier. Every page reached is checked with axe-core (no serious
 * or critical WCAG 2.1 A/AA violation) and saved as a screenshot in tests/browser/results/.
 */
const ROOT = join(__dirname, '../..');
const RESULTS = join(__dirname, 'results');
const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;
const run = uniqueRun('portal');
const logOf = (name: string) => join(ROOT, `.local/test-logs/${run.id}-${name}.log`);
const SCHOOLJAAR = '2026-2027';

// One VO school of region MC03 with the students of the cohort who live in the region (their RMC gets the alerts).
const cohort = generateCohort({ seed: 7, regios: ['MC03'], schooljaar: SCHOOLJAAR, fraction: 0.05 }).dossiers;
const BRIN = cohort[0]!.school.brin;
const leerlingen = cohort.filter((d) => d.school.brin === BRIN && rmcRegioVanGemeente(d.leerling.woongemeente)?.code === 'MC03').slice(0, 12);

let provider: OidcProviderUnderTest;
const services: ServiceUnderTest[] = [];
let gateway: NodeProcess;
let base: string;
let pool: Pool;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** What the journeys measured (printed and saved in tests/browser/results/metingen.json). */
const metingen: Record<string, number> = {};
let deadlineGevuurdOp = 0;
/** Script errors and Content-Security-Policy refusals on the page: there must be none. */
let paginafouten: string[] = [];
const toegankelijkheid: Array<{ pagina: string; url: string; overtredingen: number; ernstig: number; kritiek: number; regels: string[] }> = [];

/** axe-core on the page as it is now, and a screenshot of it; no serious or critical violation is allowed. */
async function controleer(naam: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `${naam}.png`), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const ernstig = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  toegankelijkheid.push({
    pagina: naam,
    url: new URL(page.url()).pathname + new URL(page.url()).search,
    overtredingen: violations.length,
    ernstig: violations.filter((v) => v.impact === 'serious').length,
    kritiek: violations.filter((v) => v.impact === 'critical').length,
    regels: violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×)`),
  });
  expect(paginafouten).toEqual([]);
  expect(ernstig.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Logs in through the provider's real login page: a demo user, or (development) an organisation with roles. */
async function inloggen(pad: string, wie: { gebruiker: string } | { organisatie: string; rol: string }): Promise<void> {
  await page.goto(`${base}${pad}`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/interaction\//);
  // The provider's login page is part of every journey: checked (and saved) once.
  if (!toegankelijkheid.some((t) => t.pagina === '01b-oidc-inloggen')) await controleer('01b-oidc-inloggen');
  if ('gebruiker' in wie) {
    await page.locator(`label[for="g-${wie.gebruiker}"]`).click();
    await page.locator('#demo-gebruiker button[type="submit"]').click();
  } else {
    await page.locator('#organisatie').fill(wie.organisatie);
    await page.locator('#rol').selectOption(wie.rol);
    await page.getByRole('button', { name: 'Inloggen als deze gebruiker' }).click();
  }
  await page.waitForURL((url) => url.pathname === pad);
}

/** Presses Tab until the element has the focus (keyboard only: no clicks), at most 60 times. */
async function tabNaar(doel: Locator): Promise<void> {
  for (let stap = 0; stap < 60; stap += 1) {
    if (
      await doel
        .evaluate((element: { ownerDocument: { activeElement: unknown } }) => element === element.ownerDocument.activeElement)
        .catch(() => false)
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${doel.toString()}`);
}

async function uitloggen(): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('button', { name: 'Ja, log mij uit' }).click();
  await page.waitForURL(`${base}/`);
  await page.getByRole('button', { name: 'Inloggen' }).waitFor();
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  expect(leerlingen.length).toBeGreaterThanOrEqual(5);
  // The portal as `./sluitend up` builds it (dist/web); the global setup compiled dist/ for the processes.
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // jest sets NODE_ENV=test, which would bundle React's development build.
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
  await Promise.all(services.map((service) => service.start()));
  const url = (name: string) => services.find((service) => service.name === name)!.url;
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
  await waitFor('gateway /health/ready', async () => (await fetch(`${base}/health/ready`).catch(() => undefined))?.ok, 20_000, 100);

  // The school's dossiers, submitted as its administration does (a token from the same provider).
  const token = async (org: Claims['org'], roles: Role[] = ['schooladministratie']) =>
    (await demoLogin({ issuer: provider.issuer, clientId: LOCAL_OIDC.cli.clientId, redirectUri: LOCAL_OIDC.cli.redirectUri, user: { org, roles } }))
      .accessToken;
  await sendBulk(url('overstap'), await bulkRequests(leerlingen, token));

  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--lang=nl-NL'] });
}, 180_000);

// Each journey in its own browser session (no cookies or storage of the one before).
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
  // The page as the journey left it (on a failure: where it stopped).
  const naam = (expect.getState().currentTestName ?? 'onbekend').replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  await page?.screenshot({ path: join(RESULTS, `einde-${naam}.png`), fullPage: true }).catch(() => undefined);
  await context?.close();
});

afterAll(async () => {
  writeFileSync(join(RESULTS, 'toegankelijkheid.json'), `${JSON.stringify(toegankelijkheid, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'metingen.json'), `${JSON.stringify(metingen, null, 2)}\n`);
  console.log(`portal: ${JSON.stringify(metingen)}; axe per page: ${toegankelijkheid.map((t) => `${t.pagina} ${t.overtredingen}`).join(', ')}`);
  await browser?.close();
  await gateway?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('browser-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

describe('the portal in a browser', () => {
  it('loads its production bundle (sizes gzipped) and its first page against the local stack', async () => {
    const assets = join(ROOT, 'dist/web/assets');
    const gzip = (extensie: string) =>
      readdirSync(assets)
        .filter((file) => file.endsWith(extensie))
        .reduce((som, file) => som + gzipSync(readFileSync(join(assets, file))).length, 0);
    metingen.jsGzipBytes = gzip('.js');
    metingen.cssGzipBytes = gzip('.css');
    const gestart = Date.now();
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    metingen.eersteLaadtijdMs = Date.now() - gestart;
    expect(metingen.jsGzipBytes).toBeGreaterThan(0);
    await controleer('00-start');
  });

  it('ops logs in at the provider, moves the demo clock past 1 April and sees the deadline fire; the platform page shows every service ready', async () => {
    await page.goto(`${base}/demojaar`);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await controleer('01-inloggen-vereist');
    await inloggen('/demojaar', { gebruiker: 'ops' });
    await page.getByText(/Het is nu/).waitFor();
    await controleer('02-demojaar');

    await page.getByRole('button', { name: /2 april/ }).click();
    const gebeurd = page.getByRole('region', { name: 'Wat er gebeurde' });
    await gebeurd.waitFor({ timeout: 60_000 });
    await expect(gebeurd.innerText()).resolves.toMatch(/Geen aanmelding op 1 april, schooljaar 2026-2027, \d+ signa/);
    deadlineGevuurdOp = Date.now();
    await controleer('03-demojaar-na-1-april');

    await page.getByRole('link', { name: 'Platform' }).click();
    await page.getByText('5 van 5 services gereed').waitFor({ timeout: 20_000 });
    await controleer('04-platform');
    await uitloggen();
  });

  it('the RMC trajectbegeleider finds the alert in the inbox, picks it up and handles it; its page keeps the history after a reload', async () => {
    await inloggen('/signalen', { gebruiker: 'trajectbegeleider-mc03' });
    // Signals become alerts over Kafka within seconds; the inbox shows them on the next load.
    await page.getByLabel('Soort signaal').selectOption('overstap.deadline.aanmelding-gemist');
    await page.waitForURL(/signaalType=overstap\.deadline\.aanmelding-gemist/);
    const eerste = page.getByRole('link', { name: /^Signaal \d+$/ }).first();
    await waitFor(
      'an alert in the inbox',
      async () => {
        await page.reload();
        await page
          .locator('main')
          .getByText(/signalen|Er zijn geen signalen/)
          .first()
          .waitFor();
        return (await eerste.count()) > 0;
      },
      30_000,
      1_000,
    );
    // From the deadline firing (the ops page said so) to the alert in the inbox, including this user's login.
    metingen.deadlineTotInboxMs = Date.now() - deadlineGevuurdOp;
    await expect(page.getByRole('link', { name: /^Nieuw \(\d+\)$/ }).innerText()).resolves.not.toBe('Nieuw (0)');
    await controleer('05-signalen-inbox');

    // From here on with the keyboard alone: Tab, Enter and the arrow keys.
    const naam = await eerste.innerText();
    await tabNaar(eerste);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${naam}: Geen aanmelding op 1 april`) }).waitFor();
    await controleer('06-signaal-nieuw');

    await tabNaar(page.getByRole('button', { name: 'Oppakken (aan mij toewijzen)' }));
    await page.keyboard.press('Enter');
    await page.getByText('Je hebt het signaal opgepakt.').waitFor();
    await page.getByText('Fatima el Amrani (jij)').waitFor();
    // Handling without an outcome is refused next to the field, in Dutch.
    await tabNaar(page.getByRole('button', { name: 'Afhandelen' }));
    await page.keyboard.press('Enter');
    await page.getByText('Kies een uitkomst.').waitFor();
    await controleer('07-signaal-opgepakt-fout');

    await tabNaar(page.getByLabel('Uitkomst'));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Uitkomst').inputValue()).resolves.toBe('contact-gelegd');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Gebeld, afspraak gemaakt');
    await tabNaar(page.getByRole('button', { name: 'Afhandelen' }));
    await page.keyboard.press('Enter');
    await page.getByText('Het signaal is afgehandeld.').waitFor();
    await controleer('08-signaal-afgehandeld');

    // A deep link survives a reload (the gateway answers index.html; the session is kept).
    await page.reload();
    await page.getByRole('heading', { name: 'Geschiedenis' }).waitFor();
    const historie = page.getByRole('region', { name: 'Geschiedenis' }).locator('tbody tr');
    // The history: made by the signal, (an escalation, should the platform have escalated it), picked up, handled.
    const regels = await historie.allInnerTexts();
    console.log(`history of ${naam}:\n${regels.join('\n')}`);
    expect(regels[0]).toMatch(/Nieuw\s+Sluitend \(signaal\)/);
    expect(regels.slice(-2)).toEqual([
      expect.stringMatching(/Nieuw → Opgepakt\s+Fatima el Amrani/),
      expect.stringMatching(/Opgepakt → Afgehandeld\s+Fatima el Amrani\s+Gebeld, afspraak gemaakt/),
    ]);
    await expect(page.getByRole('button', { name: /Oppakken|Afhandelen/ }).count()).resolves.toBe(0);

    // One action opens the young person's case in trajecten (by pseudonym, in the body); the alert then links to it.
    await page.getByRole('button', { name: 'Traject openen' }).click();
    await page.getByText('Er is een casus geopend voor deze jongere.').waitFor();
    await expect(page.getByRole('link', { name: 'Naar de casus' }).getAttribute('href')).resolves.toMatch(/^\/casussen\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('button', { name: 'Traject openen' }).count()).resolves.toBe(0);
    await controleer('08b-signaal-traject-geopend');

    // Back to the inbox as it was left (the browser keeps the way back across the reload): still filtered by kind.
    await page.getByRole('link', { name: 'Terug naar de signalen' }).click();
    await page.waitForURL(`${base}/signalen?signaalType=overstap.deadline.aanmelding-gemist`);
    await page.getByRole('link', { name: 'Afgehandeld (1)' }).click();
    await page.waitForURL(/status=afgehandeld/);
    await page.getByRole('link', { name: naam }).waitFor();
    await page.getByText('1 signaal met status afgehandeld').waitFor();
    await controleer('09-signalen-afgehandeld');
    // From a filtered inbox to an alert and back: the filter stays.
    await page.getByRole('link', { name: naam }).click();
    await page.getByRole('link', { name: 'Terug naar de signalen' }).click();
    await page.waitForURL(/\/signalen\?status=afgehandeld&signaalType=overstap\.deadline\.aanmelding-gemist$/);
  });

  it("the school's decaan sees the doorstroommonitor, filters it and opens a student's dossier", async () => {
    await inloggen('/monitor', { organisatie: `vo-school:${BRIN}`, rol: 'decaan' });
    await page.getByRole('table').waitFor();
    await expect(page.locator('caption').innerText()).resolves.toContain(`${leerlingen.length} leerlingen`);
    await controleer('10-monitor');

    await page.getByLabel('Toon').selectOption('geen-aanmelding');
    await page.waitForURL(/filter=geen-aanmelding/);
    await page.locator('caption').getByText('(geen aanmelding)').waitFor();
    const leerling = page.locator('tbody tr a').first();
    const naam = await leerling.innerText();
    await leerling.click();
    await page.getByRole('heading', { level: 1, name: `Dossier van ${naam}` }).waitFor();
    await controleer('11-dossier');
    // Back to the monitor as it was left: filtered.
    await page.getByRole('link', { name: 'Terug naar de monitor' }).click();
    await page.waitForURL(/\/monitor\?filter=geen-aanmelding$/);

    await page.goto(`${base}/bestaat-niet`);
    await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
    await controleer('12-niet-gevonden');
  });
});
