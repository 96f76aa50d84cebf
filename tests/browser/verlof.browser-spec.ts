import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { Pool } from 'pg';
import { LOCAL_OIDC } from '@sluitend/auth';
import { createKafka } from '@sluitend/messaging';
import { demoClockSchema } from '@sluitend/platform';
import {
  deleteRunTopics,
  demoLogin,
  dropSchemas,
  freePort,
  NodeProcess,
  OidcProviderUnderTest,
  ServiceUnderTest,
  testPool,
  uniqueRun,
  waitFor,
} from '@sluitend/testing';

/**
 * Verlof in a real browser against the real stack (verzuim and notificaties over Kafka, the gateway, the local OpenID
 * provider), set up as ziekteverzuim.browser-spec.ts: the school's administration (14RP) enters a request of 5 school
 * days for a student living in Groningen and grants it; then a request of 12 more school days, which only the
 * leerplichtambtenaar of Groningen may decide → an alert in the leerplicht inbox; the leerplichtambtenaar finds it on
 * Verlofbesluiten and in Signalen, grants it, and the alert is closed. axe-core on every page (no serious or critical
 * WCAG 2.1 A/AA violation), screenshots in tests/browser/results/verlof-*.png.
 */
const ROOT = join(__dirname, '../..');
const RESULTS = join(__dirname, 'results');
const SERVICES = ['verzuim', 'notificaties'] as const;
const run = uniqueRun('verlof');
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
const url = (name: string) => services.find((service) => service.name === name)!.url;

async function controleer(naam: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `verlof-${naam}.png`), fullPage: true });
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
const token = async (org: { type: 'vo-school' | 'gemeente'; code: string }, rol: string) =>
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
  await Promise.all(services.map((service) => service.start()));
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
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--lang=nl-NL'] });
}, 180_000);

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
  await page?.screenshot({ path: join(RESULTS, `verlof-einde-${naam}.png`), fullPage: true }).catch(() => undefined);
  await context?.close();
});

