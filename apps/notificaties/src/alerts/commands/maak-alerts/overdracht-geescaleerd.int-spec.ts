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

/** A handover not accepted in time, as trajecten publishes it: codes and ids only. */
function geescaleerd(rmcRegio: string) {
  const payload: EventPayload<'trajecten.casus.overdracht-geescaleerd'> = {
    casusId: randomUUID(),
    overdrachtId: randomUUID(),
    rmcRegio,
    van: { type: 'rmc-regio', code: rmcRegio },
    naar: { type: 'gemeente', code: 'GM0014' },
    voorgesteldOp: '2026-11-02T09:00:00.000Z',
    escalatieOp: '2026-11-09T09:00:00.000Z',
    werkdagen: 5,
  };
  return parsedEvent('trajecten.casus.overdracht-geescaleerd', payload, {
    jongereId: randomBytes(32).toString('base64url'),
    context: { rmcRegio },
  });
}

const alerts = (eventId: string): Promise<Array<{ org_type: string; org_code: string; ontvanger: string; type: string }>> =>
  context.dataSource.query('SELECT org_type, org_code, ontvanger, signaal_type AS type FROM alert WHERE signaal_event_id = $1 ORDER BY org_type', [
    eventId,
  ]);

describe('trajecten.casus.overdracht-geescaleerd → an alert (the consumer handler through the inbox, against the real database)', () => {
  it('a handover not accepted in time becomes one alert for the RMC coordinator of the case region, once on redelivery', async () => {
    const event = geescaleerd('MC03');
    const handler = context.app.get(MaakAlertsMessage);
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => handler.overdrachtGeescaleerd(fresh, inbox));
    const verwacht = [{ org_type: 'rmc-regio', org_code: 'MC03', ontvanger: 'rmc-coordinator', type: 'trajecten.casus.overdracht-geescaleerd' }];
    expect(await alerts(event.id)).toEqual(verwacht);
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => handler.overdrachtGeescaleerd(fresh, inbox));
    expect(await alerts(event.id)).toEqual(verwacht);
  });
});
