import { randomUUID } from 'node:crypto';
import { Claims } from '@sluitend/auth';
import { parseEvent } from '@sluitend/contracts';
import { aanmeldingGemist, serviceTestContext, ServiceTestContext, volgLiveStroom, waitFor } from '@sluitend/testing';
import { AppModule } from './app.module';
import { MaakAlerts } from './alerts/commands/maak-alerts/maak-alerts';
import { SignaalEvent } from './alerts/domain/signaal-event';
import { notificatiesEnvSchema } from './config/notificaties-env';

/**
 * The live stream of alerts (ADR 0021) over HTTP against the real database: a ticket only for whom the table lets
 * read the inbox, used once, and a stream that hears only its own organisation's committed alerts.
 */
let context: ServiceTestContext;
const open: Array<{ stop: () => void }> = [];

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'notificaties',
    envSchema: notificatiesEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
  });
});

afterAll(async () => {
  for (const stroom of open) stroom.stop();
  await context?.close();
});

async function ticket(org: Claims['org'], roles: Claims['roles']): Promise<{ status: number; ticket?: string }> {
  const response = await fetch(`${context.url}/api/notificaties/live/alerts/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await context.token(org, roles)}` },
  });
  const body = (await response.json()) as { ticket?: string };
  return { status: response.status, ticket: body.ticket };
}

/** Opens the stream with a ticket and collects its events until the test ends. */
async function volg(kaartje: string) {
  const stroom = await volgLiveStroom(`${context.url}/api/notificaties/live/alerts?ticket=${encodeURIComponent(kaartje)}`);
  open.push(stroom);
  return stroom;
}

async function nieuweAlert(regio: string, brin: string): Promise<void> {
  const event = parseEvent(aanmeldingGemist(regio, brin, 'GM0106', `c-${randomUUID()}`)) as SignaalEvent;
  await context.app.get(MaakAlerts).execute({ input: { signalen: [event] }, correlationId: event.correlationId });
}

const alertEvents = (stroom: { events: Array<{ event: string; data: unknown }> }) => stroom.events.filter((e) => e.event === 'alerts');

describe('the live stream of alerts', () => {
  it("gives a ticket only to whom the table lets read the inbox, and the stream carries only the caller's organisation's alerts", async () => {
    expect((await ticket({ type: 'rmc-regio', code: 'MC07' }, ['beheerder'])).status).toBe(403);
    expect((await ticket({ type: 'ops', code: 'platform' }, ['ops'])).status).toBe(403);

    const mc07 = await volg((await ticket({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider'])).ticket as string);
    const mc03 = await volg((await ticket({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider'])).ticket as string);
    const school = await volg((await ticket({ type: 'vo-school', code: '00AH' }, ['decaan'])).ticket as string);
    const andereSchool = await volg((await ticket({ type: 'vo-school', code: '14RP' }, ['decaan'])).ticket as string);
    expect([mc07.status, mc03.status, school.status, andereSchool.status]).toEqual([200, 200, 200, 200]);
    expect(mc07.contentType).toBe('text/event-stream; charset=utf-8');
    await waitFor(
      'every stream connected',
      async () => [mc07, mc03, school, andereSchool].every((s) => s.events.some((e) => e.event === 'verbonden')),
      5_000,
      20,
    );

    const gestart = Date.now();
    await nieuweAlert('MC07', '00AH');
    await waitFor('the alert on MC07 and 00AH', async () => alertEvents(mc07).length > 0 && alertEvents(school).length > 0, 5_000, 20);
    process.stdout.write(`live: alert committed → event on the stream in ${Date.now() - gestart} ms (use case included)\n`);
    expect(alertEvents(mc07)).toEqual([{ event: 'alerts', data: { aantal: 1 } }]);
    expect(alertEvents(school)).toEqual([{ event: 'alerts', data: { aantal: 1 } }]);

    // An alert of another region and school reaches only them, and the first streams heard nothing else.
    await nieuweAlert('MC03', '14RP');
    await waitFor('the alert on MC03 and 14RP', async () => alertEvents(mc03).length > 0 && alertEvents(andereSchool).length > 0, 5_000, 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alertEvents(mc07)).toHaveLength(1);
    expect(alertEvents(school)).toHaveLength(1);
    expect(alertEvents(mc03)).toEqual([{ event: 'alerts', data: { aantal: 1 } }]);
  });

  it('hears an update of an alert, and nothing of a transaction that rolled back', async () => {
    const mc07 = await volg((await ticket({ type: 'rmc-regio', code: 'MC07' }, ['rmc-coordinator'])).ticket as string);
    await waitFor('connected', async () => mc07.events.some((e) => e.event === 'verbonden'), 5_000, 20);
    await context.dataSource
      .transaction(async (manager) => {
        await manager.query(`UPDATE alert SET status = status WHERE org_type = 'rmc-regio' AND org_code = 'MC07'`);
        throw new Error('terug');
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alertEvents(mc07)).toEqual([]);
    await context.dataSource.query(`UPDATE alert SET status = status WHERE org_type = 'rmc-regio' AND org_code = 'MC07'`);
    await waitFor('the update', async () => alertEvents(mc07).length > 0, 5_000, 20);
    expect((alertEvents(mc07)[0].data as { aantal: number }).aantal).toBeGreaterThan(0);
  });

  it('refuses a ticket used before, made up or expired (401), and the ticket of another stream', async () => {
    const { ticket: eenmalig } = await ticket({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider']);
    expect((await volg(eenmalig as string)).status).toBe(200);
    expect((await volg(eenmalig as string)).status).toBe(401);
    expect((await volg('verzonnen')).status).toBe(401);
    expect((await volg('x'.repeat(5000))).status).toBe(401);
    const { ticket: oud } = await ticket({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider']);
    await context.dataSource.query(`UPDATE live_ticket SET verloopt_op = now() - interval '1 second'`);
    expect((await volg(oud as string)).status).toBe(401);
    // Only hashes are stored, bound to their stream.
    const { ticket: ander } = await ticket({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider']);
    const [rij] = (await context.dataSource.query('SELECT hash, stroom FROM live_ticket WHERE verloopt_op > now()')) as Array<{
      hash: string;
      stroom: string;
    }>;
    expect(rij.hash).not.toContain(ander as string);
    expect(rij.stroom).toBe('alerts');
    await context.dataSource.query(`UPDATE live_ticket SET stroom = 'monitor'`);
    expect((await volg(ander as string)).status).toBe(401);
  });
});
