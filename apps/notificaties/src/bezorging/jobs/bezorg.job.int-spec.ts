import { createHmac, randomUUID } from 'node:crypto';
import { Claims } from '@sluitend/auth';
import { DueWorkSweeper } from '@sluitend/platform';
import { MailSink, serviceTestContext, ServiceTestContext, waitFor, WebhookReceiver } from '@sluitend/testing';
import { AppModule } from '../../app.module';
import { notificatiesEnvSchema } from '../../config/notificaties-env';
import { JOBS } from '../../shared/jobs';
import { HeractiveerWebhook } from '../commands/heractiveer-webhook/heractiveer-webhook';
import { PlanBezorgingen } from '../commands/plan-bezorgingen/plan-bezorgingen';
import { ZetVoorkeuren } from '../commands/zet-voorkeuren/zet-voorkeuren';
import { ZetWebhook } from '../commands/zet-webhook/zet-webhook';

const BACKOFF_MS = 1000;
const UITSCHAKELEN_NA = 3;
const receiver = new WebhookReceiver();
const sink = new MailSink();
let context: ServiceTestContext;
let beheerder: Claims;
let geheim: string;

beforeAll(async () => {
  const [url, smtpPort] = await Promise.all([receiver.start(), sink.start()]);
  context = await serviceTestContext({
    service: 'notificaties',
    envSchema: notificatiesEnvSchema,
    module: (env) => AppModule.forEnv(env),
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      BEZORGING_BACKOFF_MS: String(BACKOFF_MS),
      BEZORGING_MAX_POGINGEN: '6',
      WEBHOOK_UITSCHAKELEN_NA: String(UITSCHAKELEN_NA),
      WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN: 'true',
    },
  });
  beheerder = context.claims({ type: 'rmc-regio', code: 'MC07' }, ['beheerder']);
  geheim = (
    await context.app
      .get(ZetWebhook)
      .execute({ input: { organisatie: { type: 'rmc-regio', code: 'MC07' }, url }, actor: beheerder, correlationId: 'c' })
  ).geheim;
});

afterAll(async () => {
  await context?.close();
  await Promise.all([receiver.stop(), sink.stop()]);
});

/**
 * An alert in an organisation's inbox (a row as alerts/ makes it from a signal — bezorging does not depend on alerts)
 * and its deliveries planned in the same transaction, as MaakAlerts does. Returns the alert's id and number.
 */
async function alertIn(orgType: string, orgCode: string, ontvanger: string): Promise<{ id: string; nummer: number }> {
  return context.dataSource.transaction(async (manager) => {
    const [alert] = await manager.query(
      `INSERT INTO alert (id, signaal_sleutel, signaal_type, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, signaal, aangemaakt_op, gewijzigd_op)
       VALUES ($1, $2, 'overstap.deadline.aanmelding-gemist', $3, 'pseudoniem', $4, $5, $6, '{"rmcRegio":"MC07"}', '{}', now(), now()) RETURNING id, nummer`,
      [randomUUID(), randomUUID(), randomUUID(), orgType, orgCode, ontvanger],
    );
    await context.app.get(PlanBezorgingen).execute({ input: { alertIds: [alert.id], soort: 'alert' }, correlationId: 'c' }, manager);
    return { id: alert.id, nummer: Number(alert.nummer) };
  });
}

const alertVoorMc07 = async (): Promise<string> => (await alertIn('rmc-regio', 'MC07', 'rmc-woonregio')).id;

const sweep = () => context.app.get(DueWorkSweeper).sweep(JOBS.bezorging);
type Bezorging = { id: string; status: string; pogingen: number };
const webhookBezorging = async (alertId: string): Promise<Bezorging> =>
  (await context.dataSource.query(`SELECT id, status, pogingen FROM bezorging WHERE kanaal = 'webhook' AND $1::uuid = ANY(alert_ids)`, [alertId]))[0];
const pogingen = async (bezorgingId: string): Promise<Array<{ op: Date; gelukt: boolean; http_status: number | null }>> =>
  context.dataSource.query('SELECT op, gelukt, http_status FROM bezorgpoging WHERE bezorging_id = $1 ORDER BY id', [bezorgingId]);

