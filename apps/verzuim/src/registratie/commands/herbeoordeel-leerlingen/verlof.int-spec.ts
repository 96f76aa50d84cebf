import { Claims } from '@sluitend/auth';
import { Absentie } from '@sluitend/contracts';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { BeslisVerlof } from '../../../verlof/commands/beslis-verlof/beslis-verlof';
import { VraagVerlofAan } from '../../../verlof/commands/vraag-verlof-aan/vraag-verlof-aan';
import { RegistreerAbsenties } from '../registreer-absenties/registreer-absenties';
import { VerzuimFixture } from '../../testing/verzuim.fixture';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(5003);

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '93VB' }, ['schooladministratie']);
  await context.app
    .get(ZetKalender)
    .execute({ input: { schooljaar: '2025-2026', kalender: VerzuimFixture.kalender('2025-2026') }, actor: school, correlationId: 'c' });
});

afterAll(() => context?.close());

const registreer = async () => {
  const leerling = fixture.leerling();
  const { leerlingIds } = await context.app
    .get(RegistreerLeerlingen)
    .execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c' });
  return { persoonsnummer: leerling.persoonsnummer, jongereId: leerlingIds[0] };
};

const absenties = (persoonsnummer: string, datums: string[]) =>
  context.app.get(RegistreerAbsenties).execute({
    input: { absenties: datums.map((datum): Absentie => ({ persoonsnummer, datum, ongeoorloofd: 6, alleLessenGemist: true })) },
    actor: school,
    correlationId: 'c-absentie',
  });

const verlof = async (persoonsnummer: string, van: string, totEnMet: string, aangevraagdOp: string) => {
  const aanvraag = await context.app.get(VraagVerlofAan).execute({
    input: { persoonsnummer, soort: 'gewichtige-omstandigheden', omstandigheid: 'ernstige-ziekte-familie', van, totEnMet, aangevraagdOp },
    actor: school,
    correlationId: 'c',
  });
  return context.app
    .get(BeslisVerlof)
    .execute({ input: { verlofId: aanvraag.id, besluit: { besluit: 'verleend' } }, actor: school, correlationId: 'c-verlof' });
};

const meldingen = (jongereId: string): Promise<Array<{ soort: string; einddatum: string; status: string }>> =>
  context.dataSource.query('SELECT soort, einddatum::text, status FROM verzuimmelding WHERE jongere_id = $1 ORDER BY geregistreerd_op, soort', [
    jongereId,
  ]);

const eventTypes = async (jongereId: string): Promise<string[]> =>
  (await context.dataSource.query(`SELECT event_type FROM outbox WHERE envelope ->> 'jongereId' = $1 ORDER BY created_at, id`, [jongereId])).map(
    (r: { event_type: string }) => r.event_type,
  );

// The week after the Testschool's voorjaarsvakantie (21 February – 1 March 2026): five whole days missed.
const WEEK = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

describe('granted verlof is geoorloofd in the absence rules (use cases against the real database)', () => {
  it('verlof granted after the absence was recorded: the meldingen it made void are withdrawn, as a correction does', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    await absenties(persoonsnummer, WEEK);
    expect((await meldingen(jongereId)).map((m) => [m.soort, m.status])).toEqual(
      expect.arrayContaining([
        ['zestien-uur', 'geregistreerd'],
        ['luxe', 'geregistreerd'],
      ]),
    );
    await verlof(persoonsnummer, '2026-03-02', '2026-03-06', '2026-03-02');
    const na = await meldingen(jongereId);
    expect(na.length).toBeGreaterThanOrEqual(2);
    expect(na.every((m) => m.status === 'ingetrokken')).toBe(true);
    expect((await eventTypes(jongereId)).filter((t) => t === 'verzuim.melding.ingetrokken')).toHaveLength(na.length);
  });

  it('verlof granted before: absence recorded in its period later counts as geoorloofd — no melding; outside it still counts', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    await verlof(persoonsnummer, '2026-03-02', '2026-03-04', '2026-02-23');
    await absenties(persoonsnummer, WEEK.slice(0, 3));
    expect(await meldingen(jongereId)).toEqual([]);
    // Two more whole days after the verlof: 12 hours ongeoorloofd, under 16 — still nothing; a third day reaches 16.
    await absenties(persoonsnummer, ['2026-03-05', '2026-03-06']);
    expect(await meldingen(jongereId)).toEqual([]);
    await absenties(persoonsnummer, ['2026-03-09']);
    expect((await meldingen(jongereId)).map((m) => [m.soort, m.einddatum])).toEqual([['zestien-uur', '2026-03-09']]);
  });
});
