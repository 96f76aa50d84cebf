import { Claims } from '@sluitend/auth';
import { Absentie } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetInstellingen } from '../../../instellingen/commands/zet-instellingen/zet-instellingen';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { VerzuimFixture } from '../../testing/verzuim.fixture';
import { RegistreerAbsenties } from './registreer-absenties';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(1401);

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

const registreer = async (overrides: Parameters<VerzuimFixture['leerling']>[0] = {}) => {
  const leerling = fixture.leerling(overrides);
  const { leerlingIds } = await context.app
    .get(RegistreerLeerlingen)
    .execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c-leerling' });
  return { persoonsnummer: leerling.persoonsnummer, jongereId: leerlingIds[0] };
};

const absenties = (absenties: Absentie[], correlationId = 'c-absentie') =>
  context.app.get(RegistreerAbsenties).execute({ input: { absenties }, actor: school, correlationId });

const meldingen = (
  jongereId: string,
): Promise<Array<{ id: string; soort: string; startdatum: string; einddatum: string; uren_gemist: number; ontvanger: string; status: string }>> =>
  context.dataSource.query(
    'SELECT id, soort, startdatum::text, einddatum::text, uren_gemist, ontvanger, status FROM verzuimmelding WHERE jongere_id = $1 ORDER BY geregistreerd_op, einddatum',
    [jongereId],
  );

const events = (
  jongereId: string,
): Promise<Array<{ event_type: string; envelope: { jongereId: string; context: Record<string, unknown>; payload: Record<string, unknown> } }>> =>
  context.dataSource.query(`SELECT event_type, envelope FROM outbox WHERE envelope ->> 'jongereId' = $1 ORDER BY created_at, id`, [jongereId]);

/** 4 lesuren ongeoorloofd on Monday 1 … Thursday 4 September 2025 (Testschool, all lesdagen): 16 on the 4th. */
const zestienUur = (persoonsnummer: string): Absentie[] =>
  ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04'].map((datum) => ({ persoonsnummer, datum, ongeoorloofd: 4 }));

