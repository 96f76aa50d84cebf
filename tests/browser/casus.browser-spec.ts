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
 * Working a case in the browser against the real stack (as opvolging.browser-spec.ts runs it): the case page as a
 * timeline with the screening, trajectplan (If-Match, the Dutch 412 message) and warm handover forms, the
 * netwerkoverleg list, the partner's view (accept a handover, then work the case), the coordinator's caseload and the
 * DUO-list import. axe-core on every page (no serious or critical WCAG 2.1 A/AA violation); a screenshot of each in
 * tests/browser/results/casus-*.png and .local/screenshots/casus-*.png.
 */
const ROOT = join(__dirname, '../..');
const RESULTS = join(__dirname, 'results');
const SERVICES = ['overstap', 'trajecten', 'notificaties'] as const;
const run = uniqueRun('casus');
const SCREENSHOTS = join(ROOT, '.local/screenshots');
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
  await page.screenshot({ path: join(RESULTS, `casus-${naam}.png`), fullPage: true });
  await page.screenshot({ path: join(SCREENSHOTS, `casus-${naam}.png`), fullPage: true });
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

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
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
  // One after the other: on a busy machine three services starting at once miss their readiness window.
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
}, 420_000);

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
  await page?.screenshot({ path: join(RESULTS, `casus-einde-${naam}.png`), fullPage: true }).catch(() => undefined);
  await context?.close();
});

