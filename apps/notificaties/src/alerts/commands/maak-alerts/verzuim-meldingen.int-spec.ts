import { randomBytes, randomUUID } from 'node:crypto';
import { EventPayload } from '@sluitend/contracts';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { MaakAlertsMessage } from './maak-alerts.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

/** A verzuimmelding signal as verzuim publishes it: the school's BRIN, the student's woongemeente and woonregio. */
function melding<T extends 'verzuim.melding.voor-leerplicht' | 'verzuim.melding.voor-rmc'>(
  type: T,
  woongemeente: string,
  rmcRegio: string,
  minderjarig: boolean,
) {
  const meldingId = randomUUID();
  const payload: EventPayload<'verzuim.melding.voor-rmc'> = {
    signaalId: meldingId,
    meldingId,
    soort: type === 'verzuim.melding.voor-rmc' ? 'rmc' : 'zestien-uur',
    startdatum: '2025-09-01',
    einddatum: '2025-09-04',
    urenGemist: 16,
    dagenGemist: 4,
    alleLessenGemist: false,
    verplicht: true,
    vervolgmelding: false,
    handmatig: false,
    brin: '99ZZ',
    woongemeente,
    rmcRegio,
  };
  return parsedEvent(type, payload as EventPayload<T>, {
    jongereId: randomBytes(32).toString('base64url'),
    context: { woongemeente, rmcRegio, brin: '99ZZ', schooljaar: '2025-2026', minderjarig },
  });
}

const alerts = (eventId: string): Promise<Array<{ org_type: string; org_code: string; ontvanger: string; type: string }>> =>
  context.dataSource.query('SELECT org_type, org_code, ontvanger, signaal_type AS type FROM alert WHERE signaal_event_id = $1 ORDER BY org_type', [
    eventId,
  ]);

describe('verzuim meldingen → alerts (the consumer handler through the inbox, against the real database)', () => {
  it('a melding for the leerplicht becomes one alert in the inbox of the woongemeente (not the school, not the RMC)', async () => {
    const event = melding('verzuim.melding.voor-leerplicht', 'GM0014', 'MC03', true);
    const handler = context.app.get(MaakAlertsMessage);
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => handler.verzuimVoorLeerplicht(fresh, inbox));
    expect(await alerts(event.id)).toEqual([
      { org_type: 'gemeente', org_code: 'GM0014', ontvanger: 'leerplicht-woongemeente', type: 'verzuim.melding.voor-leerplicht' },
    ]);
  });

  it('a melding for the RMC becomes one alert for the RMC of the woonregio', async () => {
    const event = melding('verzuim.melding.voor-rmc', 'GM0363', 'MC19', false);
    const handler = context.app.get(MaakAlertsMessage);
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => handler.verzuimVoorRmc(fresh, inbox));
    expect(await alerts(event.id)).toEqual([
      { org_type: 'rmc-regio', org_code: 'MC19', ontvanger: 'rmc-woonregio', type: 'verzuim.melding.voor-rmc' },
    ]);
  });

  it('the same melding delivered twice, or re-sent under a new event id, stays one alert', async () => {
    const event = melding('verzuim.melding.voor-leerplicht', 'GM0193', 'MC10', true);
    const handler = context.app.get(MaakAlertsMessage);
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => handler.verzuimVoorLeerplicht(fresh, inbox));
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => handler.verzuimVoorLeerplicht(fresh, inbox));
    await deliverThroughInbox(context.app, [{ ...event, id: randomUUID() }], (fresh, inbox) => handler.verzuimVoorLeerplicht(fresh, inbox));
    const n = await context.dataSource.query(`SELECT count(*)::int AS n FROM alert WHERE signaal ->> 'meldingId' = $1`, [event.payload.meldingId]);
    expect(n).toEqual([{ n: 1 }]);
  });
});
