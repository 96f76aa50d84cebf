import { randomUUID } from 'node:crypto';
import { parseEvent } from '@sluitend/contracts';
import { aanmeldingGemist, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../app.module';
import { notificatiesEnvSchema } from '../../config/notificaties-env';
import { MaakAlerts } from '../commands/maak-alerts/maak-alerts';
import { SignaalEvent } from '../domain/signaal-event';
import { LeesAlert } from './alert/lees-alert';
import { LeesInbox } from './inbox/lees-inbox';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

type Inzage = { gebruiker: string; organisatie: string; alert_id: string; reden: string };
const inzagen = (): Promise<Inzage[]> =>
  context.dataSource.query('SELECT gebruiker, organisatie, alert_id, reden FROM alert_inzage ORDER BY id') as Promise<Inzage[]>;

describe('the audit of alert reads (issue 11)', () => {
  it('records who read which alert, for which organisation and why: every alert on an inbox page, and one alert with its history', async () => {
    const event = parseEvent(aanmeldingGemist('MC07', '00AH', 'GM0106', `c-${randomUUID()}`, true)) as SignaalEvent;
    await context.app.get(MaakAlerts).execute({ input: { signalen: [event] }, correlationId: event.correlationId });
    const decaan = context.claims({ type: 'vo-school', code: '00AH' }, ['decaan']);

    const pagina = await context.app.get(LeesInbox).execute({ input: { pagina: 1, perPagina: 10 }, actor: decaan, correlationId: 'c-inbox' });
    expect(pagina.alerts).toHaveLength(1);
    const alertId = pagina.alerts[0].id;
    await context.app.get(LeesAlert).execute({ input: { alertId }, actor: decaan, correlationId: 'c-alert' });

    expect(await inzagen()).toEqual([
      { gebruiker: 'test-00AH', organisatie: 'vo-school:00AH', alert_id: alertId, reden: 'signalen-opvolgen' },
      { gebruiker: 'test-00AH', organisatie: 'vo-school:00AH', alert_id: alertId, reden: 'signaal-opvolgen' },
    ]);
    // Another organisation finds nothing, and nothing is recorded for it.
    const ander = context.claims({ type: 'vo-school', code: '99ZZ' }, ['decaan']);
    await expect(context.app.get(LeesAlert).execute({ input: { alertId }, actor: ander, correlationId: 'c-ander' })).rejects.toMatchObject({
      kind: 'niet-gevonden',
    });
    expect(await inzagen()).toHaveLength(2);
  });
});
