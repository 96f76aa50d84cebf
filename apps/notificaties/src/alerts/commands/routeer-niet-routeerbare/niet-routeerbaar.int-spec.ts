import { randomBytes, randomUUID } from 'node:crypto';
import { register } from 'prom-client';
import { DomainError } from '@sluitend/domain-nl';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { MaakAlertsMessage } from '../maak-alerts/maak-alerts.message';
import { NietRouteerbaarSampler } from '../../metrics/niet-routeerbaar.sampler';
import { ZoekNietRouteerbaar } from '../../queries/niet-routeerbaar/zoek-niet-routeerbaar';
import { WijsWoongemeenteToe } from '../wijs-woongemeente-toe/wijs-woongemeente-toe';
import { RouteerNietRouteerbareMessage } from './routeer-niet-routeerbare.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const jongere = () => randomBytes(32).toString('base64url');
const uitschrijving = (jongereId: string, extra: { woongemeente?: string; rmcRegio?: string } = {}) =>
  parsedEvent(
    'overstap.signaal.uitschrijving-zonder-startkwalificatie',
    {
      signaalId: randomUUID(),
      schooljaar: '2026-2027',
      inschrijvingId: randomUUID(),
      mboBrin: '25LP',
      uitgeschrevenPer: '2027-10-20',
      reden: 3,
      herinschrijvingUiterlijk: '2027-11-17',
    },
    { jongereId, context: { schooljaar: '2026-2027', ...extra } },
  );
const bsa = (jongereId: string) =>
  parsedEvent(
    'overstap.signaal.negatief-bsa',
    { signaalId: randomUUID(), schooljaar: '2026-2027', inschrijvingId: randomUUID(), mboBrin: '25LP', gegevenOp: '2027-10-16' },
    { jongereId, context: { schooljaar: '2026-2027' } },
  );
const ingeschreven = (jongereId: string, woongemeente: string, rmcRegio: string) =>
  parsedEvent(
    'overstap.inschrijving.geregistreerd',
    {
      inschrijvingId: randomUUID(),
      schooljaar: '2026-2027',
      mboBrin: '25LP',
      locatie: '25LP00',
      crebo: '25180',
      niveau: 2,
      ingeschrevenPer: '2027-11-01',
      switchVan: null,
    },
    { jongereId, context: { schooljaar: '2026-2027', woongemeente, rmcRegio } },
  );

const alerts = (jongereId: string) =>
  context.dataSource
    .query<Array<{ org: string }>>(`SELECT org_type || ':' || org_code AS org FROM alert WHERE jongere_id = $1 ORDER BY 1`, [jongereId])
    .then((rows) => rows.map((row) => row.org));
const lijst = (jongereId: string) =>
  context.dataSource.query<
    Array<{ id: string; reden: string; gerouteerd_op: Date | null; woongemeente: string | null; gerouteerd_door: string | null }>
  >('SELECT id, reden, gerouteerd_op, woongemeente, gerouteerd_door FROM niet_routeerbaar WHERE jongere_id = $1', [jongereId]);
const signaleer = (events: Parameters<MaakAlertsMessage['uitschrijving']>[0] | Parameters<MaakAlertsMessage['negatiefBsa']>[0]) =>
  deliverThroughInbox(context.app, events, (fresh, inbox) => context.app.get(MaakAlertsMessage).uitschrijving(fresh as never, inbox));
const coordinator = () => context.claims({ type: 'rmc-regio', code: 'MC21' }, ['rmc-coordinator']);
const gauge = async () => {
  await context.app.get(NietRouteerbaarSampler).sample();
  return (await register.getSingleMetric('sluitend_unroutable_signals')?.get())?.values[0]?.value;
};

