import { randomBytes, randomUUID } from 'node:crypto';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { trajectenEnvSchema } from './config/trajecten-env';
import { CasusSignaalEvent } from './signalen/domain/signaal-event';
import { VerwerkSignalenMessage } from './signalen/commands/verwerk-signalen/verwerk-signalen.message';
import { VoegCasussenSamenMessage } from './casussen/commands/voeg-casussen-samen/voeg-casussen-samen.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const jongere = () => randomBytes(32).toString('base64url');
const geenHerinschrijving = (jongereId: string, rmcRegio: string) =>
  parsedEvent(
    'overstap.deadline.geen-herinschrijving',
    { signaalId: randomUUID(), schooljaar: '2026-2027', uitgeschrevenPer: '2027-01-15', termijnWeken: 4 },
    { jongereId, context: { rmcRegio, woongemeente: 'GM0014' } },
  );
const signaleer = (events: CasusSignaalEvent[]) =>
  deliverThroughInbox(context.app, events, (fresh, inbox) => context.app.get(VerwerkSignalenMessage).dispatch(fresh as CasusSignaalEvent[], inbox));
const koppel = (event: ReturnType<typeof gekoppeld>) =>
  deliverThroughInbox(context.app, [event], (fresh, inbox) => context.app.get(VoegCasussenSamenMessage).gekoppeld(fresh, inbox));
const gekoppeld = (van: string, naar: string) => parsedEvent('overstap.persoon.gekoppeld', { van, naar }, { jongereId: naar, context: {} });

type CasusRij = { id: string; rmc_regio: string; status: string; uitkomst: Record<string, unknown> | null };
const casussen = (jongereId: string): Promise<CasusRij[]> =>
  context.dataSource.query('SELECT id, rmc_regio, status, uitkomst FROM casus WHERE jongere_id = $1 ORDER BY rmc_regio, geopend_op', [jongereId]);
const signalen = (jongereId: string): Promise<Array<{ casus_id: string | null }>> =>
  context.dataSource.query('SELECT casus_id FROM casus_signaal WHERE jongere_id = $1', [jongereId]);
const samengevoegd = (casusId: string): Promise<Array<{ payload: Record<string, unknown> }>> =>
  context.dataSource.query(
    `SELECT envelope -> 'payload' AS payload FROM outbox WHERE event_type = 'trajecten.casus.samengevoegd' AND envelope -> 'payload' ->> 'casusId' = $1`,
    [casusId],
  );

describe('overstap.persoon.gekoppeld in trajecten (through the inbox, real database)', () => {
  it('merges two open cases of one person in a region into the one opened first, once; other cases are re-keyed', async () => {
    const [van, naar] = [jongere(), jongere()];
    await signaleer([geenHerinschrijving(van, 'MC03')]);
    await signaleer([geenHerinschrijving(van, 'MC07')]);
    await signaleer([geenHerinschrijving(naar, 'MC03')]);
    await signaleer([geenHerinschrijving(naar, 'MC03')]);
    const [eerste] = await casussen(van);
    const [tweede] = await casussen(naar);
    expect(eerste.rmc_regio).toBe('MC03');

    const event = gekoppeld(van, naar);
    await koppel(event);
    await koppel(event);

    expect(await casussen(van)).toEqual([]);
    const na = await casussen(naar);
    expect(na.filter((c) => c.rmc_regio === 'MC03' && c.status !== 'afgesloten').map((c) => c.id)).toEqual([eerste.id]);
    expect(na.find((c) => c.id === tweede.id)).toMatchObject({ status: 'afgesloten', uitkomst: { categorie: 'overig' } });
    expect(na.filter((c) => c.rmc_regio === 'MC07')).toHaveLength(1);
    // Every signal of both is the person's now; those of MC03 belong to the case that stayed.
    const alle = await signalen(naar);
    expect(alle).toHaveLength(4);
    expect(await signalen(van)).toEqual([]);
    expect(alle.filter((s) => s.casus_id === eerste.id)).toHaveLength(3);
    expect(await samengevoegd(tweede.id)).toEqual([{ payload: expect.objectContaining({ casusId: tweede.id, in: eerste.id, rmcRegio: 'MC03' }) }]);
    const historie = await context.dataSource.query<Array<{ actie: string }>>(
      `SELECT actie FROM casus_historie WHERE casus_id = $1 AND actie = 'samengevoegd'`,
      [eerste.id],
    );
    expect(historie).toHaveLength(1);
  });

  it('re-keys a person without a second case and publishes nothing', async () => {
    const [van, naar] = [jongere(), jongere()];
    await signaleer([geenHerinschrijving(van, 'MC03')]);
    const [casus] = await casussen(van);
    await koppel(gekoppeld(van, naar));
    expect(await casussen(naar)).toEqual([expect.objectContaining({ id: casus.id, status: 'aangemeld' })]);
    expect(await samengevoegd(casus.id)).toEqual([]);
  });
});