describe('deliveries to a local receiving server', () => {
  it('calls the webhook once per alert, signed with HMAC-SHA256 over timestamp and body, and logs the attempt', async () => {
    const alertId = await alertVoorMc07();
    const bezorging = await webhookBezorging(alertId);
    expect(bezorging.status).toBe('wachtend');
    await sweep();
    const call = await waitFor('the webhook call', async () => receiver.calls.find((c) => c.headers['x-sluitend-bezorging'] === bezorging.id));

    const expected = createHmac('sha256', geheim).update(`${call.headers['x-sluitend-tijdstip']}.${call.body}`).digest('hex');
    expect(call.headers['x-sluitend-handtekening']).toBe(`sha256=${expected}`);
    expect(Math.abs(Number(call.headers['x-sluitend-tijdstip']) - call.at / 1000)).toBeLessThan(10);
    const body = JSON.parse(call.body);
    expect(body).toMatchObject({ bezorgingId: bezorging.id, soort: 'alert', organisatie: { type: 'rmc-regio', code: 'MC07' } });
    expect(body.alerts).toEqual([expect.objectContaining({ alertId, signaalType: 'overstap.deadline.aanmelding-gemist' })]);
    expect(Object.keys(body.alerts[0]).sort()).toEqual(['alertId', 'link', 'nummer', 'signaalType']);

    expect(await webhookBezorging(alertId)).toMatchObject({ status: 'verzonden', pogingen: 1 });
    expect(await pogingen(bezorging.id)).toEqual([expect.objectContaining({ gelukt: true, http_status: 200 })]);
    expect((await sweep()).items).toBe(0);
    expect(receiver.calls.filter((c) => c.headers['x-sluitend-bezorging'] === bezorging.id)).toHaveLength(1);
  });

  it('retries a failing receiver with doubling backoff, disables the webhook after repeated failure, and sends what was parked once re-enabled', async () => {
    receiver.failing = true;
    const alertId = await alertVoorMc07();
    const bezorging = await webhookBezorging(alertId);
    await sweep();
    expect(await pogingen(bezorging.id)).toHaveLength(1);
    // Not due again before the backoff has passed.
    expect((await sweep()).items).toBe(0);

    await waitFor(
      'the webhook disabled',
      async () => {
        await sweep();
        const [webhook] = await context.dataSource.query(`SELECT actief FROM webhook WHERE org_type = 'rmc-regio' AND org_code = 'MC07'`);
        return webhook.actief === false;
      },
      20_000,
      50,
    );
    const log = await pogingen(bezorging.id);
    expect(log).toHaveLength(UITSCHAKELEN_NA);
    expect(log.every((poging) => !poging.gelukt && poging.http_status === 500)).toBe(true);
    // Each retry waited at least the backoff, doubled after each failure.
    const wachttijden = log.slice(1).map((poging, index) => new Date(poging.op).getTime() - new Date(log[index].op).getTime());
    wachttijden.forEach((wacht, index) => expect(wacht).toBeGreaterThanOrEqual(BACKOFF_MS * 2 ** index));
    expect(await webhookBezorging(alertId)).toMatchObject({ status: 'opgeschort' });

    // Parked: a new alert's delivery waits too, and no call is made while the webhook is off.
    const later = await alertVoorMc07();
    expect((await webhookBezorging(later)).status).toBe('opgeschort');
    const aanroepen = receiver.calls.length;
    await sweep();
    expect(receiver.calls).toHaveLength(aanroepen);

    receiver.failing = false;
    const heractiveerd = await context.app.get(HeractiveerWebhook).execute({
      input: { organisatie: { type: 'rmc-regio', code: 'MC07' } },
      actor: context.claims({ type: 'ops', code: 'platform' }, ['ops']),
      correlationId: 'c',
    });
    expect(heractiveerd).toEqual({ organisatie: { type: 'rmc-regio', code: 'MC07' }, actief: true, hervatteBezorgingen: 2 });
    await waitFor('both parked deliveries sent', async () => {
      await sweep();
      return (await webhookBezorging(alertId)).status === 'verzonden' && (await webhookBezorging(later)).status === 'verzonden';
    });
  });

  it('e-mails an alert to an organisation that wants them at once, with only its number and a link', async () => {
    await context.app.get(ZetVoorkeuren).execute({
      input: {
        organisatie: { type: 'vo-school', code: '00AH' },
        voorkeuren: { emailAdressen: ['decaan@school.example'], coordinatorEmailAdressen: [], modus: 'direct' },
      },
      actor: context.claims({ type: 'vo-school', code: '00AH' }, ['beheerder']),
      correlationId: 'c',
    });
    const { id, nummer } = await alertIn('vo-school', '00AH', 'vo-school');
    await sweep();
    const mail = await waitFor('the e-mail', async () => sink.received.find((m) => m.to.includes('decaan@school.example')));
    expect(mail.subject).toBe(`[Sluitend] Nieuw signaal #${nummer}: Geen aanmelding vóór 1 april`);
    expect(mail.text).toContain(`/alerts/${id}`);
    expect(mail.raw).not.toContain('pseudoniem');
  });
});
