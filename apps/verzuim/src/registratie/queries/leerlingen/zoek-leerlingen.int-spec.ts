import { Claims } from '@sluitend/auth';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { RegistreerAbsenties } from '../../commands/registreer-absenties/registreer-absenties';
import { VerzuimFixture } from '../../testing/verzuim.fixture';
import { ZoekLeerlingen } from './zoek-leerlingen';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(1403);

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '99ZZ' });
  await context.app
    .get(ZetKalender)
    .execute({ input: { schooljaar: '2025-2026', kalender: VerzuimFixture.kalender('2025-2026') }, actor: school, correlationId: 'c' });
});

afterAll(() => context?.close());

describe("the school's students with their absence over the last 4 lesweken", () => {
  it('sums each enrolled student over the window of its own calendar, with open meldingen; others and leavers are not listed', async () => {
    const a = fixture.leerling();
    const b = fixture.leerling();
    const vertrokken = fixture.leerling({ uitgeschrevenPer: '2025-09-30' });
    const { leerlingIds } = await context.app
      .get(RegistreerLeerlingen)
      .execute({ input: { leerlingen: [a, b, vertrokken] }, actor: school, correlationId: 'c' });
    await context.app.get(RegistreerAbsenties).execute({
      input: {
        absenties: [
          // before the window (4 lesweken up to 29 October = from 29 September, the herfstvakantie skipped)
          { persoonsnummer: a.persoonsnummer, datum: '2025-09-26', ongeoorloofd: 5 },
          ...['2025-10-13', '2025-10-14', '2025-10-15', '2025-10-16'].map((datum) => ({ persoonsnummer: a.persoonsnummer, datum, ongeoorloofd: 4 })),
          { persoonsnummer: a.persoonsnummer, datum: '2025-10-27', ziek: 6, teLaat: 1 },
          { persoonsnummer: b.persoonsnummer, datum: '2025-09-29', verlof: 2.5, uitgestuurd: 2 },
        ],
      },
      actor: school,
      correlationId: 'c',
    });
    const overzicht = await context.app.get(ZoekLeerlingen).execute({ input: { peildatum: '2025-10-29' }, actor: school });
    expect(overzicht).toMatchObject({ peildatum: '2025-10-29', van: '2025-09-29', tot: '2025-10-29' });
    const per = new Map(overzicht.leerlingen.map((l) => [l.leerlingId, l]));
    expect([...per.keys()].sort()).toEqual([leerlingIds[0], leerlingIds[1]].sort());
    expect(per.get(leerlingIds[0])).toMatchObject({ ongeoorloofd: 16, ziek: 6, geoorloofd: 0, teLaat: 1, uitgestuurd: 0, openMeldingen: 1 });
    expect(per.get(leerlingIds[1])).toMatchObject({ ongeoorloofd: 0, ziek: 0, geoorloofd: 2.5, teLaat: 0, uitgestuurd: 2, openMeldingen: 0 });
  });

  it('refuses a peildatum the calendar does not cover, naming it', async () => {
    await expect(context.app.get(ZoekLeerlingen).execute({ input: { peildatum: '2024-10-01' }, actor: school })).rejects.toMatchObject({
      code: 'kalender.onbekend',
      issues: [expect.objectContaining({ field: 'peildatum' })],
    });
  });
});
