import { Claims } from '@sluitend/auth';
import { DomainError, generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { ZoekMeldingen } from '../../queries/meldingen/zoek-meldingen';
import { LeesMelding } from '../../queries/melding/lees-melding';
import { DoeMelding } from '../doe-melding/doe-melding';
import { ZetMeldingStap } from './zet-melding-stap';

let context: ServiceTestContext;
let school: Claims;
let leerplicht: Claims;
const rng = mulberry32(1402);

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '99ZZ' });
  leerplicht = context.claims({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']);
});

afterAll(() => context?.close());

/** A hand-made melding (luxe verzuim) for a 14-year-old living in GM0014. */
async function melding(): Promise<string> {
  const persoonsnummer = generateTestBsn(rng);
  await context.app.get(RegistreerLeerlingen).execute({
    input: {
      leerlingen: [{ persoonsnummer, geboortedatum: '2011-03-01', woongemeente: 'GM0014', onderwijstype: 'havo', ingeschrevenPer: '2025-08-25' }],
    },
    actor: school,
    correlationId: 'c',
  });
  const { meldingId } = await context.app.get(DoeMelding).execute({
    input: {
      persoonsnummer,
      soort: 'luxe',
      startdatum: '2025-10-13',
      einddatum: '2025-10-17',
      dagenGemist: 5,
      vermoedelijkeReden: 'vakantie verlengd',
    },
    actor: school,
    correlationId: 'c',
  });
  return meldingId;
}

const stap = (meldingId: string, actor: Claims, input: Parameters<ZetMeldingStap['execute']>[0]['input']['stap']) =>
  context.app.get(ZetMeldingStap).execute({ input: { meldingId, stap: input }, actor, correlationId: 'c' });

