import { randomBytes } from 'node:crypto';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { ZetCasusStap } from '../../../casussen/commands/zet-casus-stap/zet-casus-stap';
import { LeesCasus } from '../../../casussen/queries/casus/lees-casus';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { LeesContactpogingen } from '../../queries/contactpogingen/lees-contactpogingen';
import { RegistreerContactpoging } from './registreer-contactpoging';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const mc03 = () => context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
const open = () =>
  context.app
    .get(OpenCasus)
    .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: mc03(), correlationId: 'c' });
const registreer = (
  casusId: string,
  extra: { soort: 'brief' | 'email' | 'telefoon' | 'huisbezoek' | 'opsporing'; bereikt: boolean; op?: string },
  actor = mc03(),
) => context.app.get(RegistreerContactpoging).execute({ input: { casusId, ...extra }, actor, correlationId: 'c' });

describe('contact attempts on a case (use case against the real database)', () => {
  it('records attempts by the caller, oldest first, each with a history line on the case; reading them is recorded', async () => {
    const casus = await open();
    await registreer(casus.id, { soort: 'huisbezoek', bereikt: true });
    await registreer(casus.id, { soort: 'telefoon', bereikt: false, op: '2020-01-01T09:00:00+01:00' });
    const { contactpogingen } = await context.app
      .get(LeesContactpogingen)
      .execute({ input: { casusId: casus.id }, actor: mc03(), correlationId: 'c' });
    expect(contactpogingen.map((p) => [p.soort, p.bereikt, p.door])).toEqual([
      ['telefoon', false, 'test-MC03'],
      ['huisbezoek', true, 'test-MC03'],
    ]);
    const detail = await context.app.get(LeesCasus).execute({ input: { casusId: casus.id }, actor: mc03(), correlationId: 'c' });
    expect(detail.historie.filter((h) => h.actie === 'contactpoging').map((h) => h.toelichting)).toEqual([
      'huisbezoek, bereikt',
      'telefoon, niet bereikt',
    ]);
    // Both reads (the attempts, the case) are recorded.
    expect(await context.dataSource.query('SELECT wat FROM casus_inzage WHERE casus_id = $1 ORDER BY id', [casus.id])).toEqual([
      { wat: 'contactpogingen' },
      { wat: 'casus' },
    ]);
  });

  it('refuses an attempt in the future (field and rule), on a closed case, or from another region; nothing is stored', async () => {
    const casus = await open();
    await expect(registreer(casus.id, { soort: 'email', bereikt: false, op: '2999-01-01T00:00:00Z' })).rejects.toMatchObject({
      kind: 'ongeldig',
      issues: [expect.objectContaining({ field: 'op', rule: 'op.toekomst' })],
    });
    await expect(
      registreer(casus.id, { soort: 'brief', bereikt: false }, context.claims({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider'])),
    ).rejects.toMatchObject({
      code: 'casus.niet-gevonden',
    });
    await context.app.get(ZetCasusStap).execute({
      input: { casusId: casus.id, actie: 'afsluiten', uitkomst: { categorie: 'verhuisd-onvindbaar' } },
      actor: mc03(),
      correlationId: 'c',
    });
    await expect(registreer(casus.id, { soort: 'brief', bereikt: false })).rejects.toMatchObject({ code: 'casus.afgesloten' });
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM contactpoging WHERE casus_id = $1', [casus.id])).toEqual([{ n: 0 }]);
  });
});
