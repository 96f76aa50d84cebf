import { Claims } from '@sluitend/auth';
import { Absentie } from '@sluitend/contracts';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { RegistreerAbsenties } from './registreer-absenties';
import { VerzuimFixture } from '../../testing/verzuim.fixture';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(1403);

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '99ZZ' });
  for (const jaar of ['2025-2026', '2026-2027'] as const) {
    await context.app
      .get(ZetKalender)
      .execute({ input: { schooljaar: jaar, kalender: VerzuimFixture.kalender(jaar) }, actor: school, correlationId: 'c-kalender' });
  }
});

afterAll(() => context?.close());

const registreer = async () => {
  const leerling = fixture.leerling({ woongemeente: 'GM0014' });
  const { leerlingIds } = await context.app
    .get(RegistreerLeerlingen)
    .execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c-leerling' });
  return { persoonsnummer: leerling.persoonsnummer, jongereId: leerlingIds[0] };
};

const absenties = (absenties: Absentie[]) =>
  context.app.get(RegistreerAbsenties).execute({ input: { absenties }, actor: school, correlationId: 'c-mazl' });

const signalen = (jongereId: string): Promise<Array<{ grond: string; datum: string; vervallen: boolean }>> =>
  context.dataSource.query(
    `SELECT grond, datum::text, vervallen_op IS NOT NULL AS vervallen FROM ziekteverzuim_signaal WHERE jongere_id = $1 ORDER BY geregistreerd_op`,
    [jongereId],
  );

const events = (
  jongereId: string,
): Promise<Array<{ event_type: string; envelope: { context: Record<string, unknown>; payload: Record<string, unknown> } }>> =>
  context.dataSource.query(
    `SELECT event_type, envelope FROM outbox WHERE envelope ->> 'jongereId' = $1 AND event_type LIKE 'verzuim.ziekteverzuim.%' ORDER BY created_at, id`,
    [jongereId],
  );

/** Monday 1 … Tuesday 9 September 2025: seven lesdagen of the Testschool (a weekend between). */
const ZEVEN = ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05', '2025-09-08', '2025-09-09'];

describe('M@ZL in the intake (use case against the real database)', () => {
  it('the 7th consecutive sick lesdag: one signal for the zorg role and the jeugdarts of the woongemeente, in the outbox', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    await absenties(ZEVEN.slice(0, 6).map((datum) => ({ persoonsnummer, datum, ziek: 6 })));
    expect(await signalen(jongereId)).toEqual([]);

    await absenties([{ persoonsnummer, datum: ZEVEN[6], ziek: 6 }]);
    expect(await signalen(jongereId)).toEqual([{ grond: 'zevende-schooldag-ziek', datum: '2025-09-09', vervallen: false }]);
    const [event] = await events(jongereId);
    expect(event.event_type).toBe('verzuim.ziekteverzuim.zorgwekkend');
    expect(event.envelope.context).toMatchObject({ woongemeente: 'GM0014', brin: '99ZZ', schooljaar: '2025-2026', minderjarig: true });
    expect(event.envelope.payload).toMatchObject({
      grond: 'zevende-schooldag-ziek',
      datum: '2025-09-09',
      ziekmeldingen: ['2025-09-01'],
      woongemeente: 'GM0014',
      brin: '99ZZ',
    });
    expect(JSON.stringify(event.envelope)).not.toContain(persoonsnummer);

    // The same record again changes nothing: no second signal.
    await absenties([{ persoonsnummer, datum: ZEVEN[6], ziek: 6 }]);
    expect(await signalen(jongereId)).toHaveLength(1);
    expect(await events(jongereId)).toHaveLength(1);
  });

  it('a correction that withdraws the 7th sick day makes the signal void, with its event', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    await absenties(ZEVEN.map((datum) => ({ persoonsnummer, datum, ziek: 6 })));
    await absenties([{ persoonsnummer, datum: ZEVEN[6], ziek: 0 }]);
    expect(await signalen(jongereId)).toEqual([{ grond: 'zevende-schooldag-ziek', datum: '2025-09-09', vervallen: true }]);
    expect((await events(jongereId)).map((e) => e.event_type)).toEqual(['verzuim.ziekteverzuim.zorgwekkend', 'verzuim.ziekteverzuim.ingetrokken']);
  });
});
