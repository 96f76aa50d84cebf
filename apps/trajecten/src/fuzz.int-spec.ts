import { randomBytes } from 'node:crypto';
import type { Claims } from '@sluitend/auth';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { fuzzSamenvatting, fuzzTekstvelden, FuzzUitkomst, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { OpenCasus } from './casussen/commands/open-casus/open-casus';
import { trajectenEnvSchema } from './config/trajecten-env';

/**
 * The fuzz tier (issue 9) over trajecten's HTTP API: every text field of every operation in docs/openapi/trajecten.json, a
 * NUL, a lone surrogate, 1 MB and a right-to-left override each, against the real database. An operation added to the
 * document without an example here fails the first test.
 */
const rng = mulberry32(1509);
let context: ServiceTestContext;
let uitkomst: FuzzUitkomst;

const RMC: Claims['org'] = { type: 'rmc-regio', code: 'MC03' };
const begeleider = () => context.token(RMC, ['trajectbegeleider']);
const coordinator = () => context.token(RMC, ['rmc-coordinator']);

/** A new open case of the region, through the use case (each request that moves a case gets its own). */
const casus = async (): Promise<string> =>
  (
    await context.app
      .get(OpenCasus)
      .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: context.claims(RMC, ['trajectbegeleider']), correlationId: 'c-fuzz' })
  ).id;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  const gelezen = await casus();
  uitkomst = await fuzzTekstvelden({
    service: 'trajecten',
    url: context.url as string,
    dataSource: context.dataSource,
    voorbeelden: {
      'GET /api/trajecten/casussen': () => ({
        pad: '/api/trajecten/casussen',
        token: begeleider,
        query: { status: 'aangemeld', open: 'ja', casusregisseur: 'u-17', pagina: '1', perPagina: '10' },
      }),
      // The person by BSN or by jongereId, never both in one request.
      'POST /api/trajecten/casussen': () => [
        { pad: '/api/trajecten/casussen', token: begeleider, body: { persoonsnummer: generateTestBsn(rng), aanleiding: 'jongere-zelf', toelichting: 'meldt zich zelf' } },
        { pad: '/api/trajecten/casussen', token: begeleider, body: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school', toelichting: 'via de school' } },
      ],
      'GET /api/trajecten/casussen/{id}': () => ({ pad: `/api/trajecten/casussen/${gelezen}`, token: begeleider }),
      'POST /api/trajecten/casussen/{id}/stappen': () => ({
        pad: '/api/trajecten/casussen/{id}/stappen',
        nieuwPad: async () => `/api/trajecten/casussen/${await casus()}/stappen`,
        token: begeleider,
        body: { actie: 'afsluiten', uitkomst: { categorie: 'overig', toelichting: 'verhuisd naar het buitenland' }, toelichting: 'afgesloten na contact' },
      }),
      'POST /api/trajecten/casussen/{id}/casusregisseur': () => ({
        pad: '/api/trajecten/casussen/{id}/casusregisseur',
        nieuwPad: async () => `/api/trajecten/casussen/${await casus()}/casusregisseur`,
        token: begeleider,
        body: { sub: 'u-17', naam: 'Fatima de Vries' },
      }),
      'GET /api/trajecten/casussen/{id}/contactpogingen': () => ({ pad: `/api/trajecten/casussen/${gelezen}/contactpogingen`, token: begeleider }),
      'POST /api/trajecten/casussen/{id}/contactpogingen': () => ({
        pad: '/api/trajecten/casussen/{id}/contactpogingen',
        nieuwPad: async () => `/api/trajecten/casussen/${await casus()}/contactpogingen`,
        token: begeleider,
        body: { soort: 'telefoon', bereikt: false, op: new Date(Date.now() - 60_000).toISOString(), toelichting: 'voicemail ingesproken' },
      }),
      'GET /api/trajecten/casusregels/{rmcRegio}': () => ({ pad: '/api/trajecten/casusregels/MC03', token: coordinator }),
      'PUT /api/trajecten/casusregels/{rmcRegio}': () => ({
        pad: '/api/trajecten/casusregels/MC03',
        token: coordinator,
        body: { regels: [{ signaalSoort: 'rmc-verzuim', regel: 'opent' }] },
      }),
      'POST /api/trajecten/demo/klok': () => ({
        pad: '/api/trajecten/demo/klok',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        body: { naar: new Date(Date.now() + 60_000).toISOString() },
      }),
    },
  });
  process.stdout.write(`${fuzzSamenvatting('trajecten', uitkomst)}\n`);
});

afterAll(() => context?.close());

describe('the fuzz tier over trajecten', () => {
  it('has a valid example, filling every text field, for every operation of the document, and each is accepted', () => {
    expect({ zonder: uitkomst.zonderVoorbeeld, velden: uitkomst.ontbrekendeVelden, fouten: uitkomst.voorbeeldFouten }).toEqual({ zonder: [], velden: [], fouten: [] });
  });

  it('never answers 5xx and changes no row on a 4xx', () => {
    expect(uitkomst.tabellen).toBeGreaterThan(5);
    expect({ serverfouten: uitkomst.serverfouten, gewijzigd: uitkomst.gewijzigd }).toEqual({ serverfouten: [], gewijzigd: [] });
  });
});