afterAll(async () => {
  writeFileSync(join(RESULTS, 'verlof-toegankelijkheid.json'), `${JSON.stringify(toegankelijkheid, null, 2)}\n`);
  console.log(`verlof: axe per page: ${toegankelijkheid.map((t) => `${t.pagina} ${t.overtredingen}`).join(', ')}`);
  await browser?.close();
  await gateway?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('browser-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

async function uitloggen(): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('button', { name: 'Ja, log mij uit' }).click();
  await page.waitForURL(`${base}/`);
}

type Aanvraag = { id: string; status: string; beslisser: string; lesdagen: number };
type Alert = { id: string; nummer: number; jongereId: string; signaalType: string; status: string };

/** Fills the school's verlof form with a request for gewichtige omstandigheden (ernstige ziekte in de familie). */
async function voerIn(persoonsnummer: string, van: string, totEnMet: string, aangevraagdOp: string): Promise<void> {
  await page.getByLabel('BSN of onderwijsnummer').fill(persoonsnummer);
  await page.getByLabel('Soort verlof').selectOption('gewichtige-omstandigheden');
  await page.getByLabel('Omstandigheid').selectOption('ernstige-ziekte-familie');
  await page.getByLabel('Eerste dag').fill(van);
  await page.getByLabel('Laatste dag').fill(totEnMet);
  await page.getByLabel('Aangevraagd op').fill(aangevraagdOp);
  await page.getByRole('button', { name: 'Aanvraag invoeren' }).click();
}

describe('verlof in a browser', () => {
  it('the school grants a request of 5 school days; a longer one goes to the leerplicht of the woongemeente (page and inbox), who decides it', async () => {
    const school = await token({ type: 'vo-school', code: '14RP' }, 'schooladministratie');
    const nu = new Date(((await api('verzuim', '/api/verzuim/demo/klok', school)) as { nu: string }).nu);
    const jaar = nu.getUTCMonth() >= 7 ? nu.getUTCFullYear() : nu.getUTCFullYear() - 1;
    await api('verzuim', `/api/verzuim/kalenders/${jaar}-${jaar + 1}`, school, { vakanties: [] }, 'PUT');
    const persoonsnummer = bsn(45_678_901);
    await api('verzuim', '/api/verzuim/leerlingen', school, {
      persoonsnummer,
      geboortedatum: `${nu.getUTCFullYear() - 14}-03-01`,
      woongemeente: 'GM0014',
      onderwijstype: 'havo',
      ingeschrevenPer: `${jaar}-08-01`,
    });
    // 17 lesdagen before today, oldest first: 5 for the short request, the next 12 for the long one; asked beforehand.
    const dagen = werkdagenVoor(nu, 17).reverse();
    const gevraagd = werkdagenVoor(new Date(`${dagen[0]}T12:00:00Z`), 1)[0];

    await inloggen('/verlof', 'schooladministratie-14rp');
    await page.getByRole('heading', { level: 1, name: 'Verlofaanvragen' }).waitFor();
    await page.getByText('Er zijn geen verlofaanvragen.').waitFor();
    await controleer('01-school-leeg');
    await voerIn(persoonsnummer, dagen[0], dagen[4], gevraagd);
    await page.getByText('5 lesdagen; beslisser: School (directeur).').waitFor();
    await page.getByRole('button', { name: 'Verlenen' }).click();
    await page.getByRole('cell', { name: 'Verleend', exact: true }).waitFor();
    await controleer('02-school-kort-verleend');
    // The list shows the pseudonym, never the persoonsnummer the form was filled with.
    expect(await page.locator('table').innerText()).not.toContain(persoonsnummer);

    await voerIn(persoonsnummer, dagen[5], dagen[16], gevraagd);
    await page.getByText('12 lesdagen; beslisser: Leerplichtambtenaar.').waitFor();
    await page.getByRole('cell', { name: 'Aangevraagd', exact: true }).waitFor();
    // Not the school's to decide: no buttons on the long request.
    await expect(page.getByRole('button', { name: 'Verlenen' }).count()).resolves.toBe(0);
    await controleer('03-school-lang-naar-leerplicht');
    await uitloggen();

    // notificaties routes the request from Kafka to the leerplicht of the woongemeente.
    const leerplicht = await token({ type: 'gemeente', code: 'GM0014' }, 'leerplichtambtenaar');
    const verlofAlerts = async (status = '') =>
      ((await api('notificaties', `/api/notificaties/alerts${status}`, leerplicht)) as { alerts: Alert[] }).alerts.filter(
        (alert) => alert.signaalType === 'verzuim.verlof.aangevraagd',
      );
    await waitFor('the verlof alert in the leerplicht inbox', async () => (await verlofAlerts()).length === 1, 30_000, 250);
    const aanvragen = ((await api('verzuim', '/api/verzuim/verlof', leerplicht)) as { aanvragen: Aanvraag[] }).aanvragen;
    expect(aanvragen.map((a) => [a.lesdagen, a.beslisser, a.status])).toEqual([[12, 'leerplichtambtenaar', 'aangevraagd']]);

    await inloggen('/signalen', 'leerplicht-gm0014');
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    await page
      .getByRole('link', { name: /^Signaal \d+$/ })
      .first()
      .waitFor();
    await controleer('04-leerplicht-inbox');
    await page.getByRole('link', { name: `Signaal ${(await verlofAlerts())[0].nummer}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Signaal \d+: Verlofaanvraag van meer dan 10 schooldagen$/ }).waitFor();
    await page.getByText('beoordeel de aanvraag op de pagina Verlof', { exact: false }).waitFor();
    await controleer('05-leerplicht-signaal');

    await page.getByRole('link', { name: 'Verlofbesluiten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Verlofbesluiten' }).waitFor();
    await page.getByRole('cell', { name: 'Aangevraagd', exact: true }).waitFor();
    await controleer('06-leerplicht-verlofbesluiten');
    await page.getByRole('button', { name: 'Verlenen' }).click();
    await page.getByRole('cell', { name: 'Verleend', exact: true }).waitFor();
    await controleer('07-leerplicht-verleend');
    // The decision closes the alert in the inbox.
    await waitFor('the alert closed by the decision', async () => (await verlofAlerts('?status=afgehandeld')).length === 1, 30_000, 250);
    expect(await verlofAlerts()).toEqual([expect.objectContaining({ status: 'afgehandeld' })]);
  }, 360_000);
});
