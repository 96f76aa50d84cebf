import { randomBytes } from 'node:crypto';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { WijsRegisseurToe } from '../../../casussen/commands/wijs-regisseur-toe/wijs-regisseur-toe';
import { ZetCasusStap } from '../../../casussen/commands/zet-casus-stap/zet-casus-stap';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { ZetCaseloadTeam } from '../../commands/zet-caseload-team/zet-caseload-team';
import { LeesCaseload } from './lees-caseload';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

describe("the coordinator's caseload overview (use cases against the real database)", () => {
  it('counts open cases per casusregisseur against norm × fte, with the unassigned and the regisseurs not on the team', async () => {
    const begeleider = context.claims({ type: 'rmc-regio', code: 'MC30' }, ['trajectbegeleider']);
    const coordinator = context.claims({ type: 'rmc-regio', code: 'MC30' }, ['rmc-coordinator']);
    const open = () =>
      context.app
        .get(OpenCasus)
        .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: begeleider, correlationId: 'c' });
    const wijs = (casusId: string, sub: string) =>
      context.app.get(WijsRegisseurToe).execute({ input: { casusId, regisseur: { sub, naam: sub } }, actor: begeleider, correlationId: 'c' });
    const casussen = await Promise.all([open(), open(), open(), open(), open()]);
    await wijs(casussen[0].id, 'u-a');
    await wijs(casussen[1].id, 'u-a');
    await wijs(casussen[2].id, 'u-b');
    await wijs(casussen[3].id, 'u-weg');
    // A closed case no longer counts.
    await context.app.get(ZetCasusStap).execute({
      input: { casusId: casussen[1].id, actie: 'afsluiten', uitkomst: { categorie: 'verhuisd-onvindbaar' } },
      actor: begeleider,
      correlationId: 'c',
    });

    const overzicht = await context.app.get(ZetCaseloadTeam).execute({
      input: {
        rmcRegio: 'MC30',
        normen: { rmc: 2 },
        team: [
          { gebruiker: 'u-a', soort: 'rmc', fte: 0.5 },
          { gebruiker: 'u-b', soort: 'rmc', fte: 1 },
        ],
      },
      actor: coordinator,
      correlationId: 'c',
    });
    expect(overzicht).toEqual({
      rmcRegio: 'MC30',
      normen: { rmc: 2, leerplicht: 250 },
      regels: [
        { gebruiker: 'u-a', soort: 'rmc', fte: 0.5, aantal: 1, capaciteit: 1, bezettingProcent: 100, bovenNorm: false },
        { gebruiker: 'u-b', soort: 'rmc', fte: 1, aantal: 1, capaciteit: 2, bezettingProcent: 50, bovenNorm: false },
      ],
      totaal: { aantal: 2, capaciteit: 3, bezettingProcent: 67 },
      nietToegewezen: 1,
      onbekendeRegisseurs: ['u-weg'],
    });
    expect(await context.app.get(LeesCaseload).execute({ input: { rmcRegio: 'MC30' }, actor: coordinator, correlationId: 'c' })).toEqual(overzicht);
    await expect(context.app.get(LeesCaseload).execute({ input: { rmcRegio: 'MC30' }, actor: begeleider, correlationId: 'c' })).rejects.toMatchObject(
      {
        code: 'regio.geen-toegang',
      },
    );
  });
});
