import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { Pool } from 'pg';
import { DienDossierIn } from '@sluitend/contracts';
import { createKafka } from '@sluitend/messaging';
import { demoClockSchema } from '@sluitend/platform';
import {
  deleteRunTopics,
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
import { alsCsv, metCellen } from '../support/school-export';

/**
 * The pages a school, an mbo and an RMC work in, in a real browser (Debian's chromium) against the real stack (the
 * OpenID provider, overstap, notificaties and the gateway serving the built portal): the school's administration uploads
 * a CSV of dossiers and reads the per-row report, then enters and edits a dossier in the form (the API's schema in the
 * browser, problem+json next to the field it names); the mbo's administration registers an aanmelding, moves it on
 * through the transitions offered, reads the warme overdracht and reports an inschrijving and its uitschrijving; the
 * RMC coordinator sets the routing and a webhook (its secret shown once). Every state reached is checked with axe-core
 * and saved as a screenshot in tests/browser/results/paginas-*.png.
 */
const ROOT = join(__dirname, '../..');
const RESULTS = join(__dirname, 'results');
// Only the services these pages call; the gateway's other routes point at a closed port.
const SERVICES = ['overstap', 'notificaties'] as const;
const run = uniqueRun('paginas');
const logOf = (name: string) => join(ROOT, `.local/test-logs/${run.id}-${name}.log`);
const SCHOOLJAAR = '2026-2027';
const BRIN = '14RP';
const leerlingen = generateCohort({ seed: 11, regios: ['MC03'], schooljaar: SCHOOLJAAR, fraction: 0.05 }).dossiers.filter(
  (d) => d.school.brin === BRIN && d.keuze.bestemming === 'mbo',
);
const geimporteerd = leerlingen.slice(0, 5);
const nieuweLeerling = leerlingen[5]!;

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

async function controleer(naam: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `paginas-${naam}.png`), fullPage: true });
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

const csvBestand = (rijen: Parameters<typeof alsCsv>[0]) => ({ name: 'vertrekkers.csv', mimeType: 'text/csv', buffer: Buffer.from(alsCsv(rijen)) });

/** Fills the dossier form with a student's dossier (the first chosen programme; the rest of the form as given). */
async function vulDossier(d: DienDossierIn, vestiging = d.school.vestiging): Promise<void> {
  const veld = (naam: string) => page.locator(`#dossier-${naam}`);
  await veld('persoonsnummer').fill(d.leerling.persoonsnummer);
  await veld('voornamen').fill(d.leerling.voornamen);
  await veld('achternaam').fill(d.leerling.achternaam);
  await veld('geboortedatum').fill(d.leerling.geboortedatum);
  await veld('postcode').fill(d.leerling.postcode);
  await veld('woongemeente').fill(d.leerling.woongemeente);
  await veld('schooljaar').fill(d.schooljaar);
  await veld('vestiging').fill(vestiging);
  await veld('onderwijstype').selectOption(d.opleiding.onderwijstype);
  await veld('leerjaar').fill(String(d.opleiding.leerjaar));
  await veld('uitstroomprofiel').selectOption(d.opleiding.uitstroomprofiel ?? '');
  await veld('bestemming').selectOption(d.keuze.bestemming);
  const eerste = d.keuze.opleidingen[0];
  await veld('crebo').fill(eerste?.crebo ?? '');
  await veld('niveau').selectOption(eerste ? String(eerste.niveau) : '');
  await veld('instelling').fill(eerste?.instelling ?? '');
  await veld('ondersteuningNodig').selectOption(d.ondersteuning.nodig ? 'ja' : 'nee');
  await veld('toestemmingDelen').selectOption(d.ondersteuning.toestemmingDelen ? 'ja' : 'nee');
}

async function vulAanmelding(student: DienDossierIn): Promise<void> {
  await page.getByLabel('BSN of onderwijsnummer').fill(student.leerling.persoonsnummer);
  await page.getByLabel('Schooljaar van vertrek uit het vo').fill(SCHOOLJAAR);
  await page.getByLabel('Crebo').fill(student.keuze.opleidingen[0]?.crebo ?? '25180');
  await page.getByLabel('Niveau').selectOption('3');
  await page.getByLabel('Locatie (vestigingscode)').fill('25LW00');
  await page.getByLabel('Startdatum').fill('2027-08-30');
  await page.getByRole('button', { name: 'Aanmelding registreren' }).click();
  await page.getByText('De aanmelding is geregistreerd.').waitFor();
}

