import { randomUUID } from 'node:crypto';
import { ParsedEvent, parseEvent } from '@sluitend/contracts';
import { aanmeldingGemist, deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { SignaalEvent } from '../../domain/signaal-event';
import { LeesInbox } from '../../queries/inbox/lees-inbox';
import { MaakAlerts } from '../maak-alerts/maak-alerts';
import { KoppelCasusMessage } from './koppel-casus.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

type Gemist = ParsedEvent<'overstap.deadline.aanmelding-gemist'>;
const signaal = (rmcRegio: string) => parseEvent(aanmeldingGemist(rmcRegio, '00AH', 'GM0106', `c-${randomUUID()}`, false)) as Gemist;
const gekoppeld = (event: Gemist, casusId: string, rmcRegio: string) =>
  parsedEvent(
    'trajecten.casus.signaal-gekoppeld',
    { casusId, rmcRegio, signaalEventId: event.id, signaalSoort: 'aanmelding-gemist', gekoppeldOp: new Date().toISOString() },
    { jongereId: event.jongereId, context: { rmcRegio } },
  );
const deliver = (events: ReturnType<typeof gekoppeld>[]) =>
  deliverThroughInbox(context.app, events, (fresh, inbox) => context.app.get(KoppelCasusMessage).handle(fresh, inbox));
const maak = (event: Gemist) =>
  context.app.get(MaakAlerts).execute({ input: { signalen: [event as SignaalEvent] }, correlationId: event.correlationId });
const inbox = async (org: { type: 'rmc-regio' | 'vo-school'; code: string }) =>
  (
    await context.app
      .get(LeesInbox)
      .execute({ input: { pagina: 1, perPagina: 200 }, actor: context.claims(org, ['trajectbegeleider', 'decaan']), correlationId: 'c' })
  ).alerts;

describe("a trajecten case shown on the RMC inbox's alerts (use case through the inbox, real PostgreSQL)", () => {
  it("marks the RMC alert of the signal with the case, whether the alert came first or the case did; the school's alert stays without", async () => {
    const eerstAlert = signaal('MC07');
    await maak(eerstAlert);
    const casusA = randomUUID();
    expect(await deliver([gekoppeld(eerstAlert, casusA, 'MC07')])).toHaveLength(1);

    const eerstCasus = signaal('MC07');
    const casusB = randomUUID();
    await deliver([gekoppeld(eerstCasus, casusB, 'MC07')]);
    await maak(eerstCasus);

    const rmc = await inbox({ type: 'rmc-regio', code: 'MC07' });
    expect(rmc.find((alert) => alert.signaal.signaalId === eerstAlert.payload.signaalId)?.casusId).toBe(casusA);
    expect(rmc.find((alert) => alert.signaal.signaalId === eerstCasus.payload.signaalId)?.casusId).toBe(casusB);
    const school = await inbox({ type: 'vo-school', code: '00AH' });
    expect(school.filter((alert) => alert.signaal.signaalId === eerstAlert.payload.signaalId).map((alert) => alert.casusId)).toEqual([null]);
  });

  it('applies an event once; a link for another region leaves this region’s alert alone', async () => {
    const event = signaal('MC03');
    await maak(event);
    const link = gekoppeld(event, randomUUID(), 'MC03');
    expect(await deliver([link])).toHaveLength(1);
    expect(await deliver([link])).toHaveLength(0);
    await deliver([gekoppeld(event, randomUUID(), 'MC07')]);
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM casus_koppeling WHERE signaal_event_id = $1', [event.id])).toEqual([
      { n: 2 },
    ]);
    const rmc = await inbox({ type: 'rmc-regio', code: 'MC03' });
    expect(rmc.find((alert) => alert.signaal.signaalId === event.payload.signaalId)?.casusId).toBe(link.payload.casusId);
  });
});