describe('the "niet te routeren" list (use cases and message handlers against the real database)', () => {
  it('keeps an uitschrijving signal without woonregio in the list, counted by the gauge, and routes it once an inschrijving names the woongemeente', async () => {
    const jongereId = jongere();
    const voor = await gauge();
    const signaal = uitschrijving(jongereId);
    await signaleer([signaal]);
    await signaleer([signaal]);
    expect(await alerts(jongereId)).toEqual([]);
    expect(await lijst(jongereId)).toMatchObject([{ reden: 'woonregio-onbekend', gerouteerd_op: null }]);
    expect(await gauge()).toBe((voor ?? 0) + 1);

    const later = ingeschreven(jongereId, 'GM0363', 'MC21');
    await deliverThroughInbox(context.app, [later], (fresh, inbox) => context.app.get(RouteerNietRouteerbareMessage).ingeschreven(fresh, inbox));
    expect(await alerts(jongereId)).toEqual(['rmc-regio:MC21']);
    expect(await lijst(jongereId)).toMatchObject([{ reden: 'woonregio-onbekend', woongemeente: 'GM0363', gerouteerd_door: `event:${later.id}` }]);
    expect((await lijst(jongereId))[0].gerouteerd_op).not.toBeNull();
    expect(await gauge()).toBe(voor ?? 0);
    const [alert] = await context.dataSource.query('SELECT context, signaal_event_id FROM alert WHERE jongere_id = $1', [jongereId]);
    expect(alert).toEqual({ context: { schooljaar: '2026-2027', woongemeente: 'GM0363', rmcRegio: 'MC21' }, signaal_event_id: signaal.id });
  });

  it('gives the mbo its alert of a negative BSA at once and the RMC its own once a later signal carries the woonregio', async () => {
    const jongereId = jongere();
    const negatief = bsa(jongereId);
    await deliverThroughInbox(context.app, [negatief], (fresh, inbox) => context.app.get(MaakAlertsMessage).negatiefBsa(fresh, inbox));
    expect(await alerts(jongereId)).toEqual(['mbo-instelling:25LP']);
    expect(await lijst(jongereId)).toHaveLength(1);

    await signaleer([uitschrijving(jongereId, { woongemeente: 'GM0014', rmcRegio: 'MC03' })]);
    // The uitschrijving's own alert for MC03 and the BSA's, once; the mbo's BSA alert stays single.
    expect(
      await context.dataSource.query(`SELECT signaal_type, org_code FROM alert WHERE jongere_id = $1 ORDER BY signaal_type, org_code`, [jongereId]),
    ).toEqual([
      { signaal_type: 'overstap.signaal.negatief-bsa', org_code: '25LP' },
      { signaal_type: 'overstap.signaal.negatief-bsa', org_code: 'MC03' },
      { signaal_type: 'overstap.signaal.uitschrijving-zonder-startkwalificatie', org_code: 'MC03' },
    ]);
    expect((await lijst(jongereId))[0].woongemeente).toBe('GM0014');
  });

  it('lets a coordinator see the list whole and name a woongemeente; ops sees no content; a second assignment is refused', async () => {
    const jongereId = jongere();
    await signaleer([uitschrijving(jongereId)]);
    const [{ id }] = await lijst(jongereId);

    const volledig = await context.app.get(ZoekNietRouteerbaar).execute({ input: { status: 'open' }, actor: coordinator(), correlationId: 'z-1' });
    expect(volledig.signalen.find((s) => s.id === id)).toMatchObject({ jongereId, reden: 'woonregio-onbekend', signaal: { mboBrin: '25LP' } });
    const ops = await context.app
      .get(ZoekNietRouteerbaar)
      .execute({ input: { status: 'open' }, actor: context.claims({ type: 'ops', code: 'platform' }, ['ops']), correlationId: 'z-2' });
    expect(ops.signalen.find((s) => s.id === id)).toMatchObject({ jongereId: null, signaal: {} });
    await expect(
      context.app
        .get(ZoekNietRouteerbaar)
        .execute({ input: { status: 'open' }, actor: context.claims({ type: 'mbo-instelling', code: '25LP' }, ['intaker']), correlationId: 'z-3' }),
    ).rejects.toBeInstanceOf(DomainError);

    const toewijzing = await context.app
      .get(WijsWoongemeenteToe)
      .execute({ input: { id, woongemeente: 'GM0363' }, actor: coordinator(), correlationId: 'w-1' });
    expect(toewijzing).toEqual({ id, woongemeente: 'GM0363', rmcRegio: 'MC21', alerts: 1 });
    expect(await alerts(jongereId)).toEqual(['rmc-regio:MC21']);
    const nogmaals = await context.app
      .get(WijsWoongemeenteToe)
      .execute({ input: { id, woongemeente: 'GM0014' }, actor: coordinator(), correlationId: 'w-2' })
      .catch((error: DomainError) => error);
    expect((nogmaals as DomainError).code).toBe('niet-routeerbaar.al-gerouteerd');
    expect(await alerts(jongereId)).toEqual(['rmc-regio:MC21']);
    const gerouteerd = await context.app
      .get(ZoekNietRouteerbaar)
      .execute({ input: { status: 'gerouteerd' }, actor: coordinator(), correlationId: 'z-4' });
    expect(gerouteerd.signalen.find((s) => s.id === id)).toMatchObject({ woongemeente: 'GM0363', gerouteerdDoor: `gebruiker:${coordinator().sub}` });

    // The student's next signal without woonregio takes the woongemeente named once: routed, not listed again.
    const volgende = parsedEvent(
      'overstap.deadline.geen-herinschrijving',
      { signaalId: randomUUID(), schooljaar: '2026-2027', uitgeschrevenPer: '2027-10-20', termijnWeken: 4 },
      { jongereId, context: { schooljaar: '2026-2027' } },
    );
    await deliverThroughInbox(context.app, [volgende], (fresh, inbox) => context.app.get(MaakAlertsMessage).geenHerinschrijving(fresh, inbox));
    expect(await alerts(jongereId)).toEqual(['rmc-regio:MC21', 'rmc-regio:MC21']);
    expect(await lijst(jongereId)).toHaveLength(1);
  });
});
