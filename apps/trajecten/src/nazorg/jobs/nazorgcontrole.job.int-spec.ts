import { randomBytes } from 'node:crypto';
import { parseEvent } from '@sluitend/contracts';
import { CLOCK, Clock } from '@sluitend/domain-nl';
import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { deliverThroughInbox, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../app.module';
import { OpenCasus } from '../../casussen/commands/open-casus/open-casus';
import { ZetCasusStap } from '../../casussen/commands/zet-casus-stap/zet-casus-stap';
import { trajectenEnvSchema } from '../../config/trajecten-env';
import { JOBS } from '../../shared/jobs';
import { LegNazorgcontroleVast } from '../commands/leg-nazorgcontrole-vast/leg-nazorgcontrole-vast';
import { PlanNazorgcontroleMessage } from '../commands/plan-nazorgcontrole/plan-nazorgcontrole.message';
import { LeesNazorgcontroles } from '../queries/nazorgcontroles/lees-nazorgcontroles';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const actor = (regio = 'MC14') => context.claims({ type: 'rmc-regio', code: regio }, ['trajectbegeleider']);
const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);

const gesloten = async (categorie: 'voltijd-onderwijs' | 'verhuisd-onvindbaar'): Promise<string> => {
  const casus = await context.app
    .get(OpenCasus)
    .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: actor(), correlationId: 'c' });
  await context.app.get(ZetCasusStap).execute({ input: { casusId: casus.id, actie: 'contact-leggen' }, actor: actor(), correlationId: 'c' });
  await context.app.get(ZetCasusStap).execute({
    input: { casusId: casus.id, actie: 'afsluiten', uitkomst: { categorie, toelichting: 'plek gevonden' } },
    actor: actor(),
    correlationId: 'c',
  });
  return casus.id;
};

/** trajecten's own trajecten.casus.afgesloten of a case, delivered through its inbox the way Kafka would (once per event id). */
async function bezorgAfsluiting(casusId: string): Promise<number> {
  const envelopes = await rows<{ envelope: unknown }>(
    `SELECT envelope FROM outbox WHERE event_type = 'trajecten.casus.afgesloten' AND envelope -> 'payload' ->> 'casusId' = $1`,
    [casusId],
  );
  const events = envelopes.map((row) => parseEvent(row.envelope) as Parameters<PlanNazorgcontroleMessage['handle']>[0][number]);
  return (await deliverThroughInbox(context.app, events, (fresh, inbox) => context.app.get(PlanNazorgcontroleMessage).handle(fresh, inbox))).length;
}
const events = (type: string, casusId: string) =>
  rows<{ payload: Record<string, unknown> }>(
    `SELECT envelope -> 'payload' AS payload FROM outbox WHERE event_type = $1 AND envelope -> 'payload' ->> 'casusId' = $2`,
    [type, casusId],
  );
const lijst = async () =>
  (await context.app.get(LeesNazorgcontroles).execute({ input: { rmcRegio: 'MC14' }, actor: actor(), correlationId: 'c' })).nazorgcontroles.map(
    (c) => c.casusId,
  );
const legVast = (casusId: string, resultaat: 'plek-behouden' | 'uitgevallen' = 'plek-behouden', wie = actor()) =>
  context.app
    .get(LegNazorgcontroleVast)
    .execute({ input: { casusId, resultaat, toelichting: 'zit goed op zijn plek' }, actor: wie, correlationId: 'c' });

async function springNaar(moment: Date): Promise<void> {
  await context.app.get(DemoClock).jumpTo(moment);
  await context.app.get(DueWorkSweeper).sweep(JOBS.nazorgcontrole);
}

describe('the nazorg check (a timer on the sweeper, demo clock)', () => {
  it('a case closed with a place gets one check at 3 months; it fires once onto the list; the result is recorded once', async () => {
    const clock = context.app.get<Clock>(CLOCK);
    const plek = await gesloten('voltijd-onderwijs');
    const zonderPlek = await gesloten('verhuisd-onvindbaar');
    const dicht = clock.now();
    expect(await bezorgAfsluiting(plek)).toBe(1);
    expect(await bezorgAfsluiting(plek)).toBe(0);
    expect(await bezorgAfsluiting(zonderPlek)).toBe(1);
    const gepland = await rows<{ casus_id: string; due_at: Date }>('SELECT casus_id, due_at FROM nazorgcontrole WHERE casus_id = ANY($1::uuid[])', [
      [plek, zonderPlek],
    ]);
    expect(gepland.map((r) => r.casus_id)).toEqual([plek]);
    const due = gepland[0].due_at;
    // Three calendar months (Amsterdam wall clock): between 89 and 93 days.
    expect((due.getTime() - dicht.getTime()) / 86_400_000).toBeGreaterThan(88);
    expect((due.getTime() - dicht.getTime()) / 86_400_000).toBeLessThan(93);

    // Not yet due: not on the list, no result accepted.
    await springNaar(new Date(due.getTime() - 60_000));
    expect(await events('trajecten.casus.nazorgcontrole-nodig', plek)).toHaveLength(0);
    expect(await lijst()).not.toContain(plek);
    await expect(legVast(plek)).rejects.toMatchObject({ kind: 'conflict', code: 'nazorg.niet-aan-de-beurt' });
    await expect(legVast(zonderPlek)).rejects.toMatchObject({ code: 'nazorg.niet-aan-de-beurt' });

    // Due: fires once, even when swept again; the case is on the list with a history line.
    await springNaar(new Date(due.getTime() + 60_000));
    await context.app.get(DueWorkSweeper).sweep(JOBS.nazorgcontrole);
    const nodig = await events('trajecten.casus.nazorgcontrole-nodig', plek);
    expect(nodig).toEqual([{ payload: { casusId: plek, rmcRegio: 'MC14', vanaf: expect.any(String), dueAt: due.toISOString() } }]);
    expect(await lijst()).toContain(plek);
    expect(await rows('SELECT 1 FROM casus_historie WHERE casus_id = $1 AND actie = $2', [plek, 'nazorgcontrole-nodig'])).toHaveLength(1);

    // Another region does not learn of it; the region's staff record the result, once; the case leaves the list.
    await expect(legVast(plek, 'plek-behouden', actor('MC15'))).rejects.toMatchObject({ code: 'casus.niet-gevonden' });
    expect(await legVast(plek)).toMatchObject({ casusId: plek, resultaat: 'plek-behouden', toelichting: 'zit goed op zijn plek' });
    await expect(legVast(plek, 'uitgevallen')).rejects.toMatchObject({ code: 'nazorg.al-vastgelegd' });
    expect(await lijst()).not.toContain(plek);
    const vastgelegd = await events('trajecten.casus.nazorgcontrole-vastgelegd', plek);
    expect(vastgelegd.map((e) => e.payload.resultaat)).toEqual(['plek-behouden']);
    expect(JSON.stringify(vastgelegd)).not.toContain('zit goed');
  });
});