describe('a melding by hand, its lifecycle and MAS (use cases against the real database)', () => {
  it('a hand-made melding goes to the leerplicht of the woongemeente with its signal, and is read in scope only', async () => {
    const meldingId = await melding();
    const [event] = await context.dataSource.query(`SELECT event_type, envelope FROM outbox WHERE envelope -> 'payload' ->> 'meldingId' = $1`, [
      meldingId,
    ]);
    expect(event.event_type).toBe('verzuim.melding.voor-leerplicht');
    expect(event.envelope.payload).toMatchObject({ soort: 'luxe', handmatig: true, verplicht: false });
    const zoek = (actor: Claims) => context.app.get(ZoekMeldingen).execute({ input: { limiet: 500 }, actor });
    expect((await zoek(leerplicht)).meldingen.map((m) => m.id)).toContain(meldingId);
    expect((await zoek(school)).meldingen.map((m) => m.id)).toContain(meldingId);
    expect((await zoek(context.claims({ type: 'gemeente', code: 'GM0363' }, ['leerplichtambtenaar']))).meldingen.map((m) => m.id)).not.toContain(
      meldingId,
    );
    expect((await zoek(context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']))).meldingen.map((m) => m.id)).not.toContain(
      meldingId,
    );
    await expect(
      context.app.get(LeesMelding).execute({ input: { meldingId }, actor: context.claims({ type: 'vo-school', code: '98YY' }) }),
    ).rejects.toMatchObject({
      code: 'melding.niet-gevonden',
    });
    // Every read is logged (AVG): who, for which organisation, which meldingen; the refused read is not.
    await context.app.get(LeesMelding).execute({ input: { meldingId }, actor: leerplicht });
    const inzage: Array<{ gebruiker: string; organisatie: string }> = await context.dataSource.query(
      'SELECT gebruiker, organisatie FROM melding_inzage WHERE $1::uuid = ANY(melding_ids) ORDER BY id',
      [meldingId],
    );
    expect(inzage).toEqual([
      { gebruiker: 'test-GM0014', organisatie: 'gemeente:GM0014' },
      { gebruiker: 'test-99ZZ', organisatie: 'vo-school:99ZZ' },
      { gebruiker: 'test-GM0014', organisatie: 'gemeente:GM0014' },
    ]);
  });

  it('in behandeling → MAS phases and a route → afgesloten with a DUO reason; each step with who and when', async () => {
    const meldingId = await melding();
    await stap(meldingId, leerplicht, { actie: 'in-behandeling-nemen', fase: 'waarnemen' });
    await stap(meldingId, leerplicht, { fase: 'analyseren' });
    await stap(meldingId, leerplicht, { fase: 'plannen', route: 'halt' });
    const afgesloten = await stap(meldingId, leerplicht, { actie: 'afsluiten', sluitreden: 'terug-naar-school', toelichting: 'weer op school' });
    expect(afgesloten).toMatchObject({ status: 'afgesloten', sluitreden: 'terug-naar-school', masFase: 'plannen', masRoute: 'halt' });
    expect(afgesloten.stappen.map((s) => [s.actie, s.naarStatus, s.fase, s.route, s.door.code])).toEqual([
      ['in-behandeling-nemen', 'in-behandeling', 'waarnemen', null, 'GM0014'],
      [null, null, 'analyseren', null, 'GM0014'],
      [null, null, 'plannen', 'halt', 'GM0014'],
      ['afsluiten', 'afgesloten', null, null, 'GM0014'],
    ]);
    // Exactly one status event per status change, in the outbox with the step (MAS-only steps publish none).
    const events: Array<{ event_type: string; envelope: { jongereId: string; occurredAt: string; context: object; payload: object } }> =
      await context.dataSource.query(
        `SELECT event_type, envelope FROM outbox WHERE event_type = 'verzuim.melding.status-gewijzigd' AND envelope -> 'payload' ->> 'meldingId' = $1 ORDER BY id`,
        [meldingId],
      );
    expect(events.map((e) => e.envelope.payload)).toEqual([
      {
        meldingId,
        soort: 'luxe',
        startdatum: '2025-10-13',
        brin: '99ZZ',
        actie: 'in-behandeling-nemen',
        vanStatus: 'geregistreerd',
        naarStatus: 'in-behandeling',
        sluitreden: null,
        masFase: 'waarnemen',
        masRoute: null,
        gewijzigdOp: afgesloten.stappen[0].op,
      },
      {
        meldingId,
        soort: 'luxe',
        startdatum: '2025-10-13',
        brin: '99ZZ',
        actie: 'afsluiten',
        vanStatus: 'in-behandeling',
        naarStatus: 'afgesloten',
        sluitreden: 'terug-naar-school',
        masFase: 'plannen',
        masRoute: 'halt',
        gewijzigdOp: afgesloten.stappen[3].op,
      },
    ]);
    const [registratie] = await context.dataSource.query(
      `SELECT envelope FROM outbox WHERE event_type = 'verzuim.melding.voor-leerplicht' AND envelope -> 'payload' ->> 'meldingId' = $1`,
      [meldingId],
    );
    expect(events[0].envelope.jongereId).toBe(registratie.envelope.jongereId);
    expect(events[0].envelope.context).toEqual({
      woongemeente: 'GM0014',
      brin: '99ZZ',
      schooljaar: '2025-2026',
      rmcRegio: registratie.envelope.payload.rmcRegio,
    });
    // Codes only: the closing note is in no event.
    expect(JSON.stringify(events)).not.toContain('weer op school');
  });

  it('refuses what the lifecycle does not allow, naming what is, and changes nothing', async () => {
    const meldingId = await melding();
    const fout = (await stap(meldingId, leerplicht, { actie: 'afsluiten', sluitreden: 'terug-naar-school' }).catch((e: unknown) => e)) as DomainError;
    expect(fout).toMatchObject({
      kind: 'conflict',
      code: 'melding.overgang-niet-toegestaan',
      details: { toegestaan: ['in-behandeling-nemen', 'ter-kennisgeving-aannemen'] },
    });
    await stap(meldingId, leerplicht, { actie: 'in-behandeling-nemen' });
    await expect(stap(meldingId, leerplicht, { actie: 'afsluiten' })).rejects.toMatchObject({ kind: 'ongeldig', code: 'melding.sluitreden-vereist' });
    await expect(stap(meldingId, leerplicht, { fase: 'plannen' })).rejects.toMatchObject({
      kind: 'conflict',
      code: 'melding.overgang-niet-toegestaan',
    });
    await expect(stap(meldingId, school, { actie: 'intrekken' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(stap(meldingId, school, { fase: 'waarnemen' })).rejects.toMatchObject({ kind: 'geen-toegang' });
    await expect(
      stap(meldingId, context.claims({ type: 'gemeente', code: 'GM0363' }, ['leerplichtambtenaar']), { actie: 'afsluiten' }),
    ).rejects.toMatchObject({
      kind: 'niet-gevonden',
    });
    const gelezen = await context.app.get(LeesMelding).execute({ input: { meldingId }, actor: school });
    expect(gelezen).toMatchObject({ status: 'in-behandeling', masFase: null, sluitreden: null });
    expect(gelezen.stappen).toHaveLength(1);
    // The refused steps stored no event: one for the one step taken.
    const [{ n }] = await context.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE event_type = 'verzuim.melding.status-gewijzigd' AND envelope -> 'payload' ->> 'meldingId' = $1`,
      [meldingId],
    );
    expect(n).toBe(1);
  });

  it('nothing half-stored: when the event cannot be stored, the step is not stored either', async () => {
    const meldingId = await melding();
    const append = jest.spyOn(context.app.get(OutboxWriter), 'append').mockRejectedValueOnce(new Error('outbox kapot'));
    await expect(stap(meldingId, leerplicht, { actie: 'in-behandeling-nemen' })).rejects.toThrow('outbox kapot');
    append.mockRestore();
    const gelezen = await context.app.get(LeesMelding).execute({ input: { meldingId }, actor: school });
    expect(gelezen).toMatchObject({ status: 'geregistreerd' });
    expect(gelezen.stappen).toEqual([]);
    expect(await stap(meldingId, leerplicht, { actie: 'in-behandeling-nemen' })).toMatchObject({ status: 'in-behandeling' });
  });

  it('the school withdraws a melding nobody handles yet', async () => {
    const meldingId = await melding();
    expect(await stap(meldingId, school, { actie: 'intrekken', toelichting: 'verkeerde leerling' })).toMatchObject({ status: 'ingetrokken' });
    const [event] = await context.dataSource.query(
      `SELECT envelope FROM outbox WHERE event_type = 'verzuim.melding.status-gewijzigd' AND envelope -> 'payload' ->> 'meldingId' = $1`,
      [meldingId],
    );
    expect(event.envelope.payload).toMatchObject({ actie: 'intrekken', vanStatus: 'geregistreerd', naarStatus: 'ingetrokken', sluitreden: null });
  });
});
