import { randomBytes } from 'node:crypto';
import { CLOCK, Clock } from '@sluitend/domain-nl';
import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { OpenCasus } from './casussen/commands/open-casus/open-casus';
import { LeesCasus } from './casussen/queries/casus/lees-casus';
import { trajectenEnvSchema } from './config/trajecten-env';
import { RegistreerScreening } from './screening/commands/registreer-screening/registreer-screening';
import { LeesScreenings } from './screening/queries/screenings/lees-screenings';
import { JOBS } from './shared/jobs';
import { LeesOverdrachten } from './overdrachten/queries/overdrachten/lees-overdrachten';
import { StelOverdrachtVoor } from './overdrachten/commands/stel-overdracht-voor/stel-overdracht-voor';
import { HandelOverdrachtAf } from './overdrachten/commands/handel-overdracht-af/handel-overdracht-af';

/**
 * Warm handovers and partner access (use cases against the real database): at the root of src because it crosses
 * overdrachten and screening (a partner works the case it holds).
 */
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'trajecten',
    envSchema: trajectenEnvSchema,
    module: (env) => AppModule.forEnv(env),
    env: { OVERDRACHT_WERKDAGEN: '3' },
  });
});

afterAll(() => context?.close());

const rmc = () => context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
const werkplein = () => context.claims({ type: 'partner', code: 'werkplein-drentsche-aa' }, ['partner']);
const lokaalTeam = () => context.claims({ type: 'partner', code: 'lokaal-team-assen' }, ['partner']);
const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);

const open = () =>
  context.app
    .get(OpenCasus)
    .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: rmc(), correlationId: 'c' });
const stelVoor = (casusId: string, actor = rmc()) =>
  context.app
    .get(StelOverdrachtVoor)
    .execute({ input: { casusId, naar: { type: 'partner', code: 'werkplein-drentsche-aa' }, route: 'arbeid' }, actor, correlationId: 'c' });
const handel = (casusId: string, overdrachtId: string, actor: ReturnType<typeof rmc>, extra: Record<string, unknown>) =>
  context.app.get(HandelOverdrachtAf).execute({ input: { casusId, overdrachtId, actie: 'accepteren', ...extra }, actor, correlationId: 'c' });
