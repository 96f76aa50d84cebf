import { Readable } from 'node:stream';
import type { Claims } from '@sluitend/auth';
import {
  fuzzSamenvatting,
  fuzzTekstvelden,
  FuzzUitkomst,
  serviceTestContext,
  ServiceTestContext,
  fuzzTijdslimiet,
  waitFor,
  FUZZ_ENV,
} from '@sluitend/testing';
import { AppModule } from './app.module';
import { verzuimEnvSchema } from './config/verzuim-env';
import { ZetKalender } from './kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from './leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { DoeMelding } from './meldingen/commands/doe-melding/doe-melding';
import { RegistreerAbsenties } from './registratie/commands/registreer-absenties/registreer-absenties';
import { ZetMeldingStap } from './meldingen/commands/zet-melding-stap/zet-melding-stap';
import { AbsentieImportRunner } from './registratie/commands/importeer-absenties/absentie-import.runner';
import { ImporteerAbsenties } from './registratie/commands/importeer-absenties/importeer-absenties';
import { VerzuimFixture } from './registratie/testing/verzuim.fixture';
import { VraagVerlofAan } from './verlof/commands/vraag-verlof-aan/vraag-verlof-aan';

// The whole file, hooks included: the full-size run (FUZZ_RUNS) takes proportionally longer.
jest.setTimeout(fuzzTijdslimiet());

/**
 * The fuzz tier (issue 9) over verzuim's HTTP API: every text field of every operation in docs/openapi/verzuim.json, a
 * NUL, a lone surrogate, 1 MB and a right-to-left override each, against the real database. An operation added to the
 * document without an example here fails the first test.
 */
const fixture = new VerzuimFixture(1409);
let context: ServiceTestContext;
let uitkomst: FuzzUitkomst;

const SCHOOL: Claims['org'] = { type: 'vo-school', code: '96FZ' };
const LEERPLICHT: Claims['org'] = { type: 'gemeente', code: 'GM0014' };
const school = () => context.token(SCHOOL, ['schooladministratie']);
const leerplicht = () => context.token(LEERPLICHT, ['leerplichtambtenaar']);
const jeugdarts = () => context.token({ type: 'ggd', code: 'GM0014' }, ['jeugdarts']);

/** A M@ZL signal: a new student (living in GM0014) ill seven lesdagen in a row (1–9 September 2025). */
async function zorgwekkend(): Promise<string> {
  const persoonsnummer = await leerling();
  const dagen = ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05', '2025-09-08', '2025-09-09'];
  await context.app.get(RegistreerAbsenties).execute({
    input: { absenties: dagen.map((datum) => ({ persoonsnummer, datum, ziek: 6 })) },
    actor: context.claims(SCHOOL, ['schooladministratie']),
    correlationId: 'c-fuzz',
  });
  const [rij] = (await context.dataSource.query('SELECT id FROM ziekteverzuim_signaal ORDER BY geregistreerd_op DESC LIMIT 1')) as Array<{
    id: string;
  }>;
  return rij.id;
}

/** A student of the school, registered through the use case (enrolled since 25 August 2025, living in GM0014). */
async function leerling(): Promise<string> {
  const { persoonsnummer } = fixture.leerling();
  await context.app.get(RegistreerLeerlingen).execute({
    input: { leerlingen: [fixture.leerling({ persoonsnummer })] },
    actor: context.claims(SCHOOL, ['schooladministratie']),
    correlationId: 'c-fuzz',
  });
  return persoonsnummer;
}

/** A melding by hand for a new student, then the behandelaar's steps given (each request on a melding gets its own). */
async function melding(stappen: Array<Parameters<ZetMeldingStap['execute']>[0]['input']['stap']> = []): Promise<string> {
  const { meldingId } = await context.app.get(DoeMelding).execute({
    input: {
      persoonsnummer: await leerling(),
      soort: 'luxe',
      startdatum: '2025-10-13',
      einddatum: '2025-10-17',
      dagenGemist: 5,
      vermoedelijkeReden: 'vakantie verlengd',
    },
    actor: context.claims(SCHOOL, ['schooladministratie']),
    correlationId: 'c-fuzz',
  });
  for (const stap of stappen) {
    await context.app
      .get(ZetMeldingStap)
      .execute({ input: { meldingId, stap }, actor: context.claims(LEERPLICHT, ['leerplichtambtenaar']), correlationId: 'c-fuzz' });
  }
  return meldingId;
}

/** A verlof request of a new student (gewichtige omstandigheden, 5 lesdagen: the school decides). */
async function verlofaanvraag(): Promise<string> {
  const aanvraag = await context.app.get(VraagVerlofAan).execute({
    input: {
      persoonsnummer: await leerling(),
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'ernstige-ziekte-familie',
      van: '2026-03-02',
      totEnMet: '2026-03-06',
      aangevraagdOp: '2026-02-20',
    },
    actor: context.claims(SCHOOL, ['schooladministratie']),
    correlationId: 'c-fuzz',
  });
  return aanvraag.id;
}

