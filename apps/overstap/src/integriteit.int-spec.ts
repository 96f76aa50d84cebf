import { Clock, CLOCK } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { OverstapFixture } from './shared/testing/overstap.fixture';

/**
 * Integrity of aanmeldingen (issue 11 §6): an mbo dates an aanmelding back at most AANMELDING_TERUGDATEREN_MAX_DAGEN
 * days, so it cannot grant itself toelatingsrecht; the true registration time is stored apart.
 */
const fixture = new OverstapFixture(83);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'overstap',
    envSchema: overstapEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
    env: { AANMELDING_TERUGDATEREN_MAX_DAGEN: '7' },
  });
});

afterAll(() => context?.close());

const MBO = { type: 'mbo-instelling', code: '25LP' } as const;
const DAG = 24 * 60 * 60 * 1000;

async function aanmelden(aangemeldOp: string) {
  const bsn = fixture.bsn();
  const response = await fetch(`${context.url}/api/overstap/aanmeldingen`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await context.token(MBO, ['intaker'])}`, 'content-type': 'application/json' },
    body: JSON.stringify(fixture.aanmelding(bsn, { aangemeldOp })),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const aantal = async () => (await context.dataSource.query('SELECT count(*)::int AS n FROM aanmelding'))[0].n as number;

describe('aangemeldOp is bounded', () => {
  it('takes an aanmelding dated 6 days back and keeps the true registration time apart', async () => {
    const nu = context.app.get<Clock>(CLOCK).now();
    const geclaimd = new Date(nu.getTime() - 6 * DAG);
    const antwoord = await aanmelden(geclaimd.toISOString());
    expect(antwoord.status).toBe(201);
    const [rij] = await context.dataSource.query('SELECT aangemeld_op, geregistreerd_op FROM aanmelding WHERE id = $1', [antwoord.body.aanmeldingId]);
    expect((rij.aangemeld_op as Date).toISOString()).toBe(geclaimd.toISOString());
    expect(Math.abs((rij.geregistreerd_op as Date).getTime() - nu.getTime())).toBeLessThan(60_000);
  });

  it('refuses one dated 8 days back with 400 naming the field and rule, storing nothing', async () => {
    const voor = await aantal();
    const nu = context.app.get<Clock>(CLOCK).now();
    const antwoord = await aanmelden(new Date(nu.getTime() - 8 * DAG).toISOString());
    expect(antwoord.status).toBe(400);
    expect(antwoord.body.errors).toEqual([expect.objectContaining({ field: 'aangemeldOp', rule: 'max-terugdateren' })]);
    expect(await aantal()).toBe(voor);
  });
});
