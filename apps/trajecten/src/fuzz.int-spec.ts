import { fuzzSamenvatting, fuzzTekstvelden, FuzzUitkomst, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { trajectenEnvSchema } from './config/trajecten-env';

/**
 * The fuzz tier (issue 9) over trajecten's HTTP API: every text field of every operation in docs/openapi/trajecten.json, a
 * NUL, a lone surrogate, 1 MB and a right-to-left override each, against the real database. An operation added to the
 * document without an example here fails the first test.
 */
let context: ServiceTestContext;
let uitkomst: FuzzUitkomst;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  uitkomst = await fuzzTekstvelden({
    service: 'trajecten',
    url: context.url as string,
    dataSource: context.dataSource,
    voorbeelden: {
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
    expect({ serverfouten: uitkomst.serverfouten, gewijzigd: uitkomst.gewijzigd }).toEqual({ serverfouten: [], gewijzigd: [] });
  });
});
