import { bsaResultaatSchema, switchResultaatSchema, uitschrijvingResultaatSchema } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { overstapEnvSchema } from '../../../config/overstap-env';
import { DEADLINES_WERK } from '../../../deadlines/jobs/vuur-deadlines.job';
import { DienDossierIn } from '../../../dossiers/commands/dien-dossier-in/dien-dossier-in';
import { OverstapFixture } from '../../../shared/testing/overstap.fixture';
import { MeldBsa } from '../meld-bsa/meld-bsa';
import { MeldSwitch } from '../meld-switch/meld-switch';
import { RegistreerInschrijving } from '../registreer-inschrijving/registreer-inschrijving';
import { MeldUitschrijving } from './meld-uitschrijving';

const fixture = new OverstapFixture(31);
let context: ServiceTestContext;

beforeAll(async () => {
  // The demo starts in the school year the students left VO: dates of the mbo year lie ahead of the system clock.
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
  await context.app.get(DemoClock).jumpTo(new Date('2027-10-20T12:00:00+02:00'));
});

afterAll(() => context?.close());

const mbo = (code = '25LP') => context.claims({ type: 'mbo-instelling', code }, ['intaker']);
const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);
type Envelope = { jongereId: string; context: Record<string, unknown>; payload: Record<string, unknown> };
const events = (type: string, jongereId: string) =>
  query<{ envelope: Envelope }>(`SELECT envelope FROM outbox WHERE event_type = $1 AND envelope ->> 'jongereId' = $2 ORDER BY id`, [
    type,
    jongereId,
  ]).then((rows) => rows.map((row) => row.envelope));
/**
 * The student's signals of the inschrijvingen rules. The cohort deadlines of 2026-2027 are due on this clock too, and
 * the sweeper's own wake-ups fire them whenever they come: their signals are not this file's business.
 */
const signalen = (jongereId: string) =>
  query<{ regel: string }>(
    `SELECT regel FROM signaal WHERE jongere_id = $1 AND regel IN ('uitschrijving-zonder-startkwalificatie', 'negatief-bsa', 'geen-herinschrijving') ORDER BY regel`,
    [jongereId],
  ).then((rows) => rows.map((row) => row.regel));
const deadlines = (jongereId: string) =>
  query<{ regel: string; due_at: Date; fired_at: Date | null }>('SELECT regel, due_at, fired_at FROM deadline WHERE jongere_id = $1', [jongereId]);
const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

/** A student with a dossier, enrolled at 25LP from 30 August 2027; answers the inschrijving and the jongereId. */
async function ingeschreven(persoonsnummer = fixture.bsn()) {
  await context.app.get(DienDossierIn).execute({
    input: { dossiers: [fixture.dossier({ persoonsnummer })] },
    actor: context.claims({ type: 'vo-school', code: '00AH' }),
    correlationId: 'dossier',
  });
  const { inschrijvingId } = await context.app.get(RegistreerInschrijving).execute({
    input: { persoonsnummer, schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '25LP00', ingeschrevenPer: '2027-08-30' },
    actor: mbo(),
    correlationId: 'inschrijving',
  });
  const [{ jongere_id: jongereId }] = await query<{ jongere_id: string }>('SELECT jongere_id FROM inschrijving WHERE id = $1', [inschrijvingId]);
  return { persoonsnummer, inschrijvingId, jongereId };
}

/** The student uitgeschreven in the first test (window left open) and the one whose window a re-enrolment closed. */
let eersteUitgeschreven = '';
let gesloten = '';
/** Students of the routing tests whose window stays open too. */
const ookOpen: string[] = [];

const uitschrijving = { uitgeschrevenPer: '2027-10-20', reden: 3, geboortedatum: '2009-05-12', startkwalificatie: false };