/** From the aanmeldingen page: the registration form, filled and sent; back on the list. */
async function registreerAanmelding(student: DienDossierIn): Promise<void> {
  await page.getByRole('link', { name: 'Een aanmelding registreren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aanmelding registreren' }).waitFor();
  await vulAanmelding(student);
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  expect(leerlingen.length).toBeGreaterThanOrEqual(6);
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  pool = testPool(process.env.DATABASE_URL as string);
  const gatewayPort = await freePort();
  base = `http://127.0.0.1:${gatewayPort}`;
  provider = new OidcProviderUnderTest(
    await freePort(),
    ROOT,
    { OIDC_PORTAL_REDIRECT_URIS: `${base}/auth/callback`, OIDC_PORTAL_POST_LOGOUT_REDIRECT_URIS: `${base}/` },
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
  const dicht = `http://127.0.0.1:${await freePort()}`;
  gateway = new NodeProcess(
    join(ROOT, 'dist/apps/gateway/src/main.js'),
    {
      PORT: String(gatewayPort),
      OIDC_ISSUER: provider.issuer,
      WEB_DIST: join(ROOT, 'dist/web'),
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      VERZUIM_URL: dicht,
      TRAJECTEN_URL: dicht,
      RAPPORTAGE_URL: dicht,
      ...Object.fromEntries(services.map((service) => [`${service.name.toUpperCase()}_URL`, service.url])),
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
  await page?.screenshot({ path: join(RESULTS, `paginas-einde-${naam}.png`), fullPage: true }).catch(() => undefined);
  await context?.close();
});

afterAll(async () => {
  writeFileSync(join(RESULTS, 'paginas-toegankelijkheid.json'), `${JSON.stringify(toegankelijkheid, null, 2)}\n`);
  console.log(`paginas: axe per page: ${toegankelijkheid.map((t) => `${t.pagina} ${t.overtredingen}`).join(', ')}`);
  await browser?.close();
  await gateway?.kill('SIGTERM');
  await Promise.all(services.map((service) => service.stop()));
  await provider?.stop();
  await dropSchemas(pool, [...SERVICES.flatMap((service) => [run.schema(service), `${run.schema(service)}_jobs`]), demoClockSchema(run.topicPrefix)]);
  await pool.end();
  await deleteRunTopics(createKafka('browser-cleanup', (process.env.KAFKA_BROKERS as string).split(',')), run.topicPrefix);
});

describe('the school, mbo and settings pages in a browser', () => {
  it("the school's administration uploads a CSV and reads the per-row report (all or nothing, then per row)", async () => {
    await inloggen('/dossiers', 'schooladministratie-14rp');
    await controleer('school-01-dossiers');
    await page.getByRole('link', { name: 'Een CSV-export van de schooladministratie uploaden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dossiers uploaden (CSV)' }).waitFor();
    // Uploading without a file is refused next to the field.
    await page.getByRole('button', { name: 'Bestand uploaden' }).click();
    await page.locator('#import-bestand-fout').getByText('Kies een CSV-bestand.').waitFor();
    await controleer('school-02-upload-zonder-bestand');

    // Five good rows and two bad ones (lines 7 and 8: header = line 1): all or nothing refuses the file.
    const rijen = [
      ...geimporteerd,
      metCellen(leerlingen[6]!, { postcode: '12' }),
      metCellen(leerlingen[7]!, { leerjaar: '9', bestemming: 'ergens' }),
    ];
    await page.getByLabel('CSV-bestand').setInputFiles(csvBestand(rijen));
    await page.getByRole('button', { name: 'Bestand uploaden' }).click();
    await page.waitForURL(/\/dossiers\/import\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: 'Afgewezen: niets opgeslagen' }).waitFor({ timeout: 30_000 });
    const rapport = page.getByRole('table', { name: /Meldingen per regel/ });
    const regels = await rapport.locator('tbody tr').allInnerTexts();
    expect(regels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^7\s+postcode\s+\S+/),
        expect.stringMatching(/^8\s+leerjaar\s+\S+/),
        expect.stringMatching(/^8\s+bestemming\s+\S+/),
      ]),
    );
    expect(regels).toHaveLength(3);
    await page.getByText('2 regels kloppen niet: er is niets opgeslagen.').waitFor();
    await controleer('school-03-import-afgewezen');
    // The report has its own address: it survives a reload.
    await page.reload();
    await rapport.waitFor();
    await expect(rapport.locator('tbody tr').count()).resolves.toBe(3);

    // Per row: the good rows are stored, the bad ones reported.
    await page.getByRole('link', { name: 'Nog een bestand uploaden' }).click();
    await page.getByLabel('CSV-bestand').setInputFiles(csvBestand(rijen));
    await page.getByLabel('Wat als een regel niet klopt?').selectOption('per-rij');
    await page.getByRole('button', { name: 'Bestand uploaden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Voltooid' }).waitFor({ timeout: 30_000 });
    await page.getByText('5 nieuw, 0 bijgewerkt, 0 ongewijzigd; 2 regels met een fout niet opgeslagen.').waitFor();
    await controleer('school-04-import-voltooid');
  }, 240_000);

  it("the school's administration enters a dossier in the form (the API's schema in the browser, its problem+json at the field) and edits it", async () => {
    // The form: nothing filled in is refused by the API's own schema, each message next to its field.
    await inloggen('/dossiers/nieuw', 'schooladministratie-14rp');
    await page.getByRole('heading', { level: 1, name: 'Nieuw doorstroomdossier' }).waitFor();
    await controleer('school-05-formulier');
    await page.getByRole('button', { name: 'Dossier opslaan' }).click();
    await page.locator('#dossier-persoonsnummer-fout').waitFor();
    await expect(page.locator('#dossier-persoonsnummer').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('#dossier-vestiging-fout').waitFor();
    await page.getByText(/velden kloppen nog niet; er is niets opgeslagen/).waitFor();
    await controleer('school-06-formulier-fouten');

    // A fact only the server knows (another vestiging already holds this student): a transfer request, nothing about the holder.
    await vulDossier(geimporteerd[0]!, `${BRIN}99`);
    await page.getByRole('button', { name: 'Dossier opslaan' }).click();
    await page.getByText('Overdracht aangevraagd: het dossier is (nog) niet opgeslagen.').waitFor();
    await expect(page.locator('#dossier-persoonsnummer-fout').count()).resolves.toBe(0);
    await controleer('school-07-formulier-overdracht-aangevraagd');

    // A new student: stored, and the student's page says so.
    await page.reload();
    await vulDossier(nieuweLeerling);
    await page.getByRole('button', { name: 'Dossier opslaan' }).click();
    const naam = `${nieuweLeerling.leerling.voornamen} ${nieuweLeerling.leerling.achternaam}`;
    await page.getByRole('heading', { level: 1, name: `Dossier van ${naam}` }).waitFor();
    await page.getByText('Het dossier is opgeslagen.').waitFor();
    await controleer('school-08-dossier-opgeslagen');

    // Editing: the form holds the stored dossier except the number (never returned), a change makes version 2.
    await page.getByRole('link', { name: 'Dossier bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: `Dossier van ${naam} bewerken` }).waitFor();
    await expect(page.locator('#dossier-achternaam').inputValue()).resolves.toBe(nieuweLeerling.leerling.achternaam);
    await expect(page.locator('#dossier-persoonsnummer').inputValue()).resolves.toBe('');
    await controleer('school-09-dossier-bewerken');
    await page.locator('#dossier-persoonsnummer').fill(nieuweLeerling.leerling.persoonsnummer);
    await page.locator('#dossier-keuzeproces').fill('Open dag bezocht, meeloopdag gepland');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await page.getByText('Versie 2 van het dossier is opgeslagen.').waitFor();
    await page.getByText('Open dag bezocht, meeloopdag gepland').waitFor();
  }, 240_000);

  it("the mbo's intaker registers an aanmelding, moves it on through the transitions offered, reads the warme overdracht and reports an inschrijving's uitschrijving", async () => {
    await inloggen('/aanmeldingen', 'intaker-25lw');
    await page.getByText(`Er zijn nog geen aanmeldingen in schooljaar ${SCHOOLJAAR}.`).waitFor();
    await controleer('mbo-01-aanmeldingen-leeg');

    await page.getByRole('link', { name: 'Een aanmelding registreren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelding registreren' }).waitFor();
    await page.getByRole('button', { name: 'Aanmelding registreren' }).click();
    await page.locator('#aanmelding-persoonsnummer-fout').waitFor();
    await page.locator('#aanmelding-crebo-fout').waitFor();
    await controleer('mbo-02-aanmelding-fouten');

    // A student the school imported (the first of the CSV): the aanmelding links to the dossier.
    const student = geimporteerd[0]!;
    await vulAanmelding(student);
    await page.locator('caption', { hasText: '1 aanmelding' }).waitFor();
    const rij = page.locator('tbody tr').first();
    await expect(rij.innerText()).resolves.toContain('Aangemeld');
    // Only the transitions the API allows from aangemeld are offered.
    const keuze = rij.getByRole('combobox');
    await expect(keuze.locator('option').allInnerTexts()).resolves.toEqual([
      'Kies een stap…',
      'Intake gepland',
      'Toegelaten',
      'Afgewezen',
      'Onderwijsovereenkomst aangeboden',
      'Leidt niet tot inschrijving',
      'Ingetrokken',
    ]);
    await controleer('mbo-03-aanmelding-geregistreerd');

    await keuze.selectOption({ label: 'Intake gepland' });
    await rij.getByRole('button', { name: 'Wijzigen' }).click();
    await waitFor('the new status', async () => (await rij.locator('td').nth(3).innerText()) === 'Intake gepland', 10_000, 200);
    await expect(keuze.locator('option').allInnerTexts()).resolves.toEqual([
      'Kies een stap…',
      'Intake gedaan',
      'Leidt niet tot inschrijving',
      'Ingetrokken',
    ]);
    await controleer('mbo-04-aanmelding-intake-gepland');

    // A second student's aanmelding is withdrawn: an end status, nothing more offered (the school's monitor lists the student).
    await registreerAanmelding(geimporteerd[1]!);
    const tweede = page.locator('tbody tr').nth(1);
    await tweede.getByRole('combobox').selectOption({ label: 'Ingetrokken' });
    await tweede.getByRole('button', { name: 'Wijzigen' }).click();
    await waitFor('the end status', async () => (await tweede.innerText()).includes('Eindstatus'), 10_000, 200);
    await expect(tweede.getByRole('combobox').count()).resolves.toBe(0);

    // The warme overdracht: the school's dossier; support details only with the student's consent.
    await rij.getByRole('link', { name: /^Warme overdracht: het dossier bij de aanmelding/ }).click();
    const naam = `${student.leerling.voornamen} ${student.leerling.achternaam}`;
    await page.getByRole('heading', { level: 1, name: `Warme overdracht: ${naam}` }).waitFor();
    await page
      .getByText(student.ondersteuning.toestemmingDelen ? 'Ondersteuning nodig' : 'De leerling heeft geen toestemming gegeven')
      .first()
      .waitFor();
    await controleer('mbo-05-warme-overdracht');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Warme overdracht: ${naam}` }).waitFor();

    // An inschrijving, then its uitschrijving with a DUO reason code.
    await page.getByRole('link', { name: 'Inschrijvingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inschrijvingen' }).waitFor();
    await controleer('mbo-06-inschrijvingen');
    const inschrijving = page.getByRole('form', { name: 'Inschrijving' });
    await inschrijving.getByLabel('BSN of onderwijsnummer').fill(student.leerling.persoonsnummer);
    await inschrijving.getByLabel('Schooljaar van vertrek uit het vo').fill(SCHOOLJAAR);
    await inschrijving.getByLabel('Crebo').fill(student.keuze.opleidingen[0]?.crebo ?? '25180');
    await inschrijving.getByLabel('Niveau').selectOption('3');
    await inschrijving.getByLabel('Locatie (vestigingscode)').fill('25LW00');
    await inschrijving.getByLabel('Ingeschreven per').fill('2026-10-01');
    await inschrijving.getByRole('button', { name: 'Inschrijving registreren' }).click();
    await page.getByText('De inschrijving is geregistreerd.').waitFor();
    await page.waitForURL(/\/inschrijvingen\/[0-9a-f-]{36}$/);
    const uitschrijving = page.getByRole('form', { name: 'Uitschrijving' });
    await uitschrijving.getByRole('button', { name: 'Uitschrijving melden' }).click();
    await uitschrijving.locator('#uit-reden-fout').waitFor();
    await controleer('mbo-07-uitschrijving-fouten');
    await uitschrijving.getByLabel('Uitgeschreven per').fill('2026-11-15');
    await uitschrijving.getByLabel('Reden (DUO-code)').selectOption('4');
    await uitschrijving.getByLabel('Geboortedatum').fill(student.leerling.geboortedatum);
    await uitschrijving.getByLabel('Startkwalificatie behaald').selectOption('nee');
    await uitschrijving.getByRole('button', { name: 'Uitschrijving melden' }).click();
    await page.getByText('De uitschrijving is gemeld.').waitFor();
    await controleer('mbo-08-uitschrijving-gemeld');
  }, 240_000);

  it("the school's decaan finds the student whose only aanmelding was withdrawn on the monitor's list of students without a live aanmelding", async () => {
    await inloggen('/monitor', 'decaan-14rp');
    await page.getByRole('table').waitFor();
    await page.getByLabel('Toon').selectOption('geen-levende-aanmelding');
    await page.waitForURL(/filter=geen-levende-aanmelding/);
    await page.locator('caption', { hasText: '1 leerling (geen lopende aanmelding meer)' }).waitFor();
    const naam = `${geimporteerd[1]!.leerling.voornamen} ${geimporteerd[1]!.leerling.achternaam}`;
    await expect(page.locator('tbody tr').allInnerTexts()).resolves.toEqual([expect.stringContaining(naam)]);
    await controleer('school-10-monitor-geen-levende-aanmelding');
    // The filter is part of the address: it survives a reload.
    await page.reload();
    await page.locator('caption', { hasText: '1 leerling (geen lopende aanmelding meer)' }).waitFor();
  });

  it('the RMC coordinator sets the routing of the region and a webhook whose secret is shown once', async () => {
    await inloggen('/instellingen', 'coordinator-mc03');
    const routering = page.getByRole('table', { name: 'Ontvangers per soort signaal' });
    await routering.waitFor();
    await page.getByText('Er zijn nog geen e-mails of webhookaanroepen verstuurd.').waitFor();
    await controleer('rmc-01-instellingen');

    const vakje = page.getByRole('checkbox', { name: 'Negatief bindend studieadvies: De mbo-instelling' });
    const was = await vakje.isChecked();
    await vakje.setChecked(!was);
    await page.getByRole('button', { name: 'Routering opslaan' }).click();
    await page.getByText('De routering is opgeslagen.').waitFor();
    await expect(vakje.isChecked()).resolves.toBe(!was);
    await expect(routering.locator('tbody tr', { hasText: 'Negatief bindend studieadvies' }).innerText()).resolves.toContain('eigen regel');

    await page.getByLabel('Adres (URL) van de webhook').fill('geen adres');
    await page.getByRole('button', { name: 'Webhook instellen' }).click();
    await page.locator('#webhook-url-fout').waitFor();
    await page.getByLabel('Adres (URL) van de webhook').fill('https://rmc.example.org/sluitend');
    await page.getByRole('button', { name: 'Webhook instellen' }).click();
    await page.getByText(/Bewaar het geheim nu/).waitFor();
    await expect(page.locator('.sluitend-geheim').innerText()).resolves.toMatch(/^whsec_/);
    await controleer('rmc-02-webhook-geheim');
    // After a reload the secret is gone: it was shown once.
    await page.reload();
    await page.getByText('Nu: ').waitFor();
    await expect(page.locator('.sluitend-geheim').count()).resolves.toBe(0);
  }, 240_000);
});