describe('registreer absenties → 16 uur in 4 lesweken (use case against the real database)', () => {
  it('files one melding for the leerplicht of the woongemeente when 16 hours are reached, with its signal in the outbox', async () => {
    const { persoonsnummer, jongereId } = await registreer({ woongemeente: 'GM0014' });
    const resultaat = await absenties(zestienUur(persoonsnummer));
    expect(resultaat.verwerkt).toBe(4);
    expect(resultaat.meldingen.nieuw).toHaveLength(1);

    expect(await meldingen(jongereId)).toEqual([
      expect.objectContaining({
        soort: 'zestien-uur',
        startdatum: '2025-09-01',
        einddatum: '2025-09-04',
        uren_gemist: 1600,
        ontvanger: 'leerplichtambtenaar',
        status: 'geregistreerd',
      }),
    ]);
    const [event] = await events(jongereId);
    expect(event.event_type).toBe('verzuim.melding.voor-leerplicht');
    expect(event.envelope.context).toEqual({ woongemeente: 'GM0014', rmcRegio: 'MC03', brin: '99ZZ', schooljaar: '2025-2026', minderjarig: true });
    expect(event.envelope.payload).toMatchObject({
      signaalId: resultaat.meldingen.nieuw[0],
      soort: 'zestien-uur',
      startdatum: '2025-09-01',
      einddatum: '2025-09-04',
      urenGemist: 16,
    });
    // Pseudonymous: the persoonsnummer is nowhere in what was stored or published.
    expect(JSON.stringify(await context.dataSource.query('SELECT * FROM outbox'))).not.toContain(persoonsnummer);
    expect(JSON.stringify(await context.dataSource.query('SELECT * FROM leerling'))).not.toContain(persoonsnummer);
  });

  it('15.5 hours in the window files nothing', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    const records = zestienUur(persoonsnummer);
    records[3] = { ...records[3], ongeoorloofd: 3.5 };
    expect((await absenties(records)).meldingen.nieuw).toEqual([]);
    expect(await meldingen(jongereId)).toEqual([]);
  });

  it('the same records sent again change nothing: one melding, one event', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    await absenties(zestienUur(persoonsnummer));
    const opnieuw = await absenties(zestienUur(persoonsnummer));
    expect(opnieuw.meldingen).toEqual({ nieuw: [], vervallen: [], gewijzigd: [] });
    expect(await meldingen(jongereId)).toHaveLength(1);
    expect(await events(jongereId)).toHaveLength(1);
  });

  it('a correction that withdraws the hour that crossed the threshold withdraws the melding; restoring it files a new one', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    const { meldingen: eerst } = await absenties(zestienUur(persoonsnummer));
    const correctie = await absenties([{ persoonsnummer, datum: '2025-09-04', ongeoorloofd: 0 }]);
    expect(correctie.meldingen).toEqual({ nieuw: [], vervallen: eerst.nieuw, gewijzigd: [] });
    expect((await meldingen(jongereId)).map((m) => m.status)).toEqual(['ingetrokken']);
    expect((await events(jongereId)).map((e) => e.event_type)).toEqual(['verzuim.melding.voor-leerplicht', 'verzuim.melding.ingetrokken']);
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM absentie WHERE jongere_id = $1', [jongereId])).toEqual([{ n: 3 }]);

    const hersteld = await absenties([{ persoonsnummer, datum: '2025-09-05', ongeoorloofd: 4 }]);
    expect(hersteld.meldingen.nieuw).toHaveLength(1);
    expect((await meldingen(jongereId)).map((m) => [m.status, m.einddatum])).toEqual([
      ['ingetrokken', '2025-09-04'],
      ['geregistreerd', '2025-09-05'],
    ]);
  });

  it('a correction that moves the end updates the standing melding', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    await absenties([...zestienUur(persoonsnummer), { persoonsnummer, datum: '2025-09-05', ongeoorloofd: 2 }]);
    const correctie = await absenties([{ persoonsnummer, datum: '2025-09-04', ongeoorloofd: 2 }]);
    expect(correctie.meldingen.gewijzigd).toHaveLength(1);
    expect(await meldingen(jongereId)).toEqual([
      expect.objectContaining({ startdatum: '2025-09-01', einddatum: '2025-09-05', uren_gemist: 1600, status: 'geregistreerd' }),
    ]);
  });

  it('a day the school later makes free no longer counts, and does not block the next intake', async () => {
    const anderSchool = context.claims({ type: 'vo-school', code: '97XX' });
    const zet = (vrijeDagen: string[]) =>
      context.app.get(ZetKalender).execute({
        input: { schooljaar: '2025-2026', kalender: { ...VerzuimFixture.kalender('2025-2026'), vrijeDagen } },
        actor: anderSchool,
        correlationId: 'c',
      });
    await zet([]);
    const leerling = fixture.leerling();
    const { leerlingIds } = await context.app
      .get(RegistreerLeerlingen)
      .execute({ input: { leerlingen: [leerling] }, actor: anderSchool, correlationId: 'c' });
    const intake = (absenties: Absentie[]) =>
      context.app.get(RegistreerAbsenties).execute({ input: { absenties }, actor: anderSchool, correlationId: 'c' });
    await intake([{ persoonsnummer: leerling.persoonsnummer, datum: '2025-09-01', ongeoorloofd: 4 }]);
    await zet(['2025-09-01']);
    const verder = await intake(
      ['2025-09-02', '2025-09-03', '2025-09-04'].map((datum) => ({ persoonsnummer: leerling.persoonsnummer, datum, ongeoorloofd: 4 })),
    );
    expect(verder.meldingen.nieuw).toEqual([]);
    expect((await intake([{ persoonsnummer: leerling.persoonsnummer, datum: '2025-09-05', ongeoorloofd: 4 }])).meldingen.nieuw).toHaveLength(1);
    expect(await meldingen(leerlingIds[0])).toEqual([expect.objectContaining({ startdatum: '2025-09-02', einddatum: '2025-09-05' })]);
  });

  it('a 19-year-old without startkwalificatie absent for weeks: RMC-verzuim for the RMC of the woonregio', async () => {
    const { persoonsnummer, jongereId } = await registreer({ geboortedatum: '2006-05-01', woongemeente: 'GM0363', onderwijstype: 'mbo' });
    const dagen: Absentie[] = [];
    for (let d = new Date('2025-09-01T00:00:00Z'); d <= new Date('2025-10-03T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6)
        dagen.push({ persoonsnummer, datum: d.toISOString().slice(0, 10), ongeoorloofd: 6, alleLessenGemist: true });
    }
    await absenties(dagen);
    const gemeld = await meldingen(jongereId);
    expect(gemeld.map((m) => [m.soort, m.ontvanger])).toEqual([['rmc', 'rmc']]);
    const [event] = await events(jongereId);
    expect(event.event_type).toBe('verzuim.melding.voor-rmc');
    expect(event.envelope.context).toMatchObject({ woongemeente: 'GM0363', minderjarig: false });
  });

  it("a school's settings: 16 uur also for the RMC group (not mandatory), RMC-verzuim after one week", async () => {
    const mbo = context.claims({ type: 'mbo-instelling', code: '96WW' });
    await context.app
      .get(ZetKalender)
      .execute({ input: { schooljaar: '2025-2026', kalender: VerzuimFixture.kalender('2025-2026') }, actor: mbo, correlationId: 'c' });
    await context.app
      .get(ZetInstellingen)
      .execute({ input: { rmcPeriodeWeken: 1, zestienUurVoorRmcDoelgroep: true }, actor: mbo, correlationId: 'c' });
    const leerling = fixture.leerling({ geboortedatum: '2006-05-01', onderwijstype: 'mbo' });
    const { leerlingIds } = await context.app
      .get(RegistreerLeerlingen)
      .execute({ input: { leerlingen: [leerling] }, actor: mbo, correlationId: 'c' });
    const dagen = ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05'];
    await context.app.get(RegistreerAbsenties).execute({
      input: { absenties: dagen.map((datum) => ({ persoonsnummer: leerling.persoonsnummer, datum, ongeoorloofd: 6, alleLessenGemist: true })) },
      actor: mbo,
      correlationId: 'c',
    });
    const gemeld: Array<{ soort: string; ontvanger: string; verplicht: boolean }> = await context.dataSource.query(
      'SELECT soort, ontvanger, verplicht FROM verzuimmelding WHERE jongere_id = $1 ORDER BY soort',
      [leerlingIds[0]],
    );
    expect(gemeld).toEqual([
      { soort: 'rmc', ontvanger: 'rmc', verplicht: true },
      { soort: 'zestien-uur', ontvanger: 'rmc', verplicht: false },
    ]);
    expect((await events(leerlingIds[0])).map((e) => e.event_type)).toEqual(['verzuim.melding.voor-rmc', 'verzuim.melding.voor-rmc']);
    await expect(
      context.app.get(ZetInstellingen).execute({ input: { rmcPeriodeWeken: 5, zestienUurVoorRmcDoelgroep: false }, actor: mbo, correlationId: 'c' }),
    ).rejects.toMatchObject({
      code: 'instelling.ongeldig',
    });
  });

  it('refuses a batch with an unknown student and a day without lessons, naming each, and stores nothing', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    const fout = await absenties([
      { persoonsnummer, datum: '2025-09-01', ongeoorloofd: 4 },
      { persoonsnummer: fixture.bsn(), datum: '2025-09-01', ongeoorloofd: 4 },
      { persoonsnummer, datum: '2025-10-20', ongeoorloofd: 4 },
    ]).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(DomainError);
    expect((fout as DomainError).issues.map((i) => [i.field, i.rule])).toEqual([
      ['absenties[1].persoonsnummer', 'leerling.geregistreerd'],
      ['absenties[2].datum', 'lesdag'],
    ]);
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM absentie WHERE jongere_id = $1', [jongereId])).toEqual([{ n: 0 }]);
  });

  it('another school does not know the student: refused, nothing stored; without a calendar it is refused before that', async () => {
    const { persoonsnummer, jongereId } = await registreer();
    const ander = context.claims({ type: 'vo-school', code: '98YY' });
    const absentie = { input: { absenties: [{ persoonsnummer, datum: '2025-09-01', ongeoorloofd: 1 }] }, actor: ander, correlationId: 'c' };
    await expect(context.app.get(RegistreerAbsenties).execute(absentie)).rejects.toMatchObject({ code: 'kalender.ontbreekt' });
    await context.app
      .get(ZetKalender)
      .execute({ input: { schooljaar: '2025-2026', kalender: VerzuimFixture.kalender('2025-2026') }, actor: ander, correlationId: 'c' });
    const fout = await context.app
      .get(RegistreerAbsenties)
      .execute(absentie)
      .catch((e: unknown) => e);
    expect(fout).toMatchObject({
      code: 'absentie.ongeldig',
      issues: [expect.objectContaining({ field: 'absenties[0].persoonsnummer', rule: 'leerling.geregistreerd' })],
    });
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM absentie WHERE jongere_id = $1', [jongereId])).toEqual([{ n: 0 }]);
  });
});
