import { randomBytes } from 'node:crypto';
import { partnerOverdrachtenSchema } from '@sluitend/contracts';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { ZetCasusStap } from '../../../casussen/commands/zet-casus-stap/zet-casus-stap';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { HandelOverdrachtAf } from '../../commands/handel-overdracht-af/handel-overdracht-af';
import { StelOverdrachtVoor } from '../../commands/stel-overdracht-voor/stel-overdracht-voor';
import { LeesPartnerOverdrachten } from './lees-partner-overdrachten';

/**
 * A partner's worklist (GET /overdrachten, the portal's partner view): the proposals waiting for it and the cases it
 * holds, nothing of another organisation's, nothing after it refused, handed back or the case closed.
 */
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
});

afterAll(() => context?.close());

// Codes of this run only: the list is per organisation, so other specs' handovers do not show.
const run = randomBytes(4).toString('hex');
const WERKPLEIN = { type: 'partner' as const, code: `werkplein-${run}` };
const LOKAAL_TEAM = { type: 'partner' as const, code: `lokaal-team-${run}` };
const rmc = () => context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
const partner = (org = WERKPLEIN) => context.claims(org, ['partner']);

const open = () =>
  context.app
    .get(OpenCasus)
    .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: rmc(), correlationId: 'c' });
const stelVoor = (casusId: string, naar = WERKPLEIN) =>
  context.app.get(StelOverdrachtVoor).execute({ input: { casusId, naar, route: 'arbeid' }, actor: rmc(), correlationId: 'c' });
const handel = (casusId: string, overdrachtId: string, extra: Record<string, unknown>, actor = partner()) =>
  context.app.get(HandelOverdrachtAf).execute({ input: { casusId, overdrachtId, actie: 'accepteren', ...extra }, actor, correlationId: 'c' });
const gesprek = () => ({ gesprek: { vorm: 'telefonisch', op: new Date(Date.now() - 60_000).toISOString() } });
const lijst = async (actor = partner()) =>
  (await context.app.get(LeesPartnerOverdrachten).execute({ input: {}, actor, correlationId: 'c' })).overdrachten.map((o) => [o.casusId, o.status]);

describe("a partner's worklist (use case and route against the real database)", () => {
  it('shows the proposals to it and the cases it holds, newest first; not after a refusal, a hand-back or closing', async () => {
    const wacht = await open();
    const voorstelWacht = await stelVoor(wacht.id);
    const heeft = await open();
    const voorstelHeeft = await stelVoor(heeft.id);
    await handel(heeft.id, voorstelHeeft.id, gesprek());
    const geweigerd = await open();
    const voorstelGeweigerd = await stelVoor(geweigerd.id);
    await handel(geweigerd.id, voorstelGeweigerd.id, { actie: 'weigeren', reden: 'geen plek in het aanbod' });
    const anderen = await open();
    await stelVoor(anderen.id, LOKAAL_TEAM);

    expect(await lijst()).toEqual([
      [heeft.id, 'geaccepteerd'],
      [wacht.id, 'voorgesteld'],
    ]);
    expect(await lijst(partner(LOKAAL_TEAM))).toEqual([[anderen.id, 'voorgesteld']]);
    // Only the organisation itself: the RMC that proposed sees nothing in this list.
    expect(await lijst(context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']))).toEqual([]);

    // The RMC withdraws the waiting one, the partner hands the other back: the list empties.
    await handel(wacht.id, voorstelWacht.id, { actie: 'intrekken' }, rmc());
    await handel(heeft.id, voorstelHeeft.id, { actie: 'teruggeven', reden: 'traject afgerond' });
    expect(await lijst()).toEqual([]);
  });

  it('drops a case the partner held once the case is closed (toegang: only while the case is open)', async () => {
    const casus = await open();
    const voorstel = await stelVoor(casus.id);
    await handel(casus.id, voorstel.id, gesprek());
    expect(await lijst()).toEqual([[casus.id, 'geaccepteerd']]);
    await context.app.get(ZetCasusStap).execute({
      input: { casusId: casus.id, actie: 'afsluiten', uitkomst: { categorie: 'overig', toelichting: 'verhuisd naar het buitenland' } },
      actor: rmc(),
      correlationId: 'c',
    });
    expect(await lijst()).toEqual([]);
  });

  it('GET /api/trajecten/overdrachten answers the partner its own list in the contract, and 403 to an RMC', async () => {
    const sociaalTeam = { type: 'partner' as const, code: `sociaal-team-${run}` };
    const casus = await open();
    await stelVoor(casus.id, sociaalTeam);
    const vraag = (token: string) => fetch(`${context.url}/api/trajecten/overdrachten`, { headers: { authorization: `Bearer ${token}` } });
    const antwoord = await vraag(await context.token(sociaalTeam, ['trajectbegeleider']));
    expect(antwoord.status).toBe(200);
    const body = partnerOverdrachtenSchema.parse(await antwoord.json());
    expect(body.organisatie).toEqual(sociaalTeam);
    expect(body.overdrachten.map((o) => [o.casusId, o.status, o.rmcRegio, o.casusStatus])).toEqual([[casus.id, 'voorgesteld', 'MC03', 'aangemeld']]);
    expect((await vraag(await context.token({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']))).status).toBe(403);
  });
});
