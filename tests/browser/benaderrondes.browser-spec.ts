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
 * The outreach-round and nazorg pages of the portal in a real browser against the real trajecten service behind the
 * gateway (as programmas.browser-spec.ts runs it): a trajectbegeleider starts a round over chosen cases, records the
 * results per young person (a mistake named by field), sees the totals and closes the round; the nazorg checks due
 * get their result. axe-core on every page (no serious or critical WCAG 2.1 A/AA violation), a screenshot of each in
 * tests/browser/results/benaderrondes-*.png.
 */
const ROOT = join(__dirname, '../..');
const RESULTS = join(__dirname, 'results');
// Only trajecten: these pages ask nothing of the other services.
const SERVICES = ['trajecten'] as const;
const run = uniqueRun('benaderrondes');
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
  await page.screenshot({ path: join(RESULTS, `benaderrondes-${naam}.png`), fullPage: true });
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
const token = async (org: { type: 'rmc-regio'; code: string }, rol: string) =>
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
  await page?.screenshot({ path: join(RESULTS, `benaderrondes-einde-${naam}.png`), fullPage: true }).catch(() => undefined);
  await context?.close();
});

afterAll(async () => {
  writeFileSync(join(RESULTS, 'benaderrondes-toegankelijkheid.json'), `${JSON.stringify(toegankelijkheid, null, 2)}\n`);
  console.log(`benaderrondes: axe per page: ${toegankelijkheid.map((t) => `${t.pagina} ${t.overtredingen}`).join(', ')}`);
  await browser?.close();
  await gateway?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('browser-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

describe('the outreach-round and nazorg pages in a browser', () => {
  it('a trajectbegeleider starts a round over chosen cases, records results, sees the totals and closes it', async () => {
    const begeleider = await token({ type: 'rmc-regio', code: 'MC03' }, 'trajectbegeleider');
    const nieuweCasus = async () =>
      (
        (await api('trajecten', '/api/trajecten/casussen', begeleider, {
          jongereId: randomBytes(32).toString('base64url'),
          aanleiding: 'school',
        })) as {
          id: string;
        }
      ).id;
    const [a, b] = [await nieuweCasus(), await nieuweCasus()];

    await inloggen('/benaderrondes', 'trajectbegeleider-mc03');
    await page.getByText('De regio heeft nog geen benaderrondes.').waitFor();
    await controleer('01-leeg');

    await page.getByLabel('Naam', { exact: true }).fill('Aanpak oude VSV');
    await page.getByLabel('Gekozen casussen').check();
    await page.getByLabel('Kenmerken van de casussen (één per regel)').fill(`${a}\n${b}`);
    await page.getByRole('button', { name: 'Ronde starten' }).click();
    await page.getByText('De ronde Aanpak oude VSV is gestart: 2 jongeren aangeschreven.').waitFor();
    await page.getByRole('link', { name: 'Aanpak oude VSV' }).waitFor();
    await controleer('02-gestart');

    await page.getByRole('link', { name: 'Naar de ronde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanpak oude VSV' }).waitFor();
    await page.getByRole('row', { name: 'Nog open 2', exact: true }).waitFor();
    await controleer('03-ronde');

    const kortA = a.slice(0, 8);
    await page.getByLabel(`Reactie van casus ${kortA}`).selectOption('zelf-gereageerd');
    await page.locator(`[id="in-beeld-${a}"]`).check();
    await page.locator(`[id="aan-${a}"]`).fill('jongerenwerk');
    await page
      .locator('tr', { has: page.getByLabel(`Reactie van casus ${kortA}`) })
      .getByRole('button', { name: 'Vastleggen' })
      .click();
    await page.getByText('Het resultaat is vastgelegd.').waitFor();
    // the totals follow once the round is read again
    await page.getByRole('row', { name: 'Zelf gereageerd 1', exact: true }).waitFor();
    await page.getByRole('row', { name: 'Overgedragen aan Jongerenwerk 1', exact: true }).waitFor();

    // Not reached yet "in beeld": the round's rule, named by field; nothing stored.
    const kortB = b.slice(0, 8);
    await page.getByLabel(`Reactie van casus ${kortB}`).selectOption('niet-bereikt');
    await page.locator(`[id="in-beeld-${b}"]`).check();
    await page
      .locator('tr', { has: page.getByLabel(`Reactie van casus ${kortB}`) })
      .getByRole('button', { name: 'Vastleggen' })
      .click();
    await page.getByText('inBeeld: in beeld kan alleen wie gereageerd heeft of bereikt is').waitFor();
    await page.getByRole('row', { name: 'Nog open 1', exact: true }).waitFor();
    await controleer('04-resultaat-fout');

    await page.getByRole('button', { name: 'Ronde afsluiten' }).click();
    await page.getByText('De ronde is afgesloten; de totalen gaan naar de rapportage.').waitFor();
    await page.getByText('Zelf gereageerd, in beeld, overgedragen aan Jongerenwerk').waitFor();
    await expect(page.getByRole('button', { name: 'Ronde afsluiten' }).count()).resolves.toBe(0);
    await controleer('05-afgesloten');

    await page.getByRole('link', { name: 'Terug naar de benaderrondes' }).click();
    await page.getByRole('heading', { level: 1, name: /^Benaderrondes van / }).waitFor();
    await controleer('06-lijst');
  });

  it('the nazorg page lists the checks due; a result is recorded and leaves the list', async () => {
    const begeleider = await token({ type: 'rmc-regio', code: 'MC03' }, 'trajectbegeleider');
    const casus = (await api('trajecten', '/api/trajecten/casussen', begeleider, {
      jongereId: randomBytes(32).toString('base64url'),
      aanleiding: 'school',
    })) as { id: string };
    // the check fell due, as the nazorgcontrole due work leaves it
    await pool.query(
      `INSERT INTO ${run.schema('trajecten')}.nazorgcontrole (casus_id, rmc_regio, vanaf, due_at, gevuurd_op)
       VALUES ($1, 'MC03', now() - interval '3 months', now(), now())`,
      [casus.id],
    );

    await inloggen('/nazorg', 'trajectbegeleider-mc03');
    const kort = casus.id.slice(0, 8);
    await page.getByRole('link', { name: `Casus ${kort}` }).waitFor();
    await controleer('07-nazorg');

    await page.getByLabel(`Resultaat van casus ${kort}`).selectOption('uitgevallen');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('Het resultaat van de nazorgcontrole is vastgelegd: Uitgevallen.').waitFor();
    await page.getByText('Er zijn geen nazorgcontroles aan de beurt.').waitFor();
    await controleer('08-nazorg-vastgelegd');
  });
});
