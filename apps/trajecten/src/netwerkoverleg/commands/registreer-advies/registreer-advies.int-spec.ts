import { randomBytes } from 'node:crypto';
import { CLOCK, Clock, addDays, localDateOf } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { ZetCasusStap } from '../../../casussen/commands/zet-casus-stap/zet-casus-stap';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { RegistreerScreening } from '../../../screening/commands/registreer-screening/registreer-screening';
import { LeesNetwerkoverlegLijst } from '../../queries/lijst/lees-netwerkoverleg-lijst';
import { RegistreerAdvies } from './registreer-advies';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const mc05 = () => context.claims({ type: 'rmc-regio', code: 'MC05' }, ['trajectbegeleider']);
const run = {
  get actor() {
    return mc05();
  },
  correlationId: 'c',
};

async function casusInStatus(acties: Array<'contact-leggen' | 'screening-starten' | 'agenderen'>): Promise<string> {
  const casus = await context.app.get(OpenCasus).execute({
    input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' },
    actor: run.actor,
    correlationId: run.correlationId,
  });
  for (const actie of acties)
    await context.app.get(ZetCasusStap).execute({ input: { casusId: casus.id, actie }, actor: run.actor, correlationId: run.correlationId });
  return casus.id;
}

const screening = (casusId: string, knelpunt: 1 | 4) =>
  context.app.get(RegistreerScreening).execute({
    input: {
      casusId,
      leefdomeinen: {
        school: knelpunt,
        werk: knelpunt,
        'inkomen-schulden': 2,
        huisvesting: 4,
        'gezondheid-psychisch': 3,
        'sociaal-netwerk': 4,
        verslaving: 5,
        justitie: 5,
        dagbesteding: 3,
      },
      vaardigheden: { leren: 3, school: 3, arbeid: 3, dagbesteding: 3 },
    },
    actor: run.actor,
    correlationId: run.correlationId,
  });

describe('netwerkoverleg (use cases against the real database)', () => {
  it('lists the waiting cases with a triage proposal; an advice is recorded with what follows, and the case leaves the list', async () => {
    const complex = await casusInStatus(['contact-leggen', 'screening-starten']);
    await screening(complex, 1);
    await context.app
      .get(ZetCasusStap)
      .execute({ input: { casusId: complex, actie: 'agenderen' }, actor: run.actor, correlationId: run.correlationId });
    const eenvoudig = await casusInStatus(['contact-leggen', 'screening-starten', 'agenderen']);
    const nog = await casusInStatus(['contact-leggen']);
    // A meeting a week from now: the list closed the working day before, after both were put on it.
    const datum = addDays(localDateOf(context.app.get<Clock>(CLOCK).now()), 7);
    const lijst = () =>
      context.app.get(LeesNetwerkoverlegLijst).execute({ input: { rmcRegio: 'MC05', datum }, actor: run.actor, correlationId: run.correlationId });
    const voor = await lijst();
    expect(voor.casussen.map((c) => [c.casusId, c.triageVoorstel.triage, c.triageVoorstel.reden])).toEqual([
      [complex, 'complex', 'meerdere-leefdomeinen'],
      [eenvoudig, null, 'geen-screening'],
    ]);
    expect(voor.casussen.map((c) => c.casusId)).not.toContain(nog);

    const advies = await context.app.get(RegistreerAdvies).execute({
      input: {
        casusId: complex,
        overlegdatum: datum,
        triage: 'complex',
        route: 'arbeid',
        toewijzing: { organisatie: { type: 'partner', code: 'werkplein-drentsche-aa' }, rol: 'klantmanager' },
      },
      actor: run.actor,
      correlationId: run.correlationId,
    });
    expect(advies).toMatchObject({
      triage: 'complex',
      besluitDoor: 'test-MC05',
      gevolg: { casusActie: 'route-toewijzen', overdrachtNaar: { type: 'partner', code: 'werkplein-drentsche-aa' } },
    });
    expect((await lijst()).casussen.map((c) => c.casusId)).toEqual([eenvoudig]);
  });

  it('refuses an advice for a case not on the list (409) or with a role that does not fit the triage (field and rule); nothing stored', async () => {
    const nietGeagendeerd = await casusInStatus(['contact-leggen']);
    const geagendeerd = await casusInStatus(['contact-leggen', 'screening-starten', 'agenderen']);
    const advies = (casusId: string, rol: 'casusregisseur' | 'klantmanager') =>
      context.app.get(RegistreerAdvies).execute({
        input: {
          casusId,
          overlegdatum: '2026-12-10',
          triage: 'eenvoudig',
          route: 'onderwijs',
          toewijzing: { organisatie: { type: 'rmc-regio', code: 'MC05' }, rol },
        },
        actor: run.actor,
        correlationId: run.correlationId,
      });
    await expect(advies(nietGeagendeerd, 'casusregisseur')).rejects.toMatchObject({ code: 'netwerkoverleg.niet-geagendeerd' });
    await expect(advies(geagendeerd, 'klantmanager')).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'toewijzing.rol', rule: 'rol.casusregisseur-bij-eenvoudig' })],
    });
    expect(
      await context.dataSource.query('SELECT count(*)::int AS n FROM netwerkoverleg_advies WHERE casus_id = ANY($1::uuid[])', [
        [nietGeagendeerd, geagendeerd],
      ]),
    ).toEqual([{ n: 0 }]);
    const goed = await advies(geagendeerd, 'casusregisseur');
    expect(goed.gevolg.overdrachtNaar).toBeNull();
  });
});
