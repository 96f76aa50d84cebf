import { randomBytes, randomUUID } from 'node:crypto';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { MaakAlertsMessage } from '../maak-alerts/maak-alerts.message';
import { VoegPersonenSamenMessage } from './voeg-personen-samen.message';

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
const gekoppeld = (van: string, naar: string, ctx: { woongemeente?: string; rmcRegio?: string } = {}) =>
  parsedEvent('overstap.persoon.gekoppeld', { van, naar }, { jongereId: naar, context: ctx });
const signaleer = (events: Array<ReturnType<typeof uitschrijving>>) =>
  deliverThroughInbox(context.app, events, (fresh, inbox) => context.app.get(MaakAlertsMessage).uitschrijving(fresh as never, inbox));
const koppel = (events: Array<ReturnType<typeof gekoppeld>>) =>
  deliverThroughInbox(context.app, events, (fresh, inbox) => context.app.get(VoegPersonenSamenMessage).gekoppeld(fresh, inbox));
const alerts = (jongereId: string) =>
  context.dataSource
    .query<Array<{ org: string }>>(`SELECT org_type || ':' || org_code AS org FROM alert WHERE jongere_id = $1 ORDER BY 1`, [jongereId])
    .then((rows) => rows.map((row) => row.org));
const lijst = (jongereId: string) =>
  context.dataSource.query<Array<{ gerouteerd_op: Date | null; woongemeente: string | null; jongere: string }>>(
    `SELECT gerouteerd_op, woongemeente, envelope ->> 'jongereId' AS jongere FROM niet_routeerbaar WHERE jongere_id = $1`,
    [jongereId],
  );

describe('overstap.persoon.gekoppeld in notificaties (through the inbox, real database)', () => {
  it("routes a listed signal of the onderwijsnummer with the woongemeente the link's context carries, once", async () => {
    const [van, naar] = [jongere(), jongere()];
    await signaleer([uitschrijving(van)]);
    expect(await lijst(van)).toMatchObject([{ gerouteerd_op: null }]);

    const event = gekoppeld(van, naar, { woongemeente: 'GM0014', rmcRegio: 'MC03' });
    await koppel([event]);
    await koppel([event]);
    expect(await lijst(van)).toEqual([]);
    expect(await lijst(naar)).toMatchObject([{ woongemeente: 'GM0014', jongere: naar }]);
    expect((await lijst(naar))[0].gerouteerd_op).not.toBeNull();
    expect(await alerts(naar)).toEqual(['rmc-regio:MC03']);
    expect(await alerts(van)).toEqual([]);
  });

  it('routes with the woongemeente learnt under the other pseudonym when the link carries none, and re-keys alerts', async () => {
    const [van, naar] = [jongere(), jongere()];
    // Under the BSN: a listed signal a later event routed to GM0363 (MC21), which notificaties remembers.
    await signaleer([uitschrijving(naar)]);
    await signaleer([uitschrijving(naar, { woongemeente: 'GM0363', rmcRegio: 'MC21' })]);
    expect(await alerts(naar)).toEqual(['rmc-regio:MC21', 'rmc-regio:MC21']);
    // Under the onderwijsnummer: a signal without woonregio.
    await signaleer([uitschrijving(van)]);
    expect(await lijst(van)).toMatchObject([{ gerouteerd_op: null }]);

    await koppel([gekoppeld(van, naar)]);
    expect(await alerts(naar)).toEqual(['rmc-regio:MC21', 'rmc-regio:MC21', 'rmc-regio:MC21']);
    expect((await lijst(naar)).every((rij) => rij.gerouteerd_op !== null && rij.woongemeente === 'GM0363')).toBe(true);
  });

  it('keeps the merged signals listed (under the BSN pseudonym) while no woongemeente is known; alerts move to the BSN', async () => {
    const [van, naar] = [jongere(), jongere()];
    await signaleer([uitschrijving(van)]);
    // An mbo alert of the onderwijsnummer (a negative BSA reaches the mbo without woonregio).
    const bsa = parsedEvent(
      'overstap.signaal.negatief-bsa',
      { signaalId: randomUUID(), schooljaar: '2026-2027', inschrijvingId: randomUUID(), mboBrin: '25LP', gegevenOp: '2027-10-16' },
      { jongereId: van, context: { schooljaar: '2026-2027' } },
    );
    await deliverThroughInbox(context.app, [bsa], (fresh, inbox) => context.app.get(MaakAlertsMessage).negatiefBsa(fresh, inbox));
    expect(await alerts(van)).toEqual(['mbo-instelling:25LP']);
    await koppel([gekoppeld(van, naar)]);
    expect(await lijst(naar)).toMatchObject([
      { gerouteerd_op: null, jongere: naar },
      { gerouteerd_op: null, jongere: naar },
    ]);
    expect(await alerts(van)).toEqual([]);
    expect(await alerts(naar)).toEqual(['mbo-instelling:25LP']);
  });
});