/** Waits for an import job (from its 202 answer) to end; answers its status. */
async function importKlaar(antwoord: string): Promise<string> {
  const { jobId } = JSON.parse(antwoord) as { jobId: string };
  return waitFor(
    'the import job to end',
    async () => {
      const [job] = (await context.dataSource.query('SELECT status FROM absentie_import WHERE id = $1', [jobId])) as Array<{ status: string }>;
      return ['klaar', 'afgewezen', 'mislukt'].includes(job?.status ?? '') ? job.status : undefined;
    },
    30_000,
  );
}

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'verzuim',
    envSchema: verzuimEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
    env: FUZZ_ENV,
  });
  await context.app.get(ZetKalender).execute({
    input: { schooljaar: '2025-2026', kalender: VerzuimFixture.kalender('2025-2026') },
    actor: context.claims(SCHOOL, ['schooladministratie']),
    correlationId: 'c-fuzz',
  });
  const persoonsnummer = await leerling();
  const gelezen = await melding();
  const signaal = await zorgwekkend();
  uitkomst = await fuzzTekstvelden({
    service: 'verzuim',
    url: context.url as string,
    dataSource: context.dataSource,
    voorbeelden: {
      'POST /api/verzuim/leerlingen': () => ({
        pad: '/api/verzuim/leerlingen',
        token: school,
        body: fixture.leerling({ uitgeschrevenPer: '2026-07-17', startkwalificatieOp: '2026-07-10', vrijgesteldVanKwalificatieplicht: false }),
      }),
      'POST /api/verzuim/leerlingen/bulk': () => ({
        pad: '/api/verzuim/leerlingen/bulk',
        token: school,
        body: { leerlingen: [fixture.leerling({ uitgeschrevenPer: '2026-07-17', startkwalificatieOp: '2026-07-10' })] },
      }),
      'GET /api/verzuim/leerlingen': () => ({ pad: '/api/verzuim/leerlingen', token: school, query: { peildatum: '2025-10-01' } }),
      // Own vacations, or the national advice of a region: never both in one request.
      'PUT /api/verzuim/kalenders/{schooljaar}': () => [
        {
          pad: '/api/verzuim/kalenders/2025-2026',
          token: school,
          body: { ...VerzuimFixture.kalender('2025-2026'), vrijeDagen: ['2026-02-16'], lesdagenInDeWeek: [1, 2, 3, 4, 5] },
        },
        { pad: '/api/verzuim/kalenders/2024-2025', token: school, body: { landelijkAdvies: 'midden' } },
      ],
      'POST /api/verzuim/absenties': () => ({
        pad: '/api/verzuim/absenties',
        token: school,
        body: {
          persoonsnummer,
          datum: '2025-09-01',
          ongeoorloofd: 1,
          ziek: 0,
          verlof: 0,
          schorsing: 0,
          teLaat: 1,
          uitgestuurd: 0,
          alleLessenGemist: false,
        },
      }),
      'POST /api/verzuim/absenties/bulk': () => ({
        pad: '/api/verzuim/absenties/bulk',
        token: school,
        body: { absenties: [{ persoonsnummer, datum: '2025-09-02', ongeoorloofd: 1, teLaat: 0 }] },
      }),
      // Every cell of the file's row fuzzed as raw bytes (the import answers in the request, all or nothing).
      'POST /api/verzuim/absenties/csv': () => ({
        pad: '/api/verzuim/absenties/csv',
        token: school,
        ruweBody: {
          tekst: `bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek;verlof;schorsing;te_laat;uitgestuurd;alle_lessen_gemist\n${persoonsnummer};2025-09-03;1;0;0;0;1;0;nee\n`,
          type: 'text/csv',
          cellen: true,
        },
      }),
      // The streamed import job: every cell fuzzed as raw bytes; the job must reject the row or store it, never fail.
      'POST /api/verzuim/absenties/imports': async () => {
        const persoonsnummer = await leerling();
        return {
          pad: '/api/verzuim/absenties/imports',
          token: school,
          ruweBody: {
            tekst: `bsn_of_onderwijsnummer;datum;ongeoorloofd;ziek;verlof;schorsing;te_laat;uitgestuurd;alle_lessen_gemist\n${persoonsnummer};2025-09-04;1;0;0;0;1;0;nee\n`,
            type: 'text/csv',
            cellen: true,
          },
          naGeldig: async (antwoord) => {
            await importKlaar(antwoord.tekst);
          },
          naPoging: async (antwoord) => ((await importKlaar(antwoord.tekst)) === 'mislukt' ? 'the import job failed' : undefined),
        };
      },
      'GET /api/verzuim/absenties/imports/{jobId}': async () => {
        const persoonsnummer = await leerling();
        const job = await context.app.get(ImporteerAbsenties).execute({
          input: { bron: Readable.from([`bsn_of_onderwijsnummer;datum;ongeoorloofd\n${persoonsnummer};2025-09-05;1\n`]) },
          actor: context.claims(SCHOOL, ['schooladministratie']),
          correlationId: 'c-fuzz',
        });
        await context.app.get(AbsentieImportRunner).klaar();
        return { pad: `/api/verzuim/absenties/imports/${job.jobId}`, token: school };
      },
      'POST /api/verzuim/meldingen': async () => ({
        pad: '/api/verzuim/meldingen',
        token: school,
        body: {
          persoonsnummer: await leerling(),
          soort: 'luxe',
          startdatum: '2025-10-13',
          einddatum: '2025-10-17',
          dagenGemist: 5,
          vermoedelijkeReden: 'vakantie verlengd',
          ondernomenActie: 'ouders gebeld',
          actieGemeenteGewenst: true,
        },
      }),
      'GET /api/verzuim/meldingen': () => ({ pad: '/api/verzuim/meldingen', token: leerplicht, query: { limiet: '10' } }),
      'GET /api/verzuim/meldingen/{meldingId}': () => ({ pad: `/api/verzuim/meldingen/${gelezen}`, token: leerplicht }),
      'GET /api/verzuim/ziekteverzuim': () => ({ pad: '/api/verzuim/ziekteverzuim', token: jeugdarts, query: { limiet: '10', metVervallen: 'ja' } }),
      'GET /api/verzuim/ziekteverzuim/{signaalId}': () => ({ pad: `/api/verzuim/ziekteverzuim/${signaal}`, token: jeugdarts }),
      // A lifecycle action leaves MAS behind (closing) or starts it at its first phase: a route is a second request.
      'POST /api/verzuim/meldingen/{meldingId}/stappen': () => [
        {
          pad: '/api/verzuim/meldingen/{meldingId}/stappen',
          nieuwPad: async () => `/api/verzuim/meldingen/${await melding([{ actie: 'in-behandeling-nemen' }])}/stappen`,
          token: leerplicht,
          body: { actie: 'afsluiten', sluitreden: 'terug-naar-school', toelichting: 'weer op school' },
        },
        {
          pad: '/api/verzuim/meldingen/{meldingId}/stappen',
          nieuwPad: async () =>
            `/api/verzuim/meldingen/${await melding([{ actie: 'in-behandeling-nemen', fase: 'waarnemen' }, { fase: 'analyseren' }])}/stappen`,
          token: leerplicht,
          body: { fase: 'plannen', route: 'halt', toelichting: 'gesprek op school gepland' },
        },
      ],
      'POST /api/verzuim/verlof': async () => ({
        pad: '/api/verzuim/verlof',
        token: school,
        body: {
          persoonsnummer: await leerling(),
          soort: 'gewichtige-omstandigheden',
          omstandigheid: 'andere',
          van: '2026-03-02',
          totEnMet: '2026-03-03',
          aangevraagdOp: '2026-02-20',
          ontstaanOp: '2026-02-19',
          toelichting: 'begrafenis in het buitenland',
        },
      }),
      'GET /api/verzuim/verlof': () => ({ pad: '/api/verzuim/verlof', token: school, query: { limiet: '10' } }),
      'POST /api/verzuim/verlof/{verlofId}/besluit': () => ({
        pad: '/api/verzuim/verlof/{verlofId}/besluit',
        nieuwPad: async () => `/api/verzuim/verlof/${await verlofaanvraag()}/besluit`,
        token: school,
        body: { besluit: 'verleend', toelichting: 'gesprek met de ouders gevoerd' },
      }),
      // No dead letter has this ref: a valid request, answered 404; the fuzzed refs are refused (400).
      // The read audit of the caller's own organisation, for its functionaris gegevensbescherming.
      'GET /api/verzuim/audit': () => ({
        pad: '/api/verzuim/audit',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
        query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z', limit: '10', offset: '0' },
      }),
      'GET /api/verzuim/audit/export.csv': () => ({
        pad: '/api/verzuim/audit/export.csv',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
        query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z' },
      }),
      'POST /api/verzuim/ops/dode-berichten/{ref}/opnieuw': () => ({
        pad: '/api/verzuim/ops/dode-berichten/0-999999/opnieuw',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        ookGoed: [404],
      }),
      'POST /api/verzuim/demo/klok': () => ({
        pad: '/api/verzuim/demo/klok',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        body: { naar: new Date(Date.now() + 60_000).toISOString() },
      }),
    },
  });
  process.stdout.write(`${fuzzSamenvatting('verzuim', uitkomst)}\n`);
});

afterAll(() => context?.close());

describe('the fuzz tier over verzuim', () => {
  it('has a valid example, filling every text field, for every operation of the document, and each is accepted', () => {
    expect({ zonder: uitkomst.zonderVoorbeeld, velden: uitkomst.ontbrekendeVelden, fouten: uitkomst.voorbeeldFouten }).toEqual({
      zonder: [],
      velden: [],
      fouten: [],
    });
  });

  it('never answers 5xx and changes no row on a 4xx', () => {
    expect(uitkomst.tabellen).toBeGreaterThan(5);
    expect({ serverfouten: uitkomst.serverfouten, gewijzigd: uitkomst.gewijzigd }).toEqual({ serverfouten: [], gewijzigd: [] });
  });
});
