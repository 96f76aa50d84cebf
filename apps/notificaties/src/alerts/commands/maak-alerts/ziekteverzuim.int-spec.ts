import { randomBytes, randomUUID } from 'node:crypto';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { TrekSignaalInMessage } from '../trek-signaal-in/trek-signaal-in.message';
import { MaakAlertsMessage } from './maak-alerts.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

/** A M@ZL signal as verzuim publishes it: a student living in `woongemeente`, at school 14RP (Groningen). */
function zorgwekkend(woongemeente: string, rmcRegio: string) {
  const signaalId = randomUUID();
  const jongereId = randomBytes(32).toString('base64url');
  const event = parsedEvent(
    'verzuim.ziekteverzuim.zorgwekkend',
    {
      signaalId,
      grond: 'zevende-schooldag-ziek',
      datum: '2025-10-09',
      ziekmeldingen: ['2025-10-01'],
      schooljaar: '2025-2026',
      brin: '14RP',
      woongemeente,
      kalenders: ['14RP:2025-2026'],
    },
    { jongereId, context: { woongemeente, rmcRegio, brin: '14RP', schooljaar: '2025-2026', minderjarig: true } },
  );
  const ingetrokken = parsedEvent(
    'verzuim.ziekteverzuim.ingetrokken',
    { signaalId, grond: 'zevende-schooldag-ziek', datum: '2025-10-09', brin: '14RP', reden: 'correctie' },
    { jongereId, context: { woongemeente, rmcRegio, brin: '14RP', schooljaar: '2025-2026', minderjarig: true } },
  );
  return { event, ingetrokken, signaalId };
}

const alerts = (
  signaalId: string,
): Promise<Array<{ org_type: string; org_code: string; ontvanger: string; status: string; uitkomst: string | null }>> =>
  context.dataSource.query('SELECT org_type, org_code, ontvanger, status, uitkomst FROM alert WHERE signaal_sleutel = $1 ORDER BY org_type', [
    signaalId,
  ]);

describe('zorgwekkend ziekteverzuim → alerts (through the inbox, against the real database)', () => {
  it('reaches the school and the jeugdarts of the woongemeente — not a GGD of the school’s gemeente — once', async () => {
    const { event, signaalId } = zorgwekkend('GM0106', 'MC07');
    const handler = context.app.get(MaakAlertsMessage);
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => handler.ziekteverzuimZorgwekkend(fresh, inbox));
    await deliverThroughInbox(context.app, [{ ...event, id: randomUUID() }], (fresh, inbox) => handler.ziekteverzuimZorgwekkend(fresh, inbox));
    expect(await alerts(signaalId)).toEqual([
      { org_type: 'ggd', org_code: 'GM0106', ontvanger: 'jeugdarts-woongemeente', status: 'nieuw', uitkomst: null },
      { org_type: 'vo-school', org_code: '14RP', ontvanger: 'vo-school', status: 'nieuw', uitkomst: null },
    ]);
    const outbox = await context.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE event_type = 'notificaties.alert.aangemaakt'
         AND envelope -> 'payload' -> 'organisatie' ->> 'type' = 'ggd' AND envelope -> 'payload' -> 'organisatie' ->> 'code' = 'GM0106'
         AND envelope ->> 'causationId' = $1`,
      [event.id],
    );
    expect(outbox).toEqual([{ n: 1 }]);
  });

  it('a withdrawal closes the open alerts (geen-actie-nodig, a history line), keeps a handled one, and twice is once', async () => {
    const { event, ingetrokken, signaalId } = zorgwekkend('GM0014', 'MC03');
    await deliverThroughInbox(context.app, [event], (fresh, inbox) => context.app.get(MaakAlertsMessage).ziekteverzuimZorgwekkend(fresh, inbox));
    // The school already handled its alert itself: its outcome stays.
    await context.dataSource.query(
      `UPDATE alert SET status = 'afgehandeld', uitkomst = 'contact-gelegd' WHERE signaal_sleutel = $1 AND org_type = 'vo-school'`,
      [signaalId],
    );
    const handler = context.app.get(TrekSignaalInMessage);
    await deliverThroughInbox(context.app, [ingetrokken], (fresh, inbox) => handler.ziekteverzuimIngetrokken(fresh, inbox));
    await deliverThroughInbox(context.app, [{ ...ingetrokken, id: randomUUID() }], (fresh, inbox) => handler.ziekteverzuimIngetrokken(fresh, inbox));
    expect(await alerts(signaalId)).toEqual([
      { org_type: 'ggd', org_code: 'GM0014', ontvanger: 'jeugdarts-woongemeente', status: 'afgehandeld', uitkomst: 'geen-actie-nodig' },
      { org_type: 'vo-school', org_code: '14RP', ontvanger: 'vo-school', status: 'afgehandeld', uitkomst: 'contact-gelegd' },
    ]);
    const historie = await context.dataSource.query(
      `SELECT h.actie, h.van_status, h.naar_status FROM alert_historie h JOIN alert a ON a.id = h.alert_id
        WHERE a.signaal_sleutel = $1 AND h.actie = 'signaal ingetrokken'`,
      [signaalId],
    );
    expect(historie).toEqual([{ actie: 'signaal ingetrokken', van_status: 'nieuw', naar_status: 'afgehandeld' }]);
    const afgehandeld = await context.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE event_type = 'notificaties.alert.afgehandeld' AND envelope ->> 'causationId' = $1`,
      [ingetrokken.id],
    );
    expect(afgehandeld).toEqual([{ n: 1 }]);
  });
});