const events = (casusId: string, type: string) =>
  rows<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1 AND envelope -> 'payload' ->> 'casusId' = $2`, [type, casusId]);
const leesCasus = (casusId: string, actor: ReturnType<typeof rmc>) =>
  context.app.get(LeesCasus).execute({ input: { casusId }, actor, correlationId: 'c' });

describe('warm handover (use cases against the real database)', () => {
  it('the partner sees the proposal, accepts only after the warm talk, then holds the case; the events are pseudonymous', async () => {
    const casus = await open();
    const voorstel = await stelVoor(casus.id);
    expect(voorstel).toMatchObject({ status: 'voorgesteld', naar: { type: 'partner', code: 'werkplein-drentsche-aa' }, route: 'arbeid' });
    // The receiver looks at the proposal; another partner does not learn the case exists.
    const gezien = await context.app.get(LeesOverdrachten).execute({ input: { casusId: casus.id }, actor: werkplein(), correlationId: 'c' });
    expect(gezien.houder).toEqual({ type: 'rmc-regio', code: 'MC03' });
    await expect(
      context.app.get(LeesOverdrachten).execute({ input: { casusId: casus.id }, actor: lokaalTeam(), correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'casus.niet-gevonden' });

    await expect(handel(casus.id, voorstel.id, werkplein(), {})).rejects.toMatchObject({
      code: 'overdracht.ongeldig',
      issues: [expect.objectContaining({ field: 'gesprek', rule: 'gesprek.verplicht' })],
    });
    // The proposer cannot accept its own proposal.
    await expect(handel(casus.id, voorstel.id, rmc(), { gesprek: { vorm: 'telefonisch', op: new Date().toISOString() } })).rejects.toMatchObject({
      code: 'overdracht.overgang-niet-toegestaan',
    });
    const geaccepteerd = await handel(casus.id, voorstel.id, werkplein(), {
      gesprek: { vorm: 'persoonlijk', op: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(geaccepteerd).toMatchObject({ status: 'geaccepteerd', gesprek: { vorm: 'persoonlijk' } });
    expect(await events(casus.id, 'trajecten.casus.overgedragen')).toEqual([{ n: 1 }]);
    const [envelop] = await rows<{ envelope: { payload: Record<string, unknown>; jongereId: string } }>(
      `SELECT envelope FROM outbox WHERE event_type = 'trajecten.casus.overgedragen' AND envelope -> 'payload' ->> 'casusId' = $1`,
      [casus.id],
    );
    expect(Object.keys(envelop.envelope.payload).sort()).toEqual(
      ['casusId', 'geaccepteerdOp', 'gesprek', 'naar', 'overdrachtId', 'rmcRegio', 'route', 'van', 'voorgesteldOp'].sort(),
    );

    // Now the partner holds the case: it reads it and sees itself as the holder …
    const bijPartner = await context.app.get(LeesOverdrachten).execute({ input: { casusId: casus.id }, actor: werkplein(), correlationId: 'c' });
    expect(bijPartner.houder).toEqual({ type: 'partner', code: 'werkplein-drentsche-aa' });
    // … and works it: a screening, read back; another partner still does not see the case.
    const scores = {
      leefdomeinen: {
        school: 3,
        werk: 2,
        'inkomen-schulden': 2,
        huisvesting: 4,
        'gezondheid-psychisch': 3,
        'sociaal-netwerk': 4,
        verslaving: 5,
        justitie: 5,
        dagbesteding: 2,
      },
      vaardigheden: { leren: 3, school: 3, arbeid: 2, dagbesteding: 2 },
    };
    await context.app.get(RegistreerScreening).execute({ input: { casusId: casus.id, ...scores }, actor: werkplein(), correlationId: 'c' });
    const leesScreenings = (actor: ReturnType<typeof rmc>) =>
      context.app.get(LeesScreenings).execute({ input: { casusId: casus.id }, actor, correlationId: 'c' });
    expect((await leesScreenings(werkplein())).screenings.map((s) => s.door)).toEqual(['test-werkplein-drentsche-aa']);
    await expect(leesScreenings(lokaalTeam())).rejects.toMatchObject({ code: 'casus.niet-gevonden' });
    // … and once it hands the case back, it no longer sees it.
    await handel(casus.id, voorstel.id, werkplein(), { actie: 'teruggeven', reden: 'traject bij werkplein afgerond' });
    await expect(
      context.app.get(LeesOverdrachten).execute({ input: { casusId: casus.id }, actor: werkplein(), correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'casus.niet-gevonden' });
    await expect(leesScreenings(werkplein())).rejects.toMatchObject({ code: 'casus.niet-gevonden' });
    expect((await leesScreenings(rmc())).screenings).toHaveLength(1);
    expect(await events(casus.id, 'trajecten.casus.overdracht-beeindigd')).toEqual([{ n: 1 }]);
    expect((await leesCasus(casus.id, rmc())).historie.map((h) => h.actie)).toEqual(
      expect.arrayContaining(['overdracht-voorgesteld', 'overdracht-geaccepteerd', 'overdracht-teruggegeven']),
    );
  });

  it('one waiting proposal per case; only the holder proposes; a refusal needs a reason; nothing half-stored', async () => {
    const casus = await open();
    const voorstel = await stelVoor(casus.id);
    await expect(stelVoor(casus.id)).rejects.toMatchObject({ code: 'overdracht.loopt-al' });
    await expect(stelVoor(casus.id, werkplein())).rejects.toMatchObject({ code: 'casus.geen-toegang' });
    await expect(handel(casus.id, voorstel.id, werkplein(), { actie: 'weigeren' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'reden', rule: 'reden.verplicht' })],
    });
    expect(await rows('SELECT status FROM overdracht WHERE casus_id = $1', [casus.id])).toEqual([{ status: 'voorgesteld' }]);
  });

  it('a proposal not accepted within the working days escalates once, on the sweeper (demo clock)', async () => {
    const clock = context.app.get<Clock>(CLOCK);
    const casus = await open();
    const voorstel = await stelVoor(casus.id);
    const sweep = () => context.app.get(DueWorkSweeper).sweep(JOBS.overdrachtEscalatie);
    await sweep();
    expect(await events(casus.id, 'trajecten.casus.overdracht-geescaleerd')).toEqual([{ n: 0 }]);
    // 3 working days after the proposal (a Friday proposal escalates on Wednesday): at most 5 calendar days + holidays.
    await context.app.get(DemoClock).jumpTo(new Date(new Date(voorstel.escalatieOp).getTime() + 1000));
    expect(clock.now().getTime()).toBeGreaterThan(new Date(voorstel.escalatieOp).getTime());
    await sweep();
    await sweep();
    expect(await events(casus.id, 'trajecten.casus.overdracht-geescaleerd')).toEqual([{ n: 1 }]);
    expect(await rows('SELECT werkdagen, geescaleerd_op IS NOT NULL AS klaar FROM overdracht WHERE id = $1', [voorstel.id])).toEqual([
      { werkdagen: 3, klaar: true },
    ]);
  });
});
