import { Claims } from '@sluitend/auth';
import { Absentie } from '@sluitend/contracts';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { VerzuimFixture } from '../../testing/verzuim.fixture';
import { RegistreerAbsenties } from '../registreer-absenties/registreer-absenties';
import { VoegPersonenSamenMessage } from './voeg-personen-samen.message';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(1402);

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '99ZZ' });
  await context.app
    .get(ZetKalender)
    .execute({ input: { schooljaar: '2025-2026', kalender: VerzuimFixture.kalender('2025-2026') }, actor: school, correlationId: 'c-kalender' });
});

afterAll(() => context?.close());

const registreer = async () => {
  const leerling = fixture.leerling({ woongemeente: 'GM0014' });
  const { leerlingIds } = await context.app
    .get(RegistreerLeerlingen)
    .execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c-leerling' });
  return { persoonsnummer: leerling.persoonsnummer, jongereId: leerlingIds[0] };
};
const absenties = (persoonsnummer: string, dagen: string[], ongeoorloofd = 4) =>
  context.app.get(RegistreerAbsenties).execute({
    input: { absenties: dagen.map((datum): Absentie => ({ persoonsnummer, datum, ongeoorloofd })) },
    actor: school,
    correlationId: 'c-absentie',
  });
const koppel = (van: string, naar: string) => {
  const event = parsedEvent('overstap.persoon.gekoppeld', { van, naar }, { jongereId: naar, context: {} });
  return async () => deliverThroughInbox(context.app, [event], (fresh, inbox) => context.app.get(VoegPersonenSamenMessage).gekoppeld(fresh, inbox));
};
const stand = async (jongereId: string) => {
  const [rij] = await context.dataSource.query<Array<{ leerlingen: number; dagen: string[]; uren: number }>>(
    `SELECT (SELECT count(*)::int FROM leerling WHERE jongere_id = $1) AS leerlingen,
            (SELECT coalesce(array_agg(datum::text ORDER BY datum), '{}') FROM absentie WHERE jongere_id = $1) AS dagen,
            (SELECT coalesce(sum(ongeoorloofd), 0)::int FROM absentie WHERE jongere_id = $1) AS uren`,
    [jongereId],
  );
  return rij;
};
const meldingen = (jongereId: string) =>
  context.dataSource.query<Array<{ soort: string; startdatum: string; status: string; sluitreden: string | null }>>(
    `SELECT soort, startdatum::text, status, sluitreden FROM verzuimmelding WHERE jongere_id = $1 ORDER BY status, geregistreerd_op`,
    [jongereId],
  );

describe('overstap.persoon.gekoppeld in verzuim (through the inbox, real database)', () => {
  it("moves the onderwijsnummer's enrolment, absence history and melding to the BSN pseudonym, once", async () => {
    const van = await registreer();
    const naar = await registreer();
    const resultaat = await absenties(van.persoonsnummer, ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']);
    expect(resultaat.meldingen.nieuw).toHaveLength(1);
    expect(await stand(van.jongereId)).toEqual({ leerlingen: 1, dagen: ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'], uren: 1600 });

    const gekoppeld = koppel(van.jongereId, naar.jongereId);
    await gekoppeld();
    await gekoppeld();

    expect(await stand(van.jongereId)).toEqual({ leerlingen: 0, dagen: [], uren: 0 });
    expect(await stand(naar.jongereId)).toEqual({ leerlingen: 1, dagen: ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'], uren: 1600 });
    expect(await meldingen(van.jongereId)).toEqual([]);
    expect(await meldingen(naar.jongereId)).toEqual([{ soort: 'zestien-uur', startdatum: '2025-09-01', status: 'geregistreerd', sluitreden: null }]);
  });

  it('counts a day both pseudonyms recorded once, and keeps one standing melding per occurrence', async () => {
    const van = await registreer();
    const naar = await registreer();
    await absenties(van.persoonsnummer, ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']);
    await absenties(naar.persoonsnummer, ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']);
    await absenties(naar.persoonsnummer, ['2025-09-05'], 2);

    await koppel(van.jongereId, naar.jongereId)();

    expect(await stand(van.jongereId)).toEqual({ leerlingen: 0, dagen: [], uren: 0 });
    expect(await stand(naar.jongereId)).toEqual({
      leerlingen: 1,
      dagen: ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05'],
      uren: 1800,
    });
    expect(await meldingen(naar.jongereId)).toEqual([
      { soort: 'zestien-uur', startdatum: '2025-09-01', status: 'geregistreerd', sluitreden: null },
      { soort: 'zestien-uur', startdatum: '2025-09-01', status: 'ingetrokken', sluitreden: 'samengevoegd' },
    ]);
    // The duplicate's withdrawal is published (its alerts close, rapportage stops counting it as open), under the
    // pseudonym it was published with, routed to the merged student's woongemeente; codes only.
    const [ingetrokken] = await context.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM verzuimmelding WHERE jongere_id = $1 AND status = 'ingetrokken'`,
      [naar.jongereId],
    );
    const events = await context.dataSource.query<Array<{ message_key: string; envelope: { jongereId: string; context: object; payload: object } }>>(
      `SELECT message_key, envelope FROM outbox WHERE event_type = 'verzuim.melding.ingetrokken' AND envelope -> 'payload' ->> 'meldingId' = $1`,
      [ingetrokken.id],
    );
    expect(events).toEqual([
      {
        message_key: van.jongereId,
        envelope: expect.objectContaining({
          jongereId: van.jongereId,
          context: expect.objectContaining({ woongemeente: 'GM0014', brin: '99ZZ', schooljaar: '2025-2026' }),
          payload: { meldingId: ingetrokken.id, soort: 'zestien-uur', startdatum: '2025-09-01', brin: '99ZZ', reden: 'samengevoegd' },
        }),
      },
    ]);
  });

  it('publishes nothing when the merge withdrew nothing', async () => {
    const van = await registreer();
    const naar = await registreer();
    await absenties(van.persoonsnummer, ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']);
    const voor = await context.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM outbox WHERE event_type LIKE '%ingetrokken'`);
    await koppel(van.jongereId, naar.jongereId)();
    expect(await context.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE event_type LIKE '%ingetrokken'`)).toEqual(voor);
  });
});