afterAll(async () => {
  writeFileSync(join(RESULTS, 'casus-toegankelijkheid.json'), `${JSON.stringify(toegankelijkheid, null, 2)}\n`);
  console.log(`casus: axe per page: ${toegankelijkheid.map((t) => `${t.pagina} ${t.overtredingen}`).join(', ')}`);
  await browser?.close();
  await gateway?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('browser-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

const PARTNER = 'werkplein-groningen';
let casusId = '';
const kort = () => casusId.slice(0, 8);
/** A working day two weeks ahead: the netwerkoverleg's list for it holds what was put on the agenda today. */
function overlegdatum(): string {
  const dag = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  while (dag.getUTCDay() === 0 || dag.getUTCDay() === 6) dag.setUTCDate(dag.getUTCDate() + 1);
  return iso(dag);
}
const tijdlijn = () => page.getByRole('region', { name: 'Tijdlijn' }).locator('li').allInnerTexts();

async function uitloggen(): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('button', { name: 'Ja, log mij uit' }).click();
  await page.waitForURL(`${base}/`);
}

describe('working a case in the browser', () => {
  it('the trajectbegeleider screens the case, writes the plan (a stale save gets the Dutch 412 message), brings it to the netwerkoverleg and proposes a warm handover; the timeline shows it all in order', async () => {
    await inloggen('/casussen/nieuw', 'trajectbegeleider-mc03');
    await page.getByLabel('BSN of onderwijsnummer').fill(bsn(31_234_560));
    await page.getByRole('button', { name: 'Casus openen' }).click();
    await page.getByRole('heading', { level: 1, name: /: Aangemeld$/ }).waitFor();
    casusId = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('button', { name: 'Ik word casusregisseur' }).click();
    await page.getByText('Fatima el Amrani (jij)').waitFor();
    await page.getByRole('button', { name: 'Contact gelegd' }).click();
    await page.getByRole('heading', { level: 1, name: /: In contact$/ }).waitFor();
    await page.getByRole('button', { name: 'Screening starten' }).click();
    await page.getByRole('heading', { level: 1, name: /: Screening$/ }).waitFor();

    // The screening: every life domain and the four skills; an empty one is named, nothing is stored.
    await page.getByRole('button', { name: 'Screening vastleggen' }).click();
    await page.getByRole('button', { name: 'Screening opslaan' }).click();
    await page.getByText('Geef elk leefdomein en elke vaardigheid een score (13 nog leeg).').waitFor();
    await controleer('01-screening-fout');
    const scores = page.locator('form[aria-labelledby="screening-kop"] select');
    expect(await scores.count()).toBe(13);
    for (let i = 0; i < 13; i += 1) await scores.nth(i).selectOption('4');
    await page.locator('#domein-werk').selectOption('2');
    await page.locator('#domein-huisvesting').selectOption('1');
    await page.getByRole('button', { name: 'Screening opslaan' }).click();
    await page.getByText('De screening is vastgelegd: knelpunten op werk, huisvesting.').waitFor();
    await page.getByRole('row', { name: /^Huisvesting 1 \(knelpunt\)/ }).waitFor();

    // The plan: a goal and an action with owner and due date, version 1.
    await page.getByRole('button', { name: 'Trajectplan opstellen' }).click();
    await page.getByRole('button', { name: 'Trajectplan opslaan' }).click();
    await page.getByText('Doel 1: vul een omschrijving in.').waitFor();
    await page.locator('#doel-0-omschrijving').fill('Ingeschreven bij een mbo-opleiding');
    await page.locator('#doel-0-leefdomein').selectOption('school');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.locator('#actie-0-omschrijving').fill('Open dag bezoeken');
    await page.locator('#actie-0-deadline').fill('2027-01-15');
    await controleer('02-plan-formulier');
    await page.getByRole('button', { name: 'Trajectplan opslaan' }).click();
    await page.getByText('Het trajectplan is opgeslagen (versie 1).').waitFor();
    await page.getByRole('cell', { name: 'Open dag bezoeken' }).waitFor();

    // Meanwhile a colleague changes the plan (version 2): saving on version 1 is refused with a Dutch message, and a reload shows version 2.
    const rmc = await token({ type: 'rmc-regio', code: 'MC03' }, 'trajectbegeleider');
    const collega = await fetch(`${url('trajecten')}/api/trajecten/casussen/${casusId}/trajectplan`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${rmc}`, 'content-type': 'application/json', 'if-match': '"1"' },
      body: JSON.stringify({
        route: 'onderwijs',
        doelen: [{ id: 'd-collega', omschrijving: 'Startkwalificatie halen', status: 'open' }],
        acties: [
          { id: 'a-collega', omschrijving: 'Intake bij het mbo plannen', eigenaar: { soort: 'jongere' }, deadline: '2027-02-01', status: 'open' },
        ],
        ondersteuning: [],
      }),
    });
    expect(collega.status).toBe(200);
    await page.getByRole('button', { name: 'Plan bewerken' }).click();
    await page.locator('#doel-0-omschrijving').fill('Ingeschreven bij een mbo-opleiding niveau 2');
    await page.getByRole('button', { name: 'Trajectplan opslaan' }).click();
    await page.getByText('Iemand anders heeft het trajectplan intussen gewijzigd. Je wijziging is niet opgeslagen.').waitFor();
    await controleer('03-plan-412');
    await page.getByRole('button', { name: 'Plan opnieuw laden' }).click();
    await page.getByText('Startkwalificatie halen').waitFor();
    await expect(page.getByText('Iemand anders heeft het trajectplan').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Plan vaststellen' }).click();
    await page.getByText('Het trajectplan is nu: vastgesteld (versie 3).').waitFor();

    // The netwerkoverleg: on the agenda, then the list for the meeting with a triage proposal; the advice recorded.
    await page.getByRole('button', { name: 'Agenderen voor netwerkoverleg' }).click();
    await page.getByRole('heading', { level: 1, name: /: Netwerkoverleg$/ }).waitFor();
    await page.getByRole('link', { name: 'Netwerkoverleg', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Netwerkoverleg/ }).waitFor();
    const datum = overlegdatum();
    await page.getByLabel('Datum van het overleg').fill(datum);
    await page.waitForURL(new RegExp(`datum=${datum}`));
    const rij = page.getByRole('row', { name: new RegExp(`Casus ${kort()}`) });
    await rij.getByText('Knelpunten op meerdere leefdomeinen (werk, huisvesting)').waitFor();
    await controleer('04-netwerkoverleg-lijst');
    await rij.getByRole('button', { name: /^Advies vastleggen/ }).click();
    await rij.getByLabel('Triage').selectOption('eenvoudig');
    await rij.getByLabel('Route').selectOption('onderwijs');
    await rij.getByRole('button', { name: 'Advies opslaan' }).click();
    await rij.getByText('Advies vastgelegd').waitFor();
    await controleer('05-netwerkoverleg-advies');

    // Back on the case: the route step, then a warm handover to the werkplein.
    await rij.getByRole('link', { name: `Casus ${kort()}` }).click();
    await page.getByRole('button', { name: 'Route toewijzen (traject starten)' }).click();
    await page.getByRole('heading', { level: 1, name: /: Traject$/ }).waitFor();
    await page.getByRole('button', { name: 'Warme overdracht voorstellen' }).click();
    await page.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await page.getByText('Vul de code van de partnerorganisatie in.').waitFor();
    await page.getByLabel('Code van de partnerorganisatie').fill(PARTNER);
    await page.getByLabel('Route', { exact: true }).selectOption('arbeid');
    await page.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await page.getByText(`De warme overdracht aan partner ${PARTNER} is voorgesteld.`).waitFor();
    await page.getByRole('row', { name: /Voorgesteld, wacht op acceptatie/ }).waitFor();

    // The timeline: every kind of event, oldest first.
    await page.getByRole('region', { name: 'Tijdlijn' }).getByText('Warme overdracht voorgesteld').waitFor();
    const regels = await tijdlijn();
    const volgorde = [
      'Casus geopend',
      'Contact gelegd',
      'Screening gestart',
      'Knelpunten: werk, huisvesting',
      'Trajectplan gewijzigd',
      'Geagendeerd voor het netwerkoverleg',
      'Advies van het netwerkoverleg',
      'Route toegewezen',
      'Warme overdracht voorgesteld',
    ];
    const plekken = volgorde.map((tekst) => regels.findIndex((regel) => regel.includes(tekst)));
    expect(plekken.every((plek) => plek >= 0)).toBe(true);
    expect([...plekken].sort((a, b) => a - b)).toEqual(plekken);
    expect(regels.join('\n')).toContain('Eenvoudige casus, route onderwijs, casusregisseur wordt MC03');
    await controleer('06-casus-tijdlijn');
  }, 420_000);

  it('the partner sees only the cases handed to it, accepts after the warm talk and then works the case: screening and plan', async () => {
    await inloggen('/overdrachten', 'partner-werkplein');
    await page.getByRole('heading', { name: 'Wachten op je antwoord' }).waitFor();
    const rijen = await page.locator('tbody tr').allInnerTexts();
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toContain(`Casus ${kort()}`);
    await controleer('07-partner-lijst');
    await page.getByRole('link', { name: `Casus ${kort()}` }).click();
    await page.getByRole('heading', { level: 1, name: `Casus ${kort()}` }).waitFor();
    await page.getByText('Na het accepteren van de overdracht zie je hier de screening en het trajectplan.').waitFor();
    await page.getByRole('button', { name: 'Accepteren' }).click();
    await controleer('08-partner-accepteren');
    await page.getByRole('button', { name: 'Overdracht accepteren' }).click();
    await page.getByText('De overdracht is nu: geaccepteerd.').waitFor();
    await page.getByText(`De casus ligt nu bij partner ${PARTNER} (jouw organisatie).`).waitFor();
    await page.getByRole('heading', { name: 'Screening', exact: true }).waitFor();
    await page.getByText('Startkwalificatie halen').waitFor();
    await page.getByRole('region', { name: 'Tijdlijn' }).getByText('Overdracht geaccepteerd').waitFor();
    await controleer('09-partner-casus');
    await page.getByRole('link', { name: 'Terug naar de overgedragen casussen' }).click();
    await page.getByRole('heading', { name: 'Casussen bij je organisatie' }).waitFor();
  }, 240_000);

  it('the coordinator sees the caseload against the norm and sets the team; the DUO list is read with a per-row report', async () => {
    await inloggen('/caseload', 'coordinator-mc03');
    await page.getByText('Casusregisseurs die niet in het team staan').waitFor();
    await controleer('10-caseload-leeg');
    await page.getByRole('button', { name: 'Team en normen bewerken' }).click();
    await page.getByRole('button', { name: 'Teamlid toevoegen' }).click();
    await page.locator('#lid-0-gebruiker').fill('demo-trajectbegeleider-mc03');
    await page.locator('#lid-0-fte').fill('1,5');
    await page.getByRole('button', { name: 'Team en normen opslaan' }).click();
    await page.getByText('Teamlid 1: fte is meer dan 0 en hoogstens 1 (bijvoorbeeld 0,8).').waitFor();
    await page.locator('#lid-0-fte').fill('0,8');
    await page.getByRole('button', { name: 'Team en normen opslaan' }).click();
    await page.getByText('Het team en de normen zijn opgeslagen.').waitFor();
    const rij = page.getByRole('row', { name: /demo-trajectbegeleider-mc03/ });
    await rij.waitFor(); // the message comes with the answer, the row with the list read again after it
    await expect(rij.locator('td').allInnerTexts()).resolves.toEqual(['RMC-trajectbegeleider', '0,8', '1', '240', '0%']);
    await controleer('11-caseload');

    await page.getByRole('link', { name: 'DUO-lijsten' }).click();
    await page.getByRole('heading', { level: 1, name: 'DUO-lijst inlezen' }).waitFor();
    await page.getByLabel('Rapportagedatum van de lijst').fill('2026-03-01');
    await page.locator('#duo-bestand').setInputFiles({
      name: 'a01.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'bsn_of_onderwijsnummer,geboortedatum,woongemeente,brin,onderwijssoort,opleidingscode,uitschrijfdatum\n999605999,2008-03-15,14,25LP,mbo,25180,2026-02-10\n000000000,2008-03-15,14,25LP,vo,,2026-02-10\n',
      ),
    });
    await page.getByRole('button', { name: 'Lijst inlezen' }).click();
    await page.getByText('2 regels ingelezen (A01: uitschrijvingen zonder startkwalificatie).').waitFor();
    await page.getByRole('row', { name: /^2 Nieuwe casus geopend Casus [0-9a-f]{8}/ }).waitFor();
    await page.getByRole('row', { name: /^3 Ongeldig: niet verwerkt/ }).waitFor();
    await controleer('12-duo-rapport');
    await page.getByLabel('Alleen ongeldige regels tonen').check();
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await uitloggen();
  }, 240_000);
});
