import { Claims } from '@sluitend/auth';
import { GevolgdeStroom, serviceTestContext, ServiceTestContext, volgLiveStroom, waitFor } from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { OverstapFixture } from './shared/testing/overstap.fixture';

/**
 * The live stream of the doorstroommonitor (ADR 0021) over HTTP against the real database: a new dossier and a new
 * aanmelding reach exactly the monitors that show that student — the VO school, the RMC-regio of the woongemeente and
 * (for the aanmelding) the mbo — and no other organisation's stream.
 */
const fixture = new OverstapFixture(211);
let context: ServiceTestContext;
const open: GevolgdeStroom[] = [];

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
});

afterAll(async () => {
  for (const stroom of open) stroom.stop();
  await context?.close();
});

async function post(
  pad: string,
  org: Claims['org'],
  roles: Claims['roles'],
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${context.url}/api/overstap${pad}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await context.token(org, roles)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function volg(org: Claims['org'], roles: Claims['roles']): Promise<GevolgdeStroom> {
  const ticket = await post('/live/monitor/ticket', org, roles);
  expect(ticket.status).toBe(201);
  const stroom = await volgLiveStroom(`${context.url}/api/overstap/live/monitor?ticket=${encodeURIComponent(String(ticket.body.ticket))}`);
  open.push(stroom);
  await waitFor('connected', async () => stroom.events.some((e) => e.event === 'verbonden'), 5_000, 20);
  return stroom;
}

const monitorEvents = (stroom: GevolgdeStroom) => stroom.events.filter((e) => e.event === 'monitor').map((e) => e.data);

describe('the live stream of the monitor', () => {
  it('gives a ticket only to whom the table lets read the monitor', async () => {
    expect((await post('/live/monitor/ticket', { type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar'])).status).toBe(403);
    expect((await post('/live/monitor/ticket', { type: 'vo-school', code: '00AH' }, ['beheerder'])).status).toBe(403);
    expect((await post('/live/monitor/ticket', { type: 'ops', code: 'platform' }, ['ops'])).status).toBe(403);
  });

  it("tells the student's school, region and mbo of a new dossier and aanmelding, and nobody else", async () => {
    const school = await volg({ type: 'vo-school', code: '00AH' }, ['decaan']);
    const andereSchool = await volg({ type: 'vo-school', code: '14RP' }, ['decaan']);
    const regio = await volg({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
    const andereRegio = await volg({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider']);
    const mbo = await volg({ type: 'mbo-instelling', code: '25LP' }, ['intaker']);
    const andereMbo = await volg({ type: 'mbo-instelling', code: '25PW' }, ['intaker']);

    const dossier = fixture.dossier();
    expect((await post('/dossiers', { type: 'vo-school', code: '00AH' }, ['schooladministratie'], dossier)).status).toBe(201);
    const [{ rmc_regio: woonregio }] = (await context.dataSource.query('SELECT rmc_regio FROM dossier WHERE brin = $1', ['00AH'])) as Array<{
      rmc_regio: string;
    }>;
    expect(woonregio).toBe('MC03');
    await waitFor(
      'the dossier on the school and the region',
      async () => monitorEvents(school).length > 0 && monitorEvents(regio).length > 0,
      5_000,
      20,
    );
    expect(monitorEvents(school)).toEqual([{ aantal: 1 }]);
    expect(monitorEvents(mbo)).toEqual([]);

    const aanmelding = await post(
      '/aanmeldingen',
      { type: 'mbo-instelling', code: '25LP' },
      ['intaker'],
      fixture.aanmelding(dossier.leerling.persoonsnummer),
    );
    expect(aanmelding.status).toBe(201);
    await waitFor(
      'the aanmelding on the school, the region and the mbo',
      async () => monitorEvents(school).length > 1 && monitorEvents(regio).length > 1 && monitorEvents(mbo).length > 0,
      5_000,
      20,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([andereSchool, andereRegio, andereMbo].map(monitorEvents)).toEqual([[], [], []]);
  });
});
