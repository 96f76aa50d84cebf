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
 * The follow-up pages of the portal in a real browser against the real stack (as portal.browser-spec.ts runs it):
 * the RMC's cases (trajecten), the school's absence and the leerplicht's meldingen (verzuim). The figures
 * (rapportage) have their own spec: cijfers.browser-spec.ts. One journey per page group, each logging in as the demo user of its role; axe-core on every page
 * (no serious or critical WCAG 2.1 A/AA violation), a screenshot of each in tests/browser/results/opvolging-*.png.
 */
const ROOT = join(__dirname, '../..');
const RESULTS = join(__dirname, 'results');
const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'] as const;
const run = uniqueRun('opvolging');
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
  await page.screenshot({ path: join(RESULTS, `opvolging-${naam}.png`), fullPage: true });
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
  await page?.screenshot({ path: join(RESULTS, `opvolging-einde-${naam}.png`), fullPage: true }).catch(() => undefined);
  await context?.close();
});

afterAll(async () => {
  writeFileSync(join(RESULTS, 'opvolging-toegankelijkheid.json'), `${JSON.stringify(toegankelijkheid, null, 2)}\n`);
  console.log(`opvolging: axe per page: ${toegankelijkheid.map((t) => `${t.pagina} ${t.overtredingen}`).join(', ')}`);
  await browser?.close();
  await gateway?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('browser-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

describe('the follow-up pages in a browser', () => {
  it('the RMC trajectbegeleider opens a case by hand, takes its regie, records contact, steps it on and closes it with an outcome; the coordinator sets the rule table', async () => {
    await inloggen('/casussen', 'trajectbegeleider-mc03');
    await page.getByText('Geen casussen bij dit filter').waitFor();
    await controleer('trajecten-01-casussen-leeg');

    await page.getByRole('link', { name: 'Een casus met de hand openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casus openen' }).waitFor();
    await page.getByRole('button', { name: 'Casus openen' }).click();
    await page.getByText('Vul een BSN of onderwijsnummer van 9 cijfers in.').waitFor();
    await controleer('trajecten-02-casus-openen-fout');
    await page.getByLabel('BSN of onderwijsnummer').fill('999605999');
    await page.getByLabel('Aanleiding').selectOption('school');
    await page.getByRole('button', { name: 'Casus openen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Casus [0-9a-f]{8}: Aangemeld$/ }).waitFor();
    await page.getByText('De casus is geopend.').waitFor();
    // Only the steps the case allows now are buttons.
    await expect(page.getByRole('button', { name: 'Screening starten' }).count()).resolves.toBe(0);
    await controleer('trajecten-03-casus-aangemeld');

    await page.getByRole('button', { name: 'Ik word casusregisseur' }).click();
    await page.getByText('Fatima el Amrani (jij)').waitFor();
    await page.getByLabel('Soort contact').selectOption('huisbezoek');
    await page.getByLabel('Toelichting (zonder namen of BSN)', { exact: true }).fill('Thuis getroffen');
    await page.getByRole('button', { name: 'Contactpoging vastleggen' }).click();
    await page.getByText('De contactpoging is vastgelegd.').waitFor();
    await page.getByRole('cell', { name: 'Huisbezoek' }).waitFor();
    await page.getByRole('button', { name: 'Contact gelegd' }).click();
    await page.getByRole('heading', { level: 1, name: /: In contact$/ }).waitFor();
    await page.getByRole('button', { name: 'Screening starten' }).click();
    await page.getByRole('heading', { level: 1, name: /: Screening$/ }).waitFor();
    await controleer('trajecten-04-casus-screening');

    // Closing asks for an outcome in the effectrapportage categories.
    await page.getByRole('button', { name: 'Afsluiten met uitkomst' }).click();
    await page.getByRole('button', { name: 'Casus afsluiten' }).click();
    await page.getByText('Kies een uitkomst.').waitFor();
    await controleer('trajecten-05-afsluiten-fout');
    await page.getByLabel('Uitkomst', { exact: true }).selectOption('voltijd-onderwijs');
    await expect(page.getByLabel('Inkomen uit werk per maand').count()).resolves.toBe(0);
    // Werk zonder startkwalificatie asks the monthly income as a class (RMC priority groups 2 and 3), never the amount.
    await page.getByLabel('Uitkomst', { exact: true }).selectOption('werk-zonder-startkwalificatie');
    const inkomen = page.getByLabel('Inkomen uit werk per maand');
    await expect(inkomen.locator('option').allInnerTexts()).resolves.toEqual(['onbekend', 'minder dan € 300', '€ 300 tot € 700', '€ 700 of meer']);
    await expect(inkomen.inputValue()).resolves.toBe('');
    await inkomen.selectOption({ label: '€ 300 tot € 700' });
    await page.getByLabel('Uren per week (onderwijs of werk, mag leeg)').fill('32');
    await controleer('trajecten-05b-afsluiten-inkomen');
    await page.getByRole('button', { name: 'Casus afsluiten' }).click();
    await page.getByRole('heading', { level: 1, name: /: Afgesloten$/ }).waitFor();
    await page.getByText('Werk zonder startkwalificatie, 32 uur per week, inkomen € 300 tot € 700 per maand').waitFor();
    const historie = await page.getByRole('region', { name: 'Geschiedenis' }).locator('tbody tr').allInnerTexts();
    expect(historie.length).toBeGreaterThanOrEqual(5);
    await controleer('trajecten-06-casus-afgesloten');

    // A deep link to the case survives a reload; the list finds it under "alle".
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /: Afgesloten$/ }).waitFor();
    await page.getByRole('link', { name: 'Terug naar de casussen' }).click();
    await page.getByLabel('Toon').selectOption('alle');
    await page.waitForURL(/filter=alle/);
    await page.getByText('1 casus (alle casussen)', { exact: false }).waitFor();
    await controleer('trajecten-07-casussen-alle');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Ja, log mij uit' }).click();
    await page.waitForURL(`${base}/`);
    await inloggen('/casusregels', 'coordinator-mc03');
    await page.getByRole('table').waitFor();
    await expect(page.getByLabel('Uitgeschreven, niet opnieuw ingeschreven').isDisabled()).resolves.toBe(true);
    await page.getByLabel('Geen aanmelding op 1 april').selectOption('opent');
    await page.getByRole('button', { name: 'Regeltabel opslaan' }).click();
    await page.getByText('De regeltabel is opgeslagen.').waitFor();
    await page.getByRole('row', { name: /Geen aanmelding op 1 april.*Door de regio gekozen/ }).waitFor();
    await controleer('trajecten-08-casusregels');
  });

  it("the school's administration sees its students' absence, records a day, uploads a CSV (refused rows reported, then accepted); the leerplichtambtenaar handles the melding; the RMC sees its own", async () => {
    // The school's calendar and students, as its administration registers them (a melding already due for one).
    const school = await token({ type: 'vo-school', code: '14RP' }, 'schooladministratie');
    const nu = new Date(((await api('verzuim', '/api/verzuim/demo/klok', school)) as { nu: string }).nu);
    const jaar = nu.getUTCMonth() >= 7 ? nu.getUTCFullYear() : nu.getUTCFullYear() - 1;
    await api('verzuim', `/api/verzuim/kalenders/${jaar}-${jaar + 1}`, school, { vakanties: [] }, 'PUT');
    const [a, b] = [bsn(12_345_670), bsn(23_456_780)];
    const geboren = `${nu.getUTCFullYear() - 13}-03-01`;
    for (const persoonsnummer of [a, b])
      await api('verzuim', '/api/verzuim/leerlingen', school, {
        persoonsnummer,
        geboortedatum: geboren,
        woongemeente: 'GM0014',
        onderwijstype: 'havo',
        ingeschrevenPer: `${jaar}-08-01`,
      });
    const dagen = werkdagenVoor(nu, 6);
    await api('verzuim', '/api/verzuim/absenties/bulk', school, {
      absenties: dagen.slice(2, 6).map((datum) => ({ persoonsnummer: a, datum, ongeoorloofd: 4.5 })),
    });

    await inloggen('/verzuim', 'schooladministratie-14rp');
    await page.getByRole('table').waitFor();
    await expect(page.locator('caption').innerText()).resolves.toMatch(/^2 leerlingen, uren verzuim van/);
    await expect(page.locator('tbody tr').filter({ hasText: '18' }).locator('td').last().innerText()).resolves.toBe('1');
    await controleer('verzuim-01-leerlingen');

    await page.getByRole('link', { name: 'Absentie invoeren of een CSV-bestand uploaden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Absentie invoeren' }).waitFor();
    await page.getByRole('button', { name: 'Absentie vastleggen' }).click();
    await page.getByText('Vul een BSN of onderwijsnummer van 9 cijfers in.').waitFor();
    await controleer('verzuim-02-absentie-fout');
    await page.getByLabel('BSN of onderwijsnummer').fill(b);
    await page.getByLabel('Lesdag', { exact: true }).fill(dagen[0]!);
    await page.getByLabel('Uren ongeoorloofd afwezig').fill('3');
    await page.getByRole('button', { name: 'Absentie vastleggen' }).click();
    await page.getByText('1 dag vastgelegd voor 1 leerling.').waitFor();
    await page.getByText('Hierdoor is geen verzuimmelding ontstaan of veranderd.').waitFor();

    // A CSV with a bad row is refused whole, its rows reported by line, column and rule.
    const csv = (regels: string[]) => ({
      name: 'absenties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek\n${regels.join('\n')}\n`),
    });
    await page.getByLabel('CSV-bestand').setInputFiles(csv([`${b};${dagen[1]};2;0`, `123;${dagen[1]};x;`]));
    await page.getByRole('button', { name: 'Bestand uploaden' }).click();
    await page.getByText(/Het bestand is niet vastgelegd: 2 fouten/).waitFor();
    await page.getByRole('table', { name: 'Fouten per regel van het bestand' }).getByRole('cell', { name: 'bsn_of_onderwijsnummer' }).waitFor();
    await controleer('verzuim-03-csv-fouten');
    await page.getByLabel('CSV-bestand').setInputFiles(csv([`${b};${dagen[1]};2;0`, `${b};${dagen[2]};0;1,5`]));
    await page.getByRole('button', { name: 'Bestand uploaden' }).click();
    await page.getByText('2 dagen vastgelegd voor 1 leerling.').waitFor();
    await controleer('verzuim-04-csv-vastgelegd');

    await page.getByRole('link', { name: 'Verzuimmeldingen' }).click();
    await page.getByText('1 melding, nieuwste eerst').waitFor();
    await controleer('verzuim-05-school-meldingen');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Ja, log mij uit' }).click();
    await page.waitForURL(`${base}/`);

    // The leerplichtambtenaar of the woongemeente takes it in behandeling, moves the MAS on and closes it.
    await inloggen('/verzuimmeldingen', 'leerplicht-gm0014');
    await page.getByRole('link', { name: 'Geregistreerd (1)' }).waitFor();
    await controleer('verzuim-06-leerplicht-meldingen');
    await page.getByRole('link', { name: /^Melding [0-9a-f]{8}$/ }).click();
    await page.getByRole('heading', { level: 1, name: /: 16 uur in 4 lesweken$/ }).waitFor();
    await controleer('verzuim-07-melding-geregistreerd');
    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByText('Stap gezet: in behandeling nemen.').waitFor();
    // The MAS phases in order; the route once planning.
    await page.getByLabel('MAS-fase', { exact: true }).selectOption('analyseren');
    await expect(page.getByLabel('Route', { exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Fase en route vastleggen' }).click();
    await page.getByText('De MAS-fase en route zijn vastgelegd.').waitFor();
    await page.getByLabel('MAS-fase', { exact: true }).selectOption('plannen');
    await page.getByLabel('Route', { exact: true }).selectOption('halt');
    await page.getByRole('button', { name: 'Fase en route vastleggen' }).click();
    await page.getByText('De MAS-fase en route zijn vastgelegd.').waitFor();
    await page.getByRole('button', { name: 'Melding afsluiten' }).click();
    await page.getByText('Kies een reden om af te sluiten.').waitFor();
    await controleer('verzuim-08-melding-in-behandeling');
    await page.getByLabel('Reden (DUO)', { exact: true }).selectOption('terug-naar-school');
    await page.getByRole('button', { name: 'Melding afsluiten' }).click();
    await page.getByText('Stap gezet: afsluiten.').waitFor();
    await expect(page.getByRole('region', { name: 'Stappen' }).locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(3);
    await controleer('verzuim-09-melding-afgesloten');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Ja, log mij uit' }).click();
    await page.waitForURL(`${base}/`);

    // The RMC sees only its region's RMC meldingen: none here.
    await inloggen('/verzuimmeldingen', 'trajectbegeleider-mc03');
    await page.getByText('Er zijn geen verzuimmeldingen.').waitFor();
    await controleer('verzuim-10-rmc-meldingen-leeg');
  });
});
