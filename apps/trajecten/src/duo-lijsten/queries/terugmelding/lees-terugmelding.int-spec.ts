import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { ZetCasusStap } from '../../../casussen/commands/zet-casus-stap/zet-casus-stap';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { ImporteerDuoLijst } from '../../commands/importeer-duo-lijst/importeer-duo-lijst';
import { LeesTerugmelding } from './lees-terugmelding';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const KOP = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,brin,onderwijssoort,opleidingscode,uitschrijfdatum';
const actor = (regio = 'MC03') => context.claims({ type: 'rmc-regio', code: regio }, ['trajectbegeleider']);

describe("a DUO list's terugmelding (use cases against the real database)", () => {
  it('per stored line what it became and where its case stands now; another region does not learn the list exists', async () => {
    const rng = mulberry32(1913);
    const [a, b, c] = [generateTestBsn(rng), generateTestBsn(rng), generateTestBsn(rng)];
    const tekst = `${KOP}\n${a},2008-03-15,14,25LP,mbo,25180,2026-02-10\n000000000,2008-03-15,14,25LP,vo,,2026-02-10\n${b},2003-02-15,14,25LP,vo,,2026-02-10\n${c},2008-04-15,14,25LP,mbo,25180,2026-02-11\n`;
    const rapport = await context.app
      .get(ImporteerDuoLijst)
      .execute({ input: { soort: 'a01', tekst, datum: '2026-03-01' }, actor: actor(), correlationId: 'c' });
    const casusVan = (regel: number) => rapport.regels.find((r) => r.regel === regel)?.casusId as string;
    await context.app.get(ZetCasusStap).execute({
      input: { casusId: casusVan(2), actie: 'afsluiten', uitkomst: { categorie: 'voltijd-onderwijs', toelichting: 'terug naar school' } },
      actor: actor(),
      correlationId: 'c',
    });
    await context.app
      .get(ZetCasusStap)
      .execute({ input: { casusId: casusVan(5), actie: 'onbereikbaar-melden' }, actor: actor(), correlationId: 'c' });

    const regels = await context.app.get(LeesTerugmelding).execute({ input: { lijstId: rapport.lijstId }, actor: actor(), correlationId: 'c' });
    expect(regels.map((r) => [r.regel, r.verwerking, r.stand, r.casusStatus, r.uitkomst])).toEqual([
      [2, 'nieuwe-casus', 'afgesloten', 'afgesloten', 'voltijd-onderwijs'],
      [4, 'buiten-doelgroep', 'buiten-doelgroep', '', ''],
      [5, 'nieuwe-casus', 'in-rust', 'onbereikbaar', ''],
    ]);
    expect(regels[0]).toMatchObject({ casusId: casusVan(2), afgeslotenOp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(JSON.stringify(regels)).not.toContain(a);

    await expect(
      context.app.get(LeesTerugmelding).execute({ input: { lijstId: rapport.lijstId }, actor: actor('MC07'), correlationId: 'c' }),
    ).rejects.toMatchObject({ kind: 'niet-gevonden', code: 'duo-lijst.niet-gevonden' });
  });
});
