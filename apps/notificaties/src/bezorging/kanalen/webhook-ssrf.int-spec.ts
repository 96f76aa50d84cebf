import { randomUUID } from 'node:crypto';
import { Claims } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import { DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext, WebhookReceiver } from '@sluitend/testing';
import { AppModule } from '../../app.module';
import { notificatiesEnvSchema } from '../../config/notificaties-env';
import { JOBS } from '../../shared/jobs';
import { PlanBezorgingen } from '../commands/plan-bezorgingen/plan-bezorgingen';
import { ZetWebhook } from '../commands/zet-webhook/zet-webhook';
import { WEBHOOK_FOUTEN } from './webhook-verzender';

/**
 * Webhooks against SSRF (issue 11 §6), outside demo mode and with private addresses refused (the default): only https
 * is registered, no private IP address; at send time a host that resolves to loopback is not called, and the
 * organisation's delivery log names a category, not the address or the error.
 */
const receiver = new WebhookReceiver();
let context: ServiceTestContext;
let beheerder: Claims;
let poort: string;

beforeAll(async () => {
  poort = new URL(await receiver.start()).port;
  context = await serviceTestContext({
    service: 'notificaties',
    envSchema: notificatiesEnvSchema,
    module: (env) => AppModule.forEnv(env),
    env: { DEMO_MODE: 'false', BEZORGING_BACKOFF_MS: '60000' },
  });
  beheerder = context.claims({ type: 'rmc-regio', code: 'MC07' }, ['beheerder']);
});

afterAll(async () => {
  await context?.close();
  await receiver.stop();
});

const MC07 = { type: 'rmc-regio', code: 'MC07' } as const;
const zet = (url: string) => context.app.get(ZetWebhook).execute({ input: { organisatie: MC07, url }, actor: beheerder, correlationId: 'c' });
const regel = async (url: string) => {
  const error = await zet(url).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).issues[0];
};

/** An alert for MC07 with its deliveries planned (as MaakAlerts does); its webhook delivery's id. */
async function webhookBezorging(): Promise<string> {
  return context.dataSource.transaction(async (manager) => {
    const [alert] = await manager.query(
      `INSERT INTO alert (id, signaal_sleutel, signaal_type, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, signaal, aangemaakt_op, gewijzigd_op)
       VALUES ($1, $2, 'overstap.deadline.aanmelding-gemist', $3, 'pseudoniem', 'rmc-regio', 'MC07', 'rmc-woonregio', '{"rmcRegio":"MC07"}', '{}', now(), now()) RETURNING id`,
      [randomUUID(), randomUUID(), randomUUID()],
    );
    await context.app.get(PlanBezorgingen).execute({ input: { alertIds: [alert.id], soort: 'alert' }, correlationId: 'c' }, manager);
    const [bezorging] = await manager.query(`SELECT id FROM bezorging WHERE kanaal = 'webhook' AND $1::uuid = ANY(alert_ids)`, [alert.id]);
    return bezorging.id as string;
  });
}

describe('webhook addresses (SSRF)', () => {
  it('registers only https, and no IP address that is not public', async () => {
    expect(await regel('http://hooks.example.org/sluitend')).toMatchObject({ field: 'url', rule: 'https' });
    expect(await regel('https://127.0.0.1/sluitend')).toMatchObject({ field: 'url', rule: 'openbaar-adres' });
    expect(await regel('https://169.254.169.254/latest/meta-data')).toMatchObject({ field: 'url', rule: 'openbaar-adres' });
    expect(await regel('https://[::1]/x')).toMatchObject({ field: 'url', rule: 'openbaar-adres' });
    expect(await regel('https://10.0.0.8/x')).toMatchObject({ field: 'url', rule: 'openbaar-adres' });
    expect((await zet('https://hooks.example.org/sluitend')).actief).toBe(true);
  });

  it.each([
    [`https://localhost:PORT/sluitend`, WEBHOOK_FOUTEN.adres],
    [`http://localhost:PORT/sluitend`, WEBHOOK_FOUTEN.schema],
  ])('does not call %s at send time (the host resolves to loopback): the log says "%s", nothing more', async (url, fout) => {
    await zet('https://hooks.example.org/sluitend');
    // A host name that passed registration and now resolves to a private address (as with DNS rebinding).
    await context.dataSource.query(`UPDATE webhook SET url = $1 WHERE org_type = 'rmc-regio' AND org_code = 'MC07'`, [url.replace('PORT', poort)]);
    const bezorgingId = await webhookBezorging();
    await context.app.get(DueWorkSweeper).sweep(JOBS.bezorging);
    const pogingen = await context.dataSource.query('SELECT gelukt, http_status, fout FROM bezorgpoging WHERE bezorging_id = $1', [bezorgingId]);
    expect(pogingen).toEqual([{ gelukt: false, http_status: null, fout }]);
    const [bezorging] = await context.dataSource.query('SELECT laatste_fout FROM bezorging WHERE id = $1', [bezorgingId]);
    expect(bezorging.laatste_fout).toBe(fout);
    expect(receiver.calls).toEqual([]);
  });
});
