import { randomUUID } from 'node:crypto';
import { CLOCK, Clock, werkdagenNa } from '@sluitend/domain-nl';
import { parseEvent } from '@sluitend/contracts';
import { aanmeldingGemist, serviceTestContext, ServiceTestContext, WebhookReceiver } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { ZetVoorkeuren } from '../../../bezorging/commands/zet-voorkeuren/zet-voorkeuren';
import { ZetWebhook } from '../../../bezorging/commands/zet-webhook/zet-webhook';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { ZetRoutering } from '../../../routering/commands/zet-routering/zet-routering';
import { SignaalEvent } from '../../domain/signaal-event';
import { MaakAlerts } from './maak-alerts';

let context: ServiceTestContext;
let maakAlerts: MaakAlerts;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'notificaties',
    envSchema: notificatiesEnvSchema,
    module: (env) => AppModule.forEnv(env),
    // The test's webhook receiver listens on 127.0.0.1, which production refuses (SSRF guard).
    env: { WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN: 'true' },
  });
  maakAlerts = context.app.get(MaakAlerts);
});

afterAll(() => context?.close());

const signaal = (rmcRegio: string, brin: string, woongemeente: string, minderjarig: boolean) =>
  parseEvent(aanmeldingGemist(rmcRegio, brin, woongemeente, `c-${randomUUID()}`, minderjarig)) as SignaalEvent;

const count = async (sql: string, params: unknown[] = []): Promise<number> => (await context.dataSource.query(sql, params))[0].n;

