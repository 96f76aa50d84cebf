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
import { PlanHeraanpakMessage } from '../commands/plan-heraanpak/plan-heraanpak.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const DAG = 24 * 3600 * 1000;
const actor = () => context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);

const open = () =>
  context.app
    .get(OpenCasus)
    .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: actor(), correlationId: 'c' });
const stap = (casusId: string, actie: 'afwijzen' | 'onbereikbaar-melden' | 'contact-leggen') =>
  context.app.get(ZetCasusStap).execute({ input: { casusId, actie }, actor: actor(), correlationId: 'c' });

/** trajecten's own status events of a case, delivered to it through its inbox the way Kafka would (once per event id). */
async function bezorgStatusEvents(casusId: string): Promise<number> {
  const envelopes = await rows<{ envelope: unknown }>(
    `SELECT envelope FROM outbox WHERE event_type = 'trajecten.casus.status-gewijzigd' AND envelope -> 'payload' ->> 'casusId' = $1 ORDER BY created_at`,
    [casusId],
  );
  const events = envelopes.map((row) => parseEvent(row.envelope) as Parameters<PlanHeraanpakMessage['handle']>[0][number]);
  return (await deliverThroughInbox(context.app, events, (fresh, inbox) => context.app.get(PlanHeraanpakMessage).handle(fresh, inbox))).length;
}

const timers = (casusId: string) =>
  rows<{ volgnummer: number; maanden: number; gevuurd: boolean; vervallen: boolean }>(
    'SELECT volgnummer, maanden, gevuurd_op IS NOT NULL AS gevuurd, vervallen_op IS NOT NULL AS vervallen FROM heraanpak WHERE casus_id = $1 ORDER BY volgnummer',
    [casusId],
  );
const gevuurd = (casusId: string) =>
  rows<{ volgnummer: number }>(
    `SELECT (envelope -> 'payload' ->> 'volgnummer')::int AS volgnummer FROM outbox WHERE event_type = 'trajecten.casus.heraanpak-nodig' AND envelope -> 'payload' ->> 'casusId' = $1 ORDER BY 1`,
    [casusId],
  );

async function springNaar(moment: Date): Promise<void> {
  await context.app.get(DemoClock).jumpTo(moment);
  await context.app.get(DueWorkSweeper).sweep(JOBS.heraanpak);
}

describe('re-approach after a decline (timers on the sweeper, demo clock)', () => {
  it('a decline plans timers at 3 and 6 months; each fires once, on its moment, with a history line and an event', async () => {
    const clock = context.app.get<Clock>(CLOCK);
    const casus = await open();
    await stap(casus.id, 'afwijzen');
    const begin = clock.now();
    expect(await bezorgStatusEvents(casus.id)).toBe(1);
    expect(await bezorgStatusEvents(casus.id)).toBe(0);
    expect(await timers(casus.id)).toEqual([
      { volgnummer: 1, maanden: 3, gevuurd: false, vervallen: false },
      { volgnummer: 2, maanden: 6, gevuurd: false, vervallen: false },
    ]);

    await context.app.get(DueWorkSweeper).sweep(JOBS.heraanpak);
    expect(await gevuurd(casus.id)).toEqual([]);

    await springNaar(new Date(begin.getTime() + 93 * DAG));
    expect(await gevuurd(casus.id)).toEqual([{ volgnummer: 1 }]);
    await context.app.get(DueWorkSweeper).sweep(JOBS.heraanpak);
    expect(await gevuurd(casus.id)).toEqual([{ volgnummer: 1 }]);

    await springNaar(new Date(begin.getTime() + 186 * DAG));
    expect(await gevuurd(casus.id)).toEqual([{ volgnummer: 1 }, { volgnummer: 2 }]);
    expect((await timers(casus.id)).map((t) => t.gevuurd)).toEqual([true, true]);
    const regels = await rows<{ toelichting: string }>(
      `SELECT toelichting FROM casus_historie WHERE casus_id = $1 AND actie = 'heraanpak' ORDER BY id`,
      [casus.id],
    );
    expect(regels.map((r) => r.toelichting)).toEqual(['moment 1: 3 maanden na afgewezen', 'moment 2: 6 maanden na afgewezen']);
  });

  it('moving from declined to unreachable continues the rest (no new timers); contact again lets the timers lapse', async () => {
    const clock = context.app.get<Clock>(CLOCK);
    const casus = await open();
    await stap(casus.id, 'afwijzen');
    await bezorgStatusEvents(casus.id);
    await stap(casus.id, 'onbereikbaar-melden');
    await bezorgStatusEvents(casus.id);
    expect(await timers(casus.id)).toHaveLength(2);

    await stap(casus.id, 'contact-leggen');
    await bezorgStatusEvents(casus.id);
    await springNaar(new Date(clock.now().getTime() + 200 * DAG));
    expect(await gevuurd(casus.id)).toEqual([]);
    expect((await timers(casus.id)).map((t) => t.vervallen)).toEqual([true, true]);
  });
});