describe('inschrijvingen, uitschrijvingen and the re-enrolment deadline (use cases against the real database)', () => {
  it('signals an uitschrijving without startkwalificatie at once and opens the re-enrolment window', async () => {
    const { inschrijvingId, jongereId } = await ingeschreven();
    const resultaat = uitschrijvingResultaatSchema.parse(
      await context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, inschrijvingId }, actor: mbo(), correlationId: 'u-1' }),
    );
    expect(resultaat).toEqual({ inschrijvingId, signaal: true, herinschrijvingUiterlijk: '2027-11-17' });
    expect(await query('SELECT status, uitgeschreven_per::text, uitschrijfreden FROM inschrijving WHERE id = $1', [inschrijvingId])).toEqual([
      { status: 'uitgeschreven', uitgeschreven_per: '2027-10-20', uitschrijfreden: 3 },
    ]);
    expect(await signalen(jongereId)).toEqual(['uitschrijving-zonder-startkwalificatie']);
    const [signaal] = await events('overstap.signaal.uitschrijving-zonder-startkwalificatie', jongereId);
    expect(signaal.payload).toMatchObject({
      inschrijvingId,
      mboBrin: '25LP',
      uitgeschrevenPer: '2027-10-20',
      reden: 3,
      herinschrijvingUiterlijk: '2027-11-17',
    });
    // Born 12 May 2009: 18 by now, so leerplicht is not told.
    expect(signaal.context).toMatchObject({ woongemeente: 'GM0014', rmcRegio: 'MC03', minderjarig: false });
    eersteUitgeschreven = jongereId;
    const beeindigd = await events('overstap.inschrijving.beeindigd', jongereId);
    expect(beeindigd).toHaveLength(1);
    // What statistical VSV needs (v2, ADR 0023): the startkwalificatie as the mbo stated it and, instead of the date of
    // birth, the last 1 October before the 23rd birthday (12 May 2032).
    expect(beeindigd[0].payload).toEqual({
      inschrijvingId,
      schooljaar: '2026-2027',
      mboBrin: '25LP',
      soort: 'uitschrijving',
      per: '2027-10-20',
      reden: 3,
      startkwalificatie: false,
      laatsteTeldatumOnder23: '2031-10-01',
    });
    expect(JSON.stringify(beeindigd[0])).not.toContain('2009-05-12');
    // The inschrijving's event has it from the dossier's date of birth.
    const [geregistreerd] = await events('overstap.inschrijving.geregistreerd', jongereId);
    expect(geregistreerd.payload).toMatchObject({ inschrijvingId, laatsteTeldatumOnder23: '2031-10-01' });
    expect(JSON.stringify(geregistreerd)).not.toContain('2009-05-12');
    expect(await deadlines(jongereId)).toEqual([{ regel: 'geen-herinschrijving', due_at: new Date('2027-11-17T22:59:59.999Z'), fired_at: null }]);

    const nogmaals = await refusal(
      context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, inschrijvingId }, actor: mbo(), correlationId: 'u-2' }),
    );
    expect(nogmaals.code).toBe('inschrijving.beeindigd');
  });

  it('routes the signal of a student without dossier by the woongemeente the mbo gave, and carries none when nobody knows it', async () => {
    const inschrijven = async (woongemeente?: string) => {
      const { inschrijvingId } = await context.app.get(RegistreerInschrijving).execute({
        input: {
          persoonsnummer: fixture.bsn(),
          schooljaar: '2026-2027',
          crebo: '25180',
          niveau: 2,
          locatie: '25LP00',
          ingeschrevenPer: '2027-08-30',
          woongemeente,
        },
        actor: mbo(),
        correlationId: 'zonder-dossier',
      });
      const [{ jongere_id: jongereId }] = await query<{ jongere_id: string }>('SELECT jongere_id FROM inschrijving WHERE id = $1', [inschrijvingId]);
      ookOpen.push(jongereId);
      return { inschrijvingId, jongereId };
    };
    const meld = (inschrijvingId: string, woongemeente?: string) =>
      context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, inschrijvingId, woongemeente }, actor: mbo(), correlationId: 'u-zd' });
    const contextVan = async (jongereId: string) => (await events('overstap.signaal.uitschrijving-zonder-startkwalificatie', jongereId))[0].context;

    const bekend = await inschrijven('GM0363');
    expect((await events('overstap.inschrijving.geregistreerd', bekend.jongereId))[0].context).toEqual({
      schooljaar: '2026-2027',
      woongemeente: 'GM0363',
      rmcRegio: 'MC21',
    });
    await meld(bekend.inschrijvingId);
    expect(await contextVan(bekend.jongereId)).toEqual({ schooljaar: '2026-2027', woongemeente: 'GM0363', rmcRegio: 'MC21', minderjarig: false });

    // Given only on the uitschrijving: it routes the signal, and later signals (geen-herinschrijving) find it too.
    const opUitschrijving = await inschrijven();
    await meld(opUitschrijving.inschrijvingId, 'GM0014');
    expect(await contextVan(opUitschrijving.jongereId)).toMatchObject({ woongemeente: 'GM0014', rmcRegio: 'MC03' });
    expect(await query('SELECT woongemeente FROM inschrijving WHERE id = $1', [opUitschrijving.inschrijvingId])).toEqual([
      { woongemeente: 'GM0014' },
    ]);

    const onbekend = await inschrijven();
    await meld(onbekend.inschrijvingId);
    expect(await contextVan(onbekend.jongereId)).toEqual({ schooljaar: '2026-2027', minderjarig: false });
  });

  it('prefers the woongemeente the mbo gave over the dossier of the VO school', async () => {
    const { inschrijvingId, jongereId } = await ingeschreven();
    ookOpen.push(jongereId);
    await context.app
      .get(MeldUitschrijving)
      .execute({ input: { ...uitschrijving, inschrijvingId, woongemeente: 'GM0363' }, actor: mbo(), correlationId: 'u-v' });
    const [signaal] = await events('overstap.signaal.uitschrijving-zonder-startkwalificatie', jongereId);
    expect(signaal.context).toMatchObject({ woongemeente: 'GM0363', rmcRegio: 'MC21', brin: '00AH' });
  });

  it('does not signal a student with a startkwalificatie, and refuses an uitschrijving before the inschrijving or in the future', async () => {
    const { inschrijvingId, jongereId } = await ingeschreven();
    const meld = (input: Partial<typeof uitschrijving>) =>
      context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, ...input, inschrijvingId }, actor: mbo(), correlationId: 'u-3' });
    expect((await refusal(meld({ uitgeschrevenPer: '2027-08-01' }))).issues).toEqual([
      { field: 'uitgeschrevenPer', rule: 'na-inschrijving', message: 'op of na 2027-08-30' },
    ]);
    expect((await refusal(meld({ uitgeschrevenPer: '2027-12-01' }))).issues[0].rule).toBe('niet-in-de-toekomst');
    expect(await meld({ startkwalificatie: true })).toEqual({ inschrijvingId, signaal: false });
    expect(await signalen(jongereId)).toEqual([]);
    expect(await deadlines(jongereId)).toEqual([]);
    expect(
      (
        await refusal(
          context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, inschrijvingId }, actor: mbo('01XY'), correlationId: 'u-4' }),
        )
      ).code,
    ).toBe('inschrijving.niet-gevonden');
  });

  it('closes the window with a re-enrolment within it: the deadline never fires', async () => {
    const { persoonsnummer, inschrijvingId, jongereId } = await ingeschreven();
    await context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, inschrijvingId }, actor: mbo(), correlationId: 'u-5' });
    await context.app.get(RegistreerInschrijving).execute({
      input: { persoonsnummer, schooljaar: '2026-2027', crebo: '25181', niveau: 3, locatie: '25LP01', ingeschrevenPer: '2027-11-10' },
      actor: mbo(),
      correlationId: 'herinschrijving',
    });
    const [deadline] = await deadlines(jongereId);
    expect(deadline.fired_at).not.toBeNull();
    gesloten = jongereId;
  });

  it('a switch ends the old inschrijving and starts a new one', async () => {
    const { inschrijvingId, jongereId } = await ingeschreven();
    const resultaat = switchResultaatSchema.parse(
      await context.app
        .get(MeldSwitch)
        .execute({ input: { crebo: '25181', niveau: 3, locatie: '25LP01', per: '2027-10-01', inschrijvingId }, actor: mbo(), correlationId: 's-1' }),
    );
    expect(resultaat.switchVan).toBe(inschrijvingId);
    expect(await query('SELECT status FROM inschrijving WHERE jongere_id = $1 ORDER BY ingeschreven_per', [jongereId])).toEqual([
      { status: 'geswitcht' },
      { status: 'ingeschreven' },
    ]);
    const [geregistreerd] = (await events('overstap.inschrijving.geregistreerd', jongereId)).slice(-1);
    expect(geregistreerd.payload).toMatchObject({
      inschrijvingId: resultaat.inschrijvingId,
      switchVan: inschrijvingId,
      ingeschrevenPer: '2027-10-01',
    });
    expect((await events('overstap.inschrijving.beeindigd', jongereId)).map((event) => event.payload.soort)).toEqual(['switch']);
  });

  it('signals a negative bindend studieadvies once per student and schooljaar', async () => {
    const { inschrijvingId, jongereId } = await ingeschreven();
    const meldBsa = context.app.get(MeldBsa);
    expect(
      bsaResultaatSchema.parse(
        await meldBsa.execute({ input: { negatief: false, gegevenOp: '2027-10-15', inschrijvingId }, actor: mbo(), correlationId: 'b-1' }),
      ),
    ).toEqual({
      inschrijvingId,
      signaal: false,
    });
    expect(await meldBsa.execute({ input: { negatief: true, gegevenOp: '2027-10-16', inschrijvingId }, actor: mbo(), correlationId: 'b-2' })).toEqual(
      { inschrijvingId, signaal: true },
    );
    expect(await meldBsa.execute({ input: { negatief: true, gegevenOp: '2027-10-17', inschrijvingId }, actor: mbo(), correlationId: 'b-3' })).toEqual(
      { inschrijvingId, signaal: false },
    );
    expect(await query('SELECT count(*)::int AS n FROM bsa WHERE inschrijving_id = $1', [inschrijvingId])).toEqual([{ n: 3 }]);
    expect(await signalen(jongereId)).toEqual(['negatief-bsa']);
    expect(await events('overstap.signaal.negatief-bsa', jongereId)).toHaveLength(1);
  });

  it('signals "geen herinschrijving" at the end of an open window, once, through the sweeper', async () => {
    const { persoonsnummer, inschrijvingId, jongereId } = await ingeschreven();
    await context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, inschrijvingId }, actor: mbo(), correlationId: 'u-6' });
    // An inschrijving that starts after the window does not close it.
    await context.app.get(RegistreerInschrijving).execute({
      input: { persoonsnummer, schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '25LP00', ingeschrevenPer: '2027-12-01' },
      actor: mbo(),
      correlationId: 'later',
    });
    await context.app.get(DemoClock).jumpTo(new Date('2027-11-18T09:00:00+01:00'));
    const sweeper = context.app.get(DueWorkSweeper);
    await sweeper.sweep(DEADLINES_WERK);
    expect(await signalen(jongereId)).toEqual(['geen-herinschrijving', 'uitschrijving-zonder-startkwalificatie']);
    const [signaal] = await events('overstap.deadline.geen-herinschrijving', jongereId);
    expect(signaal.payload).toMatchObject({ schooljaar: '2026-2027', uitgeschrevenPer: '2027-10-20', termijnWeken: 4 });
    expect(signaal.context).toMatchObject({ woongemeente: 'GM0014', rmcRegio: 'MC03' });
    expect((await deadlines(jongereId))[0].fired_at).not.toBeNull();

    expect(await signalen(gesloten)).toEqual(['uitschrijving-zonder-startkwalificatie']);

    await sweeper.sweep(DEADLINES_WERK);
    expect(await events('overstap.deadline.geen-herinschrijving', jongereId)).toHaveLength(1);
    const gesignaleerd = await query<{ jongere_id: string }>(`SELECT jongere_id FROM signaal WHERE regel = 'geen-herinschrijving'`);
    expect(gesignaleerd.map((rij) => rij.jongere_id).sort()).toEqual([eersteUitgeschreven, jongereId, ...ookOpen].sort());
  });

  it('signals each uitschrijving without startkwalificatie and each negative BSA on its own: a second dropout years later raises a second signal and window', async () => {
    await context.app.get(DemoClock).jumpTo(new Date('2027-10-20T12:00:00+02:00'));
    const { persoonsnummer, inschrijvingId: eerste, jongereId } = await ingeschreven();
    const meldBsa = context.app.get(MeldBsa);
    await meldBsa.execute({ input: { negatief: true, gegevenOp: '2027-10-16', inschrijvingId: eerste }, actor: mbo(), correlationId: 'bsa-1' });
    await context.app.get(MeldUitschrijving).execute({ input: { ...uitschrijving, inschrijvingId: eerste }, actor: mbo(), correlationId: 'u-1e' });
    const { inschrijvingId: tweede } = await context.app.get(RegistreerInschrijving).execute({
      input: { persoonsnummer, schooljaar: '2026-2027', crebo: '25181', niveau: 3, locatie: '25LP01', ingeschrevenPer: '2027-11-01' },
      actor: mbo(),
      correlationId: 'herinschrijving',
    });

    // Fifteen months later, in another programme: a negative BSA and a second dropout.
    await context.app.get(DemoClock).jumpTo(new Date('2029-02-01T12:00:00+01:00'));
    expect(
      await meldBsa.execute({ input: { negatief: true, gegevenOp: '2029-01-20', inschrijvingId: tweede }, actor: mbo(), correlationId: 'bsa-2' }),
    ).toEqual({
      inschrijvingId: tweede,
      signaal: true,
    });
    const resultaat = await context.app.get(MeldUitschrijving).execute({
      input: { ...uitschrijving, uitgeschrevenPer: '2029-01-25', inschrijvingId: tweede },
      actor: mbo(),
      correlationId: 'u-2e',
    });
    expect(resultaat).toEqual({ inschrijvingId: tweede, signaal: true, herinschrijvingUiterlijk: '2029-02-22' });
    const rijen = await query<{ regel: string; aanleiding: string }>(
      `SELECT regel, aanleiding FROM signaal WHERE jongere_id = $1 AND regel IN ('uitschrijving-zonder-startkwalificatie', 'negatief-bsa') ORDER BY regel, aangemaakt_op`,
      [jongereId],
    );
    expect(rijen).toEqual([
      { regel: 'negatief-bsa', aanleiding: eerste },
      { regel: 'negatief-bsa', aanleiding: tweede },
      { regel: 'uitschrijving-zonder-startkwalificatie', aanleiding: eerste },
      { regel: 'uitschrijving-zonder-startkwalificatie', aanleiding: tweede },
    ]);
    expect(await events('overstap.signaal.uitschrijving-zonder-startkwalificatie', jongereId)).toHaveLength(2);
    expect(await events('overstap.signaal.negatief-bsa', jongereId)).toHaveLength(2);
    // Two windows: the first closed by the re-enrolment, the second open until 22 February 2029.
    expect(await query('SELECT aanleiding, fired_at IS NOT NULL AS dicht FROM deadline WHERE jongere_id = $1 ORDER BY due_at', [jongereId])).toEqual([
      { aanleiding: eerste, dicht: true },
      { aanleiding: tweede, dicht: false },
    ]);
    await context.app.get(DemoClock).jumpTo(new Date('2029-02-23T09:00:00+01:00'));
    await context.app.get(DueWorkSweeper).sweep(DEADLINES_WERK);
    expect(await events('overstap.deadline.geen-herinschrijving', jongereId)).toHaveLength(1);
  });
});
