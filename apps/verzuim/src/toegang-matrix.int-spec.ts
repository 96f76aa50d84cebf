import { matrixSamenvatting, MatrixUitkomst, serviceTestContext, ServiceTestContext, toegangsMatrix } from '@sluitend/testing';
import { AppModule } from './app.module';
import { verzuimEnvSchema } from './config/verzuim-env';

/**
 * The access matrix (issue 11) over verzuim: every route of its running router × every organisation type × role,
 * against the policy table in libs/auth (docs/access.md). A route without a declaration fails.
 */
// The whole file, hooks included: every route × organisation type × role (seven types since the GGD), one request
// after the other, outgrows the tier's 180 s on a busy machine.
jest.setTimeout(600_000);
let context: ServiceTestContext;
let uitkomst: MatrixUitkomst;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  uitkomst = await toegangsMatrix({ app: context.app, url: context.url as string, token: context.token });
  process.stdout.write(`${matrixSamenvatting('verzuim', uitkomst)}\n`);
});

afterAll(() => context?.close());

describe('access to verzuim', () => {
  it('declares every route in the policy table', () => {
    expect(uitkomst.routes.length).toBeGreaterThan(3);
    expect(uitkomst.zonderBeleid).toEqual([]);
  });

  it('answers 403 exactly where the table denies, for every organisation type and role', () => {
    expect(uitkomst.afwijkingen).toEqual([]);
  });
});