describe('maak alerts (use case against the real database)', () => {
  it('makes one alert per organisation that must act, with its history line, event and escalation moment', async () => {
    const event = signaal('MC07', '00AH', 'GM0106', true);
    const now = context.app.get<Clock>(CLOCK).now();
    expect(await maakAlerts.execute({ input: { signalen: [event] }, correlationId: event.correlationId })).toBe(3);

    const alerts: Array<{ id: string; org_type: string; org_code: string; ontvanger: string; status: string; escaleren_op: Date }> =
      await context.dataSource.query(
        'SELECT id, org_type, org_code, ontvanger, status, escaleren_op FROM alert WHERE signaal_event_id = $1 ORDER BY org_type',
        [event.id],
      );
    expect(alerts.map(({ org_type, org_code, ontvanger, status }) => ({ org_type, org_code, ontvanger, status }))).toEqual([
      { org_type: 'gemeente', org_code: 'GM0106', ontvanger: 'leerplicht-woongemeente', status: 'nieuw' },
      { org_type: 'rmc-regio', org_code: 'MC07', ontvanger: 'rmc-woonregio', status: 'nieuw' },
      { org_type: 'vo-school', org_code: '00AH', ontvanger: 'vo-school', status: 'nieuw' },
    ]);
    // The default term: 5 Dutch working days after the alert was made (to the millisecond of the service's clock).
    const verwacht = werkdagenNa(now, 5).getTime();
    for (const alert of alerts) expect(Math.abs(new Date(alert.escaleren_op).getTime() - verwacht)).toBeLessThan(5_000);

    const ids = alerts.map((alert) => alert.id);
    expect(await count(`SELECT count(*)::int AS n FROM alert_historie WHERE alert_id = ANY($1::uuid[]) AND actie = 'aangemaakt'`, [ids])).toBe(3);
    const events: Array<{ envelope: { causationId: string; correlationId: string; payload: { alertId: string } } }> = await context.dataSource.query(
      `SELECT envelope FROM outbox WHERE event_type = 'notificaties.alert.aangemaakt' AND envelope ->> 'causationId' = $1`,
      [event.id],
    );
    expect(events.map((row) => row.envelope.payload.alertId).sort()).toEqual([...ids].sort());
    expect(events.every((row) => row.envelope.correlationId === event.correlationId)).toBe(true);
  });

  it("counts the escalation term from the signal's moment when it is later than this service's clock (a demo jump that reached the signal first)", async () => {
    const now = context.app.get<Clock>(CLOCK).now();
    const later = new Date(now.getTime() + 120 * 24 * 3600_000);
    const event = { ...signaal('MC07', '00AH', 'GM0106', false), occurredAt: later.toISOString() } as SignaalEvent;
    await maakAlerts.execute({ input: { signalen: [event] }, correlationId: event.correlationId });
    const rows: Array<{ escaleren_op: Date }> = await context.dataSource.query(
      `SELECT escaleren_op FROM alert WHERE signaal_event_id = $1 AND ontvanger = 'rmc-woonregio'`,
      [event.id],
    );
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].escaleren_op).getTime()).toBe(werkdagenNa(later, 5).getTime());
  });

  it('adds nothing for a signal delivered again, or re-sent under a new event id', async () => {
    const event = signaal('MC03', '21AB', 'GM0014', false);
    expect(await maakAlerts.execute({ input: { signalen: [event] }, correlationId: event.correlationId })).toBe(2);
    const voor = await Promise.all([
      count('SELECT count(*)::int AS n FROM alert'),
      count('SELECT count(*)::int AS n FROM alert_historie'),
      count('SELECT count(*)::int AS n FROM outbox'),
    ]);
    const opnieuw = { ...event, id: randomUUID() };
    expect(await maakAlerts.execute({ input: { signalen: [event, opnieuw] }, correlationId: event.correlationId })).toBe(0);
    const na = await Promise.all([
      count('SELECT count(*)::int AS n FROM alert'),
      count('SELECT count(*)::int AS n FROM alert_historie'),
      count('SELECT count(*)::int AS n FROM outbox'),
    ]);
    expect(na).toEqual(voor);
  });

  it("follows the woonregio's own routing rules", async () => {
    const coordinator = context.claims({ type: 'rmc-regio', code: 'MC10' }, ['rmc-coordinator']);
    await context.app.get(ZetRoutering).execute({
      input: { rmcRegio: 'MC10', routering: { regels: [{ signaalType: 'overstap.deadline.aanmelding-gemist', ontvangers: ['rmc-woonregio'] }] } },
      actor: coordinator,
      correlationId: 'c-routering',
    });
    const event = signaal('MC10', '21AB', 'GM0193', true);
    expect(await maakAlerts.execute({ input: { signalen: [event] }, correlationId: event.correlationId })).toBe(1);
    expect(await context.dataSource.query('SELECT org_type, org_code FROM alert WHERE signaal_event_id = $1', [event.id])).toEqual([
      { org_type: 'rmc-regio', org_code: 'MC10' },
    ]);
  });

  it("plans the deliveries of the new alerts per the organisations' channels, in the same transaction", async () => {
    const receiver = new WebhookReceiver();
    const url = await receiver.start();
    try {
      const regio = { type: 'rmc-regio', code: 'MC20' } as const;
      const school = { type: 'vo-school', code: '30XY' } as const;
      await context.app
        .get(ZetWebhook)
        .execute({ input: { organisatie: regio, url }, actor: context.claims(regio, ['beheerder']), correlationId: 'c' });
      await context.app.get(ZetVoorkeuren).execute({
        input: { organisatie: school, voorkeuren: { emailAdressen: ['decaan@school.example'], coordinatorEmailAdressen: [], modus: 'dagelijks' } },
        actor: context.claims(school, ['beheerder']),
        correlationId: 'c',
      });
      const event = signaal('MC20', '30XY', 'GM0402', false);
      await maakAlerts.execute({ input: { signalen: [event] }, correlationId: event.correlationId });
      const alerts: Array<{ id: string; org_type: string; voor_digest: boolean }> = await context.dataSource.query(
        'SELECT id, org_type, voor_digest FROM alert WHERE signaal_event_id = $1 ORDER BY org_type',
        [event.id],
      );
      expect(alerts.map(({ org_type, voor_digest }) => ({ org_type, voor_digest }))).toEqual([
        { org_type: 'rmc-regio', voor_digest: false },
        { org_type: 'vo-school', voor_digest: true },
      ]);
      const bezorgingen = await context.dataSource.query(
        'SELECT kanaal, soort, org_code, alert_ids FROM bezorging WHERE $1::uuid = ANY(alert_ids) OR $2::uuid = ANY(alert_ids)',
        [alerts[0].id, alerts[1].id],
      );
      // No SMTP_URL in this context: no e-mail; the school's alert waits for its digest.
      expect(bezorgingen).toEqual([{ kanaal: 'webhook', soort: 'alert', org_code: 'MC20', alert_ids: [alerts[0].id] }]);
    } finally {
      await receiver.stop();
    }
  });
});
