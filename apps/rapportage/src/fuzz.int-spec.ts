import {
  fuzzSamenvatting,
  fuzzTekstvelden,
  FuzzUitkomst,
  serviceTestContext,
  ServiceTestContext,
  fuzzTijdslimiet,
  FUZZ_ENV,
} from '@sluitend/testing';
import { AppModule } from './app.module';
import { rapportageEnvSchema } from './config/rapportage-env';

// The whole file, hooks included: the full-size run (FUZZ_RUNS) takes proportionally longer.
jest.setTimeout(fuzzTijdslimiet());

/**
 * The fuzz tier (issue 9) over rapportage's HTTP API: every text field of every operation in docs/openapi/rapportage.json, a
 * NUL, a lone surrogate, 1 MB and a right-to-left override each, against the real database. An operation added to the
 * document without an example here fails the first test.
 */
let context: ServiceTestContext;
let uitkomst: FuzzUitkomst;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'rapportage',
    envSchema: rapportageEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
    env: FUZZ_ENV,
  });
  uitkomst = await fuzzTekstvelden({
    service: 'rapportage',
    url: context.url as string,
    dataSource: context.dataSource,
    // the scheduled reports' sweep may generate (and plan the next year) while the fuzz runs
    vluchtig: ['rapportplanning', 'rapportdocument'],
    voorbeelden: {
      'GET /api/rapportage/dossiers/tellingen': () => ({
        pad: '/api/rapportage/dossiers/tellingen',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/tabellenboek': () => ({
        pad: '/api/rapportage/tabellenboek',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['decaan']),
        query: { schooljaar: '2026-2027', brin: '00AH', vestiging: '00AH00' },
      }),
      'GET /api/rapportage/tabellenboek/export.csv': () => ({
        pad: '/api/rapportage/tabellenboek/export.csv',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['decaan']),
        query: { schooljaar: '2026-2027', brin: '00AH', vestiging: '00AH00' },
      }),
      'GET /api/rapportage/signalen': () => ({
        pad: '/api/rapportage/signalen',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/signalen/export.csv': () => ({
        pad: '/api/rapportage/signalen/export.csv',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/signalen/export.xlsx': () => ({
        pad: '/api/rapportage/signalen/export.xlsx',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/signalen/export.pdf': () => ({
        pad: '/api/rapportage/signalen/export.pdf',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/documenten': () => ({
        pad: '/api/rapportage/documenten',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['decaan']),
      }),
      // No document has this id: a valid request, answered 404; the fuzzed ids are refused (400).
      'GET /api/rapportage/documenten/{id}': () => ({
        pad: '/api/rapportage/documenten/8d7e2b8e-5a3f-4f4e-9c1a-2f0f5d6b7c8d',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['decaan']),
        ookGoed: [404],
      }),
      // No dead letter has this ref: a valid request, answered 404; the fuzzed refs are refused (400).
      'POST /api/rapportage/ops/dode-berichten/{ref}/opnieuw': () => ({
        pad: '/api/rapportage/ops/dode-berichten/0-999999/opnieuw',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        ookGoed: [404],
      }),
      'GET /api/rapportage/effectrapportage': () => ({
        pad: '/api/rapportage/effectrapportage',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/benaderrondes': () => ({
        pad: '/api/rapportage/benaderrondes',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027', dimensie: 'ronde' },
      }),
      'GET /api/rapportage/benaderrondes/export.csv': () => ({
        pad: '/api/rapportage/benaderrondes/export.csv',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027', dimensie: 'ronde' },
      }),
      'GET /api/rapportage/benaderrondes/export.xlsx': () => ({
        pad: '/api/rapportage/benaderrondes/export.xlsx',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027', dimensie: 'ronde' },
      }),
      'GET /api/rapportage/benaderrondes/export.pdf': () => ({
        pad: '/api/rapportage/benaderrondes/export.pdf',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027', dimensie: 'ronde' },
      }),
      'GET /api/rapportage/programmas': () => ({
        pad: '/api/rapportage/programmas',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/programmas/export.csv': () => ({
        pad: '/api/rapportage/programmas/export.csv',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/programmas/export.xlsx': () => ({
        pad: '/api/rapportage/programmas/export.xlsx',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/programmas/export.pdf': () => ({
        pad: '/api/rapportage/programmas/export.pdf',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/alerts': () => ({
        pad: '/api/rapportage/alerts',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'signaaltype' },
      }),
      'GET /api/rapportage/verzuim': () => ({
        pad: '/api/rapportage/verzuim',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/effectrapportage/export.csv': () => ({
        pad: '/api/rapportage/effectrapportage/export.csv',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/effectrapportage/export.xlsx': () => ({
        pad: '/api/rapportage/effectrapportage/export.xlsx',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/effectrapportage/export.pdf': () => ({
        pad: '/api/rapportage/effectrapportage/export.pdf',
        token: () => context.token({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/alerts/export.csv': () => ({
        pad: '/api/rapportage/alerts/export.csv',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'signaaltype' },
      }),
      'GET /api/rapportage/alerts/export.xlsx': () => ({
        pad: '/api/rapportage/alerts/export.xlsx',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'signaaltype' },
      }),
      'GET /api/rapportage/alerts/export.pdf': () => ({
        pad: '/api/rapportage/alerts/export.pdf',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'signaaltype' },
      }),
      'GET /api/rapportage/verzuim/export.csv': () => ({
        pad: '/api/rapportage/verzuim/export.csv',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/verzuim/export.xlsx': () => ({
        pad: '/api/rapportage/verzuim/export.xlsx',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/verzuim/export.pdf': () => ({
        pad: '/api/rapportage/verzuim/export.pdf',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027' },
      }),
      'GET /api/rapportage/tabellenboek/export.xlsx': () => ({
        pad: '/api/rapportage/tabellenboek/export.xlsx',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['decaan']),
        query: { schooljaar: '2026-2027', brin: '00AH', vestiging: '00AH00' },
      }),
      'GET /api/rapportage/tabellenboek/export.pdf': () => ({
        pad: '/api/rapportage/tabellenboek/export.pdf',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['decaan']),
        query: { schooljaar: '2026-2027', brin: '00AH', vestiging: '00AH00' },
      }),
      'GET /api/rapportage/vsv': () => ({
        pad: '/api/rapportage/vsv',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'niveau' },
      }),
      'GET /api/rapportage/vsv/export.csv': () => ({
        pad: '/api/rapportage/vsv/export.csv',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'niveau' },
      }),
      'GET /api/rapportage/vsv/export.xlsx': () => ({
        pad: '/api/rapportage/vsv/export.xlsx',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'niveau' },
      }),
      'GET /api/rapportage/vsv/export.pdf': () => ({
        pad: '/api/rapportage/vsv/export.pdf',
        token: () => context.token({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']),
        query: { schooljaar: '2026-2027', dimensie: 'niveau' },
      }),
      'GET /api/rapportage/jikp/factsheet': () => ({
        pad: '/api/rapportage/jikp/factsheet',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { peildatum: '2025-10-01', rmcRegio: 'MC07', totLeeftijd: '23', jaren: '3' },
      }),
      'GET /api/rapportage/jikp/factsheet/export.csv': () => ({
        pad: '/api/rapportage/jikp/factsheet/export.csv',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { peildatum: '2025-10-01', rmcRegio: 'MC07', totLeeftijd: '23', jaren: '3' },
      }),
      'GET /api/rapportage/jikp/factsheet/export.xlsx': () => ({
        pad: '/api/rapportage/jikp/factsheet/export.xlsx',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { peildatum: '2025-10-01', rmcRegio: 'MC07', totLeeftijd: '23', jaren: '3' },
      }),
      'GET /api/rapportage/jikp/factsheet/export.pdf': () => ({
        pad: '/api/rapportage/jikp/factsheet/export.pdf',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { peildatum: '2025-10-01', rmcRegio: 'MC07', totLeeftijd: '23', jaren: '3' },
      }),
      'GET /api/rapportage/jikp/kwetsbare-positie': () => ({
        pad: '/api/rapportage/jikp/kwetsbare-positie',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { schooljaar: '2024-2025', rmcRegio: 'MC07', totLeeftijd: '27', uitgesplitst: 'true' },
      }),
      'GET /api/rapportage/jikp/kwetsbare-positie/export.csv': () => ({
        pad: '/api/rapportage/jikp/kwetsbare-positie/export.csv',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { schooljaar: '2024-2025', rmcRegio: 'MC07', totLeeftijd: '27', uitgesplitst: 'true' },
      }),
      'GET /api/rapportage/jikp/kwetsbare-positie/export.xlsx': () => ({
        pad: '/api/rapportage/jikp/kwetsbare-positie/export.xlsx',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { schooljaar: '2024-2025', rmcRegio: 'MC07', totLeeftijd: '27', uitgesplitst: 'true' },
      }),
      'GET /api/rapportage/jikp/kwetsbare-positie/export.pdf': () => ({
        pad: '/api/rapportage/jikp/kwetsbare-positie/export.pdf',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        query: { schooljaar: '2024-2025', rmcRegio: 'MC07', totLeeftijd: '27', uitgesplitst: 'true' },
      }),
      'GET /api/rapportage/ziekteverzuim': () => ({
        pad: '/api/rapportage/ziekteverzuim',
        token: () => context.token({ type: 'ggd', code: 'GM0106' }, ['jeugdarts']),
        query: { schooljaar: '2025-2026' },
      }),
      'GET /api/rapportage/ziekteverzuim/export.csv': () => ({
        pad: '/api/rapportage/ziekteverzuim/export.csv',
        token: () => context.token({ type: 'ggd', code: 'GM0106' }, ['jeugdarts']),
        query: { schooljaar: '2025-2026' },
      }),
      'GET /api/rapportage/ziekteverzuim/export.xlsx': () => ({
        pad: '/api/rapportage/ziekteverzuim/export.xlsx',
        token: () => context.token({ type: 'ggd', code: 'GM0106' }, ['jeugdarts']),
        query: { schooljaar: '2025-2026' },
      }),
      'GET /api/rapportage/ziekteverzuim/export.pdf': () => ({
        pad: '/api/rapportage/ziekteverzuim/export.pdf',
        token: () => context.token({ type: 'ggd', code: 'GM0106' }, ['jeugdarts']),
        query: { schooljaar: '2025-2026' },
      }),
      'GET /api/rapportage/uitschrijvingen': () => ({
        pad: '/api/rapportage/uitschrijvingen',
        token: () => context.token({ type: 'mbo-instelling', code: '25LH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027', dimensie: 'opleiding', rmcRegio: 'MC19' },
      }),
      'GET /api/rapportage/uitschrijvingen/export.csv': () => ({
        pad: '/api/rapportage/uitschrijvingen/export.csv',
        token: () => context.token({ type: 'mbo-instelling', code: '25LH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027', dimensie: 'opleiding', rmcRegio: 'MC19' },
      }),
      'GET /api/rapportage/uitschrijvingen/export.xlsx': () => ({
        pad: '/api/rapportage/uitschrijvingen/export.xlsx',
        token: () => context.token({ type: 'mbo-instelling', code: '25LH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027', dimensie: 'opleiding', rmcRegio: 'MC19' },
      }),
      'GET /api/rapportage/uitschrijvingen/export.pdf': () => ({
        pad: '/api/rapportage/uitschrijvingen/export.pdf',
        token: () => context.token({ type: 'mbo-instelling', code: '25LH' }, ['schooladministratie']),
        query: { schooljaar: '2026-2027', dimensie: 'opleiding', rmcRegio: 'MC19' },
      }),
      'POST /api/rapportage/demo/klok': () => ({
        pad: '/api/rapportage/demo/klok',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        body: { naar: new Date(Date.now() + 60_000).toISOString() },
      }),
    },
  });
  process.stdout.write(`${fuzzSamenvatting('rapportage', uitkomst)}\n`);
});

afterAll(() => context?.close());

describe('the fuzz tier over rapportage', () => {
  it('has a valid example, filling every text field, for every operation of the document, and each is accepted', () => {
    expect({ zonder: uitkomst.zonderVoorbeeld, velden: uitkomst.ontbrekendeVelden, fouten: uitkomst.voorbeeldFouten }).toEqual({
      zonder: [],
      velden: [],
      fouten: [],
    });
  });

  it('never answers 5xx and changes no row on a 4xx', () => {
    expect({ serverfouten: uitkomst.serverfouten, gewijzigd: uitkomst.gewijzigd }).toEqual({ serverfouten: [], gewijzigd: [] });
  });
});
