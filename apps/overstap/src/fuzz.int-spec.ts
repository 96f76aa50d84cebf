import type { Claims } from '@sluitend/auth';
import {
  fuzzSamenvatting,
  fuzzTekstvelden,
  FuzzUitkomst,
  serviceTestContext,
  ServiceTestContext,
  waitFor,
  fuzzTijdslimiet,
  FUZZ_ENV,
} from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { OverstapFixture } from './shared/testing/overstap.fixture';

// The whole file, hooks included: the full-size run (FUZZ_RUNS) takes proportionally longer.
jest.setTimeout(fuzzTijdslimiet());

/**
 * The fuzz tier (issue 9) over overstap's HTTP API: every text field of every operation in docs/openapi/overstap.json,
 * a NUL, a lone surrogate, 1 MB and a right-to-left override each, against the real database.
 */
const fixture = new OverstapFixture(97);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'overstap',
    envSchema: overstapEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
    env: FUZZ_ENV,
  });
});

afterAll(() => context?.close());

const SCHOOL: Claims['org'] = { type: 'vo-school', code: '00AH' };
const MBO: Claims['org'] = { type: 'mbo-instelling', code: '25LP' };
const OPS: Claims['org'] = { type: 'ops', code: 'platform' };
const RMC: Claims['org'] = { type: 'rmc-regio', code: 'MC07' };
const school = () => context.token(SCHOOL, ['schooladministratie']);
const mbo = () => context.token(MBO, ['intaker']);

/** A dossier with every optional field filled, so every text field of the schema is fuzzed. */
const volledigDossier = () =>
  fixture.dossier({
    opleiding: { onderwijstype: 'vmbo-kb', leerjaar: 4, uitstroomprofiel: 'vervolgonderwijs' },
    keuze: { bestemming: 'mbo', opleidingen: [{ crebo: '25180', niveau: 2, instelling: '25LP' }], keuzeproces: 'open dagen bezocht' },
    loopbaan: { werkervaring: 'stage bij een garage', loopbaandossierUrl: 'https://loopbaan.example.org/dossier/1' },
    advies: { door: 'mentor', tekst: 'past goed bij niveau 2' },
    ondersteuning: { nodig: true, toelichting: 'extra tijd bij toetsen', toestemmingDelen: true },
  });

async function post(pad: string, token: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${context.url}/api/overstap${pad}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const antwoord = (await response.json()) as Record<string, unknown>;
  if (response.status >= 300) throw new Error(`seed ${pad}: ${response.status} ${JSON.stringify(antwoord)}`);
  return antwoord;
}

const inschrijving = async () =>
  post('/inschrijvingen', await mbo(), {
    persoonsnummer: fixture.bsn(),
    schooljaar: '2026-2027',
    crebo: '25180',
    niveau: 2,
    locatie: '25LP00',
    ingeschrevenPer: '2026-08-31',
  });
/** A student 00AH holds, and 01AB's transfer request for it (ADR 0020): the request's id. */
const overdracht = async (): Promise<string> => {
  const dossier = volledigDossier();
  await post('/dossiers', await school(), dossier);
  const aanvraag = await post('/dossiers', await context.token({ type: 'vo-school', code: '01AB' }, ['schooladministratie']), {
    ...dossier,
    school: { brin: '01AB', vestiging: '01AB00' },
  });
  return String(aanvraag.overdrachtId);
};

const inschrijvingId = (antwoord: Record<string, unknown>) => String(antwoord.inschrijvingId ?? antwoord.id);

/** Waits for the import job an answer names to end; its status. */
async function importKlaar(antwoord: string): Promise<string> {
  const { jobId } = JSON.parse(antwoord) as { jobId: string };
  return waitFor(
    'the import job to end',
    async () => {
      const [job] = (await context.dataSource.query('SELECT status FROM dossier_import WHERE id = $1', [jobId])) as Array<{ status: string }>;
      return ['voltooid', 'afgewezen', 'mislukt'].includes(job?.status ?? '') ? job.status : undefined;
    },
    30_000,
  );
}

