import { Claims } from '@sluitend/auth';
import { Absentie } from '@sluitend/contracts';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { RegistreerAbsenties } from '../registreer-absenties/registreer-absenties';
import { VerzuimFixture } from '../../testing/verzuim.fixture';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(5001);
const JAAR = '2025-2026';

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '96KA' });
  await zetKalender(VerzuimFixture.kalender(JAAR));
});

afterAll(() => context?.close());

function zetKalender(kalender: ReturnType<typeof VerzuimFixture.kalender>) {
  return context.app.get(ZetKalender).execute({ input: { schooljaar: JAAR, kalender }, actor: school, correlationId: 'c-kalender' });
}

/** The Testschool's calendar with one extra vacation week. */
const metExtraWeek = (van: string, totEnMet: string) => {
  const basis = VerzuimFixture.kalender(JAAR);
  return { ...basis, vakanties: [...(basis.vakanties ?? []), { naam: 'extra week', van, totEnMet }] };
};

const registreer = async () => {
  const leerling = fixture.leerling();
  const { leerlingIds } = await context.app
    .get(RegistreerLeerlingen)
    .execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c' });
  return { persoonsnummer: leerling.persoonsnummer, jongereId: leerlingIds[0] };
};

const absenties = (persoonsnummer: string, datums: string[]) =>
  context.app.get(RegistreerAbsenties).execute({
    input: { absenties: datums.map((datum): Absentie => ({ persoonsnummer, datum, ongeoorloofd: 4 })) },
    actor: school,
    correlationId: 'c-absentie',
  });

const meldingen = (jongereId: string): Promise<Array<{ id: string; soort: string; startdatum: string; einddatum: string; status: string }>> =>
  context.dataSource.query(
    'SELECT id, soort, startdatum::text, einddatum::text, status FROM verzuimmelding WHERE jongere_id = $1 ORDER BY geregistreerd_op',
    [jongereId],
  );

const eventTypes = async (jongereId: string): Promise<string[]> =>
  (await context.dataSource.query(`SELECT event_type FROM outbox WHERE envelope ->> 'jongereId' = $1 ORDER BY created_at, id`, [jongereId])).map(
    (r: { event_type: string }) => r.event_type,
  );

describe('a calendar change re-evaluates the absence already recorded (use case against the real database)', () => {
  it('a week that becomes a vacation: its hours no longer count — one melding withdrawn, one due now (exactly 16 hours with the vacation inside the window)', async () => {
    // A: 4 hours in each of lesweken 36–39 (1, 8, 15, 22 September): 16 on the 22nd.
    const a = await registreer();
    await absenties(a.persoonsnummer, ['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22']);
    // B: 4 hours in lesweken 36, 37, 38 and 40: no four consecutive lesweken hold 16 hours.
    const b = await registreer();
    await absenties(b.persoonsnummer, ['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-29']);
    // C: absence only before the change — untouched.
    const c = await registreer();
    await absenties(c.persoonsnummer, ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']);
    expect((await meldingen(a.jongereId)).map((m) => [m.soort, m.einddatum, m.status])).toEqual([['zestien-uur', '2025-09-22', 'geregistreerd']]);
    expect(await meldingen(b.jongereId)).toEqual([]);
    const [cMelding] = await meldingen(c.jongereId);

    // The school makes 22–26 September a vacation week.
    const resultaat = await zetKalender(metExtraWeek('2025-09-22', '2025-09-26'));
    expect(resultaat.versie).toBe(2);

    // A: the hour that crossed the threshold lies in the vacation now — 12 hours, the melding withdrawn with its signal.
    expect((await meldingen(a.jongereId)).map((m) => [m.einddatum, m.status])).toEqual([['2025-09-22', 'ingetrokken']]);
    expect(await eventTypes(a.jongereId)).toEqual(['verzuim.melding.voor-leerplicht', 'verzuim.melding.ingetrokken']);
    // B: lesweken 36, 37, 38 and 40 are consecutive lesweken now — exactly 16 hours, due on the 29th, counted from the 1st.
    expect((await meldingen(b.jongereId)).map((m) => [m.soort, m.startdatum, m.einddatum, m.status])).toEqual([
      ['zestien-uur', '2025-09-01', '2025-09-29', 'geregistreerd'],
    ]);
    expect(await eventTypes(b.jongereId)).toEqual(['verzuim.melding.voor-leerplicht']);
    // C: the change begins after its absence — the same melding, no new signal.
    expect(await meldingen(c.jongereId)).toEqual([cMelding]);
    expect(await eventTypes(c.jongereId)).toEqual(['verzuim.melding.voor-leerplicht']);

    // The record on a day that is no longer a lesdag does not block the student's next intake.
    await absenties(a.persoonsnummer, ['2025-09-29']);
    expect((await meldingen(a.jongereId)).map((m) => [m.einddatum, m.status])).toEqual([
      ['2025-09-22', 'ingetrokken'],
      ['2025-09-29', 'geregistreerd'],
    ]);

    // The same calendar again: nothing counts otherwise, nothing changes.
    await zetKalender(metExtraWeek('2025-09-22', '2025-09-26'));
    expect((await meldingen(b.jongereId)).map((m) => m.status)).toEqual(['geregistreerd']);
    expect(await eventTypes(b.jongereId)).toEqual(['verzuim.melding.voor-leerplicht']);

    // Back to the original calendar: B's hours lie in five lesweken again — its melding is void.
    await zetKalender(VerzuimFixture.kalender(JAAR));
    expect((await meldingen(b.jongereId)).map((m) => m.status)).toEqual(['ingetrokken']);
  });
});
