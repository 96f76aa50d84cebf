import { randomBytes, randomUUID } from 'node:crypto';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { CasusSignaalEvent } from '../../domain/signaal-event';
import { ZetCasusRegels } from '../zet-casus-regels/zet-casus-regels';
import { VerwerkSignalen } from './verwerk-signalen';
import { VerwerkSignalenMessage } from './verwerk-signalen.message';

let context: ServiceTestContext;
let deliver: (events: CasusSignaalEvent[]) => Promise<unknown[]>;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
  const message = context.app.get(VerwerkSignalenMessage);
  deliver = (events) => deliverThroughInbox(context.app, events, (fresh, inbox) => message.dispatch(fresh as CasusSignaalEvent[], inbox));
});

afterAll(() => context?.close());

const nieuweJongere = () => randomBytes(32).toString('base64url');

const geenHerinschrijving = (jongereId: string, rmcRegio: string) =>
  parsedEvent(
    'overstap.deadline.geen-herinschrijving',
    { signaalId: randomUUID(), schooljaar: '2026-2027', uitgeschrevenPer: '2027-01-15', termijnWeken: 4 },
    { jongereId, context: { rmcRegio, woongemeente: 'GM0014' } },
  );
const uitschrijving = (jongereId: string, rmcRegio: string) =>
  parsedEvent(
    'overstap.signaal.uitschrijving-zonder-startkwalificatie',
    {
      signaalId: randomUUID(),
      schooljaar: '2026-2027',
      inschrijvingId: randomUUID(),
      mboBrin: '25LP',
      uitgeschrevenPer: '2027-01-15',
      reden: 3,
      herinschrijvingUiterlijk: '2027-02-12',
    },
    { jongereId, context: { rmcRegio, woongemeente: 'GM0014' } },
  );
const negatiefBsa = (jongereId: string, rmcRegio: string) =>
  parsedEvent(
    'overstap.signaal.negatief-bsa',
    { signaalId: randomUUID(), schooljaar: '2026-2027', inschrijvingId: randomUUID(), mboBrin: '25LP', gegevenOp: '2027-06-01' },
    { jongereId, context: { rmcRegio, woongemeente: 'GM0014' } },
  );

type CasusRij = { id: string; status: string; aanleiding: string };
const casussenVan = (jongereId: string, rmcRegio: string): Promise<CasusRij[]> =>
  context.dataSource.query('SELECT id, status, aanleiding FROM casus WHERE jongere_id = $1 AND rmc_regio = $2 ORDER BY geopend_op', [
    jongereId,
    rmcRegio,
  ]);
const signalenVan = (jongereId: string): Promise<Array<{ event_id: string; casus_id: string | null; besluit: string }>> =>
  context.dataSource.query('SELECT event_id, casus_id, besluit FROM casus_signaal WHERE jongere_id = $1 ORDER BY ontvangen_op, event_id', [
    jongereId,
  ]);