describe('the fuzz tier over overstap', () => {
  let uitkomst: FuzzUitkomst;

  beforeAll(async () => {
    const dossier = volledigDossier();
    const aanmelding = await post('/aanmeldingen', await mbo(), fixture.aanmelding(dossier.leerling.persoonsnummer));
    const aanmeldingId = String(aanmelding.aanmeldingId ?? aanmelding.id);
    const ingediend = (await post('/dossiers', await school(), volledigDossier())) as { dossierId: string };
    const csvKop =
      'schooljaar;brin;vestiging;bsn_of_onderwijsnummer;voornamen;achternaam;geboortedatum;postcode;woongemeente;onderwijstype;leerjaar;bestemming;crebo_1;niveau_1;ondersteuning_nodig;toestemming_delen;akkoord_getekend_op';
    const csvRij = `2026-2027;00AH;00AH00;${fixture.bsn()};Sam;de Vries;12-05-2009;7522 GK;GM0014;VMBO-KB;4;mbo;25180;2;nee;nee;15-01-2026`;

    uitkomst = await fuzzTekstvelden({
      service: 'overstap',
      url: context.url as string,
      dataSource: context.dataSource,
      // The deadline sweeper fires and re-plans deadline rows on its own (the demo clock moves): compared by count.
      vluchtig: ['deadline'],
      voorbeelden: {
        'POST /api/overstap/dossiers': () => ({ pad: '/api/overstap/dossiers', token: school, body: volledigDossier() }),
        'POST /api/overstap/dossiers/bulk': () => ({ pad: '/api/overstap/dossiers/bulk', token: school, body: { dossiers: [volledigDossier()] } }),
        'POST /api/overstap/dossiers/imports': () => ({
          pad: '/api/overstap/dossiers/imports',
          token: school,
          query: { modus: 'per-rij' },
          // Every cell of the row fuzzed too: the job then must reject the row or store it, never fail.
          ruweBody: { tekst: `${csvKop}\n${csvRij}\n`, type: 'text/csv', cellen: true },
          naGeldig: async (antwoord) => {
            await importKlaar(antwoord.tekst);
          },
          naPoging: async (antwoord) => {
            const status = await importKlaar(antwoord.tekst);
            return status === 'mislukt' ? 'the import job failed' : undefined;
          },
        }),
        'GET /api/overstap/dossiers/{id}': () => ({ pad: `/api/overstap/dossiers/${ingediend.dossierId}`, token: school }),
        'GET /api/overstap/dossiers/imports/{jobId}': async () => {
          const job = await fetch(`${context.url}/api/overstap/dossiers/imports?modus=per-rij`, {
            method: 'POST',
            headers: { authorization: `Bearer ${await school()}`, 'content-type': 'text/csv' },
            body: `${csvKop}\n${csvRij}\n`,
          });
          const { jobId } = (await job.json()) as { jobId: string };
          await waitFor(
            'the import job to end',
            async () => {
              const [rij] = (await context.dataSource.query('SELECT status FROM dossier_import WHERE id = $1', [jobId])) as Array<{ status: string }>;
              return ['voltooid', 'afgewezen', 'mislukt'].includes(rij?.status ?? '') || undefined;
            },
            30_000,
          );
          return { pad: `/api/overstap/dossiers/imports/${jobId}`, token: school };
        },
        'GET /api/overstap/overdrachten': () => ({ pad: '/api/overstap/overdrachten', token: school, query: { status: 'aangevraagd' } }),
        'POST /api/overstap/overdrachten/{id}/vrijgeven': () => ({
          pad: '/api/overstap/overdrachten/{id}/vrijgeven',
          nieuwPad: async () => `/api/overstap/overdrachten/${await overdracht()}/vrijgeven`,
          token: school,
          body: { reden: 'leerling verhuist' },
        }),
        'POST /api/overstap/overdrachten/{id}/weigeren': () => ({
          pad: '/api/overstap/overdrachten/{id}/weigeren',
          nieuwPad: async () => `/api/overstap/overdrachten/${await overdracht()}/weigeren`,
          token: school,
          body: { reden: 'leerling blijft' },
        }),
        'POST /api/overstap/overdrachten/{id}/forceren': () => ({
          pad: '/api/overstap/overdrachten/{id}/forceren',
          nieuwPad: async () => `/api/overstap/overdrachten/${await overdracht()}/forceren`,
          token: () => context.token(OPS, ['ops']),
          body: { reden: 'school gesloten per 1 januari', besluit: 'vrijgeven' },
        }),
        'POST /api/overstap/aanmeldingen': () => ({
          pad: '/api/overstap/aanmeldingen',
          token: mbo,
          body: { ...fixture.aanmelding(fixture.bsn()), aangemeldOp: new Date(Date.now() - 60_000).toISOString() },
        }),
        'GET /api/overstap/aanmeldingen': () => ({
          pad: '/api/overstap/aanmeldingen',
          token: mbo,
          query: { schooljaar: '2026-2027', limit: '10', offset: '0' },
        }),
        'POST /api/overstap/aanmeldingen/{id}/status': () => ({
          pad: `/api/overstap/aanmeldingen/${aanmeldingId}/status`,
          token: mbo,
          body: { status: 'intake-gepland' },
          ookGoed: [409],
        }),
        'GET /api/overstap/monitor/leerlingen': () => ({
          pad: '/api/overstap/monitor/leerlingen',
          token: school,
          query: { schooljaar: '2026-2027', filter: 'alle', limit: '10', offset: '0' },
        }),
        'POST /api/overstap/inschrijvingen': () => ({
          pad: '/api/overstap/inschrijvingen',
          token: mbo,
          body: {
            persoonsnummer: fixture.bsn(),
            schooljaar: '2026-2027',
            crebo: '25180',
            niveau: 2,
            locatie: '25LP00',
            ingeschrevenPer: '2026-08-31',
            woongemeente: 'GM0014',
          },
        }),
        'POST /api/overstap/inschrijvingen/{id}/uitschrijving': () => ({
          pad: '/api/overstap/inschrijvingen/{id}/uitschrijving',
          nieuwPad: async () => `/api/overstap/inschrijvingen/${inschrijvingId(await inschrijving())}/uitschrijving`,
          token: mbo,
          // Today: the herinschrijvingstermijn it plans falls due weeks from now, not while the fuzzing compares rows.
          body: {
            uitgeschrevenPer: new Date().toISOString().slice(0, 10),
            reden: 3,
            geboortedatum: '2009-05-12',
            startkwalificatie: false,
            woongemeente: 'GM0014',
          },
        }),
        'POST /api/overstap/inschrijvingen/{id}/switch': () => ({
          pad: '/api/overstap/inschrijvingen/{id}/switch',
          nieuwPad: async () => `/api/overstap/inschrijvingen/${inschrijvingId(await inschrijving())}/switch`,
          token: mbo,
          body: { crebo: '25181', niveau: 2, locatie: '25LP00', per: '2026-11-01' },
        }),
        'POST /api/overstap/inschrijvingen/{id}/bsa': () => ({
          pad: '/api/overstap/inschrijvingen/{id}/bsa',
          nieuwPad: async () => `/api/overstap/inschrijvingen/${inschrijvingId(await inschrijving())}/bsa`,
          token: mbo,
          body: { negatief: false, gegevenOp: '2027-06-15' },
        }),
        // DUO's koppeling, by the RMC coordinator: a new pair per request (the same pair again changes nothing).
        'POST /api/overstap/koppelingen': () => ({
          pad: '/api/overstap/koppelingen',
          token: () => context.token(RMC, ['rmc-coordinator']),
          body: { bsn: fixture.bsn(), onderwijsnummer: fixture.onderwijsnummer() },
        }),
        'POST /api/overstap/koppelingen/bestand': () => ({
          pad: '/api/overstap/koppelingen/bestand',
          token: () => context.token(RMC, ['rmc-coordinator']),
          ruweBody: { tekst: `BSN;ONDERWIJSNUMMER\n${fixture.bsn()};${fixture.onderwijsnummer()}\n`, type: 'text/csv', cellen: true },
        }),
        // No dead letter has this ref: a valid request, answered 404; the fuzzed refs are refused (400).
        // The read audit of the caller's own organisation, for its functionaris gegevensbescherming.
        'GET /api/overstap/audit': () => ({
          pad: '/api/overstap/audit',
          token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
          query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z', limit: '10', offset: '0' },
        }),
        'GET /api/overstap/audit/export.csv': () => ({
          pad: '/api/overstap/audit/export.csv',
          token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
          query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z' },
        }),
        'POST /api/overstap/ops/dode-berichten/{ref}/opnieuw': () => ({
          pad: '/api/overstap/ops/dode-berichten/0-999999/opnieuw',
          token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
          ookGoed: [404],
        }),
        'POST /api/overstap/demo/klok': () => ({
          pad: '/api/overstap/demo/klok',
          token: () => context.token(OPS, ['ops']),
          body: { naar: new Date(Date.now() + 60_000).toISOString() },
        }),
      },
    });
    process.stdout.write(`${fuzzSamenvatting('overstap', uitkomst)}\n`);
  });

  it('has a valid example, filling every text field, for every operation of the document, and each is accepted', () => {
    expect({ zonder: uitkomst.zonderVoorbeeld, velden: uitkomst.ontbrekendeVelden, fouten: uitkomst.voorbeeldFouten }).toEqual({
      zonder: [],
      velden: [],
      fouten: [],
    });
  });

  it('never answers 5xx', () => {
    expect(uitkomst.serverfouten).toEqual([]);
  });

  it('changes no row on a 4xx', () => {
    expect(uitkomst.tabellen).toBeGreaterThan(5);
    expect(uitkomst.gewijzigd).toEqual([]);
  });
});