const outboxVan = (jongereId: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> =>
  context.dataSource.query(
    `SELECT event_type AS type, envelope -> 'payload' AS payload FROM outbox WHERE envelope ->> 'jongereId' = $1 ORDER BY created_at, event_type`,
    [jongereId],
  );

describe('signals → cases (use case through the inbox, real PostgreSQL)', () => {
  it('an opening signal opens one case in the woonregio, with its history and trajecten.casus.geopend', async () => {
    const jongere = nieuweJongere();
    const signaal = geenHerinschrijving(jongere, 'MC03');
    expect(await deliver([signaal])).toHaveLength(1);

    const [casus, ...meer] = await casussenVan(jongere, 'MC03');
    expect(meer).toEqual([]);
    expect(casus).toMatchObject({ status: 'aangemeld', aanleiding: 'signaal' });
    expect(await signalenVan(jongere)).toEqual([{ event_id: signaal.id, casus_id: casus.id, besluit: 'openen' }]);
    expect(await context.dataSource.query('SELECT actie, naar_status, door FROM casus_historie WHERE casus_id = $1 ORDER BY id', [casus.id])).toEqual(
      [
        { actie: 'geopend', naar_status: 'aangemeld', door: null },
        { actie: 'signaal-gekoppeld', naar_status: null, door: null },
      ],
    );
    const events = await outboxVan(jongere);
    expect(events.map((e) => e.type).sort()).toEqual(['trajecten.casus.geopend', 'trajecten.casus.signaal-gekoppeld']);
    expect(events.find((e) => e.type === 'trajecten.casus.geopend')?.payload).toMatchObject({
      casusId: casus.id,
      rmcRegio: 'MC03',
      aanleiding: 'signaal',
      signaalEventId: signaal.id,
      signaalSoort: 'geen-herinschrijving',
    });
  });

  it('a signal that only attaches opens nothing without a case, and attaches to the case a later signal opens', async () => {
    const jongere = nieuweJongere();
    const eerst = uitschrijving(jongere, 'MC03');
    await deliver([eerst]);
    expect(await casussenVan(jongere, 'MC03')).toEqual([]);
    expect(await signalenVan(jongere)).toEqual([{ event_id: eerst.id, casus_id: null, besluit: 'alleen-signaal' }]);

    const daarna = geenHerinschrijving(jongere, 'MC03');
    await deliver([daarna]);
    const [casus] = await casussenVan(jongere, 'MC03');
    const signalen = await signalenVan(jongere);
    expect(signalen.map((s) => s.casus_id)).toEqual([casus.id, casus.id]);
    const gekoppeld = (await outboxVan(jongere)).filter((e) => e.type === 'trajecten.casus.signaal-gekoppeld').map((e) => e.payload.signaalEventId);
    expect(gekoppeld.sort()).toEqual([eerst.id, daarna.id].sort());
  });

  it('one open case per person per region: later signals attach, in one batch and across batches; another region gets its own', async () => {
    const jongere = nieuweJongere();
    const opener = geenHerinschrijving(jongere, 'MC03');
    await deliver([opener, negatiefBsa(jongere, 'MC03'), uitschrijving(jongere, 'MC03')]);
    await deliver([negatiefBsa(jongere, 'MC03')]);
    await deliver([negatiefBsa(jongere, 'MC07')]);
    const [casus, ...meer] = await casussenVan(jongere, 'MC03');
    expect(meer).toEqual([]);
    const signalen = await signalenVan(jongere);
    const vanCasus = signalen.filter((s) => s.casus_id === casus.id);
    expect(vanCasus.map((s) => s.besluit).sort()).toEqual(['koppelen', 'koppelen', 'koppelen', 'openen']);
    expect(vanCasus.find((s) => s.besluit === 'openen')?.event_id).toBe(opener.id);
    expect(await casussenVan(jongere, 'MC07')).toHaveLength(1);
    expect((await outboxVan(jongere)).filter((e) => e.type === 'trajecten.casus.geopend')).toHaveLength(2);
  });

  it('the same event delivered twice, or the same signal re-sent under a new event id, is applied once', async () => {
    const jongere = nieuweJongere();
    const signaal = negatiefBsa(jongere, 'MC03');
    expect(await deliver([signaal])).toHaveLength(1);
    const tellen = () =>
      Promise.all([
        context.dataSource.query('SELECT count(*)::int AS n FROM casus'),
        context.dataSource.query('SELECT count(*)::int AS n FROM casus_signaal'),
        context.dataSource.query('SELECT count(*)::int AS n FROM casus_historie'),
        context.dataSource.query('SELECT count(*)::int AS n FROM outbox'),
      ]);
    const voor = await tellen();
    expect(await deliver([signaal])).toHaveLength(0);
    const opnieuw = { ...signaal, id: randomUUID() };
    expect(await context.app.get(VerwerkSignalen).execute({ input: { signalen: [opnieuw] }, correlationId: 'c' })).toEqual({
      geopend: 0,
      gekoppeld: 0,
      zonderCasus: 0,
      overgeslagen: 1,
    });
    expect(await tellen()).toEqual(voor);
    expect(await casussenVan(jongere, 'MC03')).toHaveLength(1);
  });

  it("follows the woonregio's rule table: a region may let an uitschrijving open a case, another keeps the default", async () => {
    const coordinator = context.claims({ type: 'rmc-regio', code: 'MC10' }, ['rmc-coordinator']);
    const overzicht = await context.app.get(ZetCasusRegels).execute({
      input: { rmcRegio: 'MC10', regels: [{ signaalSoort: 'uitschrijving-zonder-startkwalificatie', regel: 'opent' }] },
      actor: coordinator,
      correlationId: 'c',
    });
    expect(overzicht.regels.find((r) => r.signaalSoort === 'uitschrijving-zonder-startkwalificatie')).toEqual({
      signaalSoort: 'uitschrijving-zonder-startkwalificatie',
      regel: 'opent',
      bron: 'regio',
    });
    const jongere = nieuweJongere();
    await deliver([uitschrijving(jongere, 'MC10'), uitschrijving(jongere, 'MC11')]);
    expect(await casussenVan(jongere, 'MC10')).toHaveLength(1);
    expect(await casussenVan(jongere, 'MC11')).toEqual([]);
  });

  it('opened by hand, then a signal attaches; a second hand-opening is casus.al-open, also when two race (the unique index)', async () => {
    const jongere = nieuweJongere();
    const begeleider = context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
    const open = context.app.get(OpenCasus);
    const metHand = await open.execute({ input: { jongereId: jongere, aanleiding: 'jongere-zelf' }, actor: begeleider, correlationId: 'c' });
    expect(metHand).toMatchObject({ status: 'aangemeld', aanleiding: 'handmatig', handmatigeAanleiding: 'jongere-zelf', rmcRegio: 'MC03' });
    await deliver([geenHerinschrijving(jongere, 'MC03')]);
    expect((await signalenVan(jongere)).map((s) => [s.casus_id, s.besluit])).toEqual([[metHand.id, 'koppelen']]);
    await expect(open.execute({ input: { jongereId: jongere, aanleiding: 'school' }, actor: begeleider, correlationId: 'c' })).rejects.toMatchObject({
      code: 'casus.al-open',
      details: { casusId: metHand.id },
    });

    // A BSN and a jongereId that do not belong together are refused; nothing opens.
    await expect(
      open.execute({
        input: { persoonsnummer: '999605999', jongereId: nieuweJongere(), aanleiding: 'school' },
        actor: begeleider,
        correlationId: 'c',
      }),
    ).rejects.toMatchObject({ code: 'casus.persoon-ongelijk', issues: [expect.objectContaining({ field: 'jongereId' })] });

    const ander = nieuweJongere();
    const pogingen = await Promise.allSettled(
      [1, 2, 3].map(() => open.execute({ input: { jongereId: ander, aanleiding: 'partner' }, actor: begeleider, correlationId: 'c' })),
    );
    expect(pogingen.filter((p) => p.status === 'fulfilled')).toHaveLength(1);
    expect(pogingen.filter((p) => p.status === 'rejected').map((p) => (p as PromiseRejectedResult).reason.code)).toEqual([
      'casus.al-open',
      'casus.al-open',
    ]);
    expect(await casussenVan(ander, 'MC03')).toHaveLength(1);
  });

  it('the rule table refuses changing a fixed rule, naming the line; nothing is stored', async () => {
    const coordinator = context.claims({ type: 'rmc-regio', code: 'MC12' }, ['rmc-coordinator']);
    await expect(
      context.app.get(ZetCasusRegels).execute({
        input: {
          rmcRegio: 'MC12',
          regels: [
            { signaalSoort: 'aanmelding-gemist', regel: 'opent' },
            { signaalSoort: 'geen-herinschrijving', regel: 'koppelt' },
          ],
        },
        actor: coordinator,
        correlationId: 'c',
      }),
    ).rejects.toMatchObject({ code: 'casusregels.ongeldig', issues: [expect.objectContaining({ field: 'regels[1].regel', rule: 'regel.vast' })] });
    expect(await context.dataSource.query("SELECT count(*)::int AS n FROM casus_regel WHERE rmc_regio = 'MC12'")).toEqual([{ n: 0 }]);
    await expect(
      context.app.get(ZetCasusRegels).execute({
        input: { rmcRegio: 'MC12', regels: [] },
        actor: context.claims({ type: 'rmc-regio', code: 'MC12' }, ['trajectbegeleider']),
        correlationId: 'c',
      }),
    ).rejects.toMatchObject({ code: 'regio.geen-toegang' });
  });
});
