import { randomBytes, randomUUID } from 'node:crypto';
import { CLOCK, Clock, addDays, localDateOf } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { ZetCasusStap } from '../../../casussen/commands/zet-casus-stap/zet-casus-stap';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { LeesProgramma } from '../../queries/programma/lees-programma';
import { LeesProgrammas } from '../../queries/programmas/lees-programmas';
import { BeeindigProgramma } from '../beeindig-programma/beeindig-programma';
import { MaakProgramma } from '../maak-programma/maak-programma';
import { MeldAfProgramma } from '../meld-af-programma/meld-af-programma';
import { MeldAanProgramma } from './meld-aan-programma';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const coordinator = (regio = 'MC11') => context.claims({ type: 'rmc-regio', code: regio }, ['rmc-coordinator']);
const begeleider = (regio = 'MC11') => context.claims({ type: 'rmc-regio', code: regio }, ['trajectbegeleider']);
const vandaag = () => localDateOf(context.app.get<Clock>(CLOCK).now());

const openCasus = async (regio = 'MC11'): Promise<string> =>
  (
    await context.app.get(OpenCasus).execute({
      input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' },
      actor: begeleider(regio),
      correlationId: 'c',
    })
  ).id;
const maak = (input: Partial<Parameters<MaakProgramma['execute']>[0]['input']> = {}, actor = coordinator()) =>
  context.app.get(MaakProgramma).execute({
    input: { rmcRegio: 'MC11', naam: 'Sollicitatieclub', startdatum: addDays(vandaag(), -30), ...input },
    actor,
    correlationId: 'c',
  });
const meldAan = (programmaId: string, casusId: string, extra: { datum?: string } = {}, actor = begeleider()) =>
  context.app.get(MeldAanProgramma).execute({ input: { rmcRegio: 'MC11', programmaId, casusId, ...extra }, actor, correlationId: 'c' });
const meldAf = (programmaId: string, casusId: string, resultaat: string, extra: { datum?: string; toelichting?: string } = {}) =>
  context.app.get(MeldAfProgramma).execute({
    // resultaat as the HTTP body might bring it: the domain names an unknown one
    input: { rmcRegio: 'MC11', programmaId, casusId, resultaat: resultaat as 'werk', ...extra },
    actor: begeleider(),
    correlationId: 'c',
  });
const outbox = async (casusId: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> =>
  context.dataSource.query(
    `SELECT event_type AS type, envelope -> 'payload' AS payload FROM outbox
     WHERE event_type LIKE 'trajecten.programma.%' AND envelope -> 'payload' ->> 'casusId' = $1 ORDER BY created_at`,
    [casusId],
  );
const aantal = async (sql: string, params: unknown[]): Promise<number> => Number((await context.dataSource.query(sql, params))[0].n);

describe("a region's programmes (use cases against the real database)", () => {
  it('the coordinator starts one; cases join until it is full, leave with a result, once; the results per programme', async () => {
    const programma = await maak({ naam: 'Wat wil je nou?', capaciteit: 2, einddatum: addDays(vandaag(), 30) });
    expect(programma).toMatchObject({ rmcRegio: 'MC11', capaciteit: 2, resultaten: { deelnemers: 0, lopend: 0 } });
    const [a, b, c] = [await openCasus(), await openCasus(), await openCasus()];

    expect(await meldAan(programma.id, a)).toEqual({
      programmaId: programma.id,
      casusId: a,
      aangemeldOp: vandaag(),
      afgemeldOp: null,
      resultaat: null,
      toelichting: null,
    });
    await expect(meldAan(programma.id, a)).rejects.toMatchObject({ code: 'programma.al-deelnemer' });
    await meldAan(programma.id, b, { datum: addDays(vandaag(), -1) });
    await expect(meldAan(programma.id, c)).rejects.toMatchObject({ kind: 'conflict', code: 'programma.vol', details: { capaciteit: 2 } });

    // An unknown result and a date before joining: both named, nothing stored.
    await expect(meldAf(programma.id, a, 'geslaagd', { datum: addDays(vandaag(), -5) })).rejects.toMatchObject({
      code: 'programma.ongeldig',
      issues: [expect.objectContaining({ field: 'resultaat' }), expect.objectContaining({ field: 'datum', rule: 'datum.na-aanmelding' })],
    });
    const af = await meldAf(programma.id, a, 'opleiding', { toelichting: 'start in september op het ROC' });
    expect(af).toMatchObject({ afgemeldOp: vandaag(), resultaat: 'opleiding', toelichting: 'start in september op het ROC' });
    await expect(meldAf(programma.id, a, 'werk')).rejects.toMatchObject({ code: 'programma.al-afgemeld' });
    await expect(meldAf(programma.id, c, 'werk')).rejects.toMatchObject({ kind: 'niet-gevonden', code: 'programma.geen-deelname' });
    // A place came free.
    await meldAan(programma.id, c);

    const detail = await context.app
      .get(LeesProgramma)
      .execute({ input: { rmcRegio: 'MC11', programmaId: programma.id }, actor: begeleider(), correlationId: 'c' });
    expect(detail.resultaten).toMatchObject({ deelnemers: 3, lopend: 2, perResultaat: { opleiding: 1, werk: 0 } });
    expect(detail.deelnames.map((d) => [d.casusId, d.resultaat])).toEqual([
      [b, null],
      [c, null],
      [a, 'opleiding'],
    ]);
    const lijst = await context.app.get(LeesProgrammas).execute({ input: { rmcRegio: 'MC11' }, actor: begeleider(), correlationId: 'c' });
    expect(lijst.programmas.find((p) => p.id === programma.id)?.resultaten.deelnemers).toBe(3);

    // Events: pseudonymous, the result without the explanation; history lines on the case.
    const events = await outbox(a);
    expect(events.map((e) => e.type)).toEqual(['trajecten.programma.deelname-gestart', 'trajecten.programma.deelname-beeindigd']);
    expect(events[1]?.payload).toEqual({
      programmaId: programma.id,
      casusId: a,
      rmcRegio: 'MC11',
      aangemeldOp: vandaag(),
      afgemeldOp: vandaag(),
      resultaat: 'opleiding',
    });
    expect(JSON.stringify(events)).not.toContain('ROC');
    expect(
      await aantal("SELECT count(*) AS n FROM casus_historie WHERE casus_id = $1 AND actie IN ('programma-aangemeld', 'programma-afgemeld')", [a]),
    ).toBe(2);
  });

  it('refuses a closed case, a case of another region, a programme not running, and a caller without the role — storing nothing', async () => {
    const programma = await maak({ startdatum: addDays(vandaag(), 7) });
    const casus = await openCasus();
    await expect(meldAan(programma.id, casus)).rejects.toMatchObject({ code: 'programma.niet-lopend' });
    await expect(meldAan(programma.id, await openCasus('MC12'))).rejects.toMatchObject({ code: 'casus.niet-gevonden' });
    await expect(meldAan(randomUUID(), casus)).rejects.toMatchObject({ code: 'programma.niet-gevonden' });
    await expect(meldAan(programma.id, casus, {}, begeleider('MC12'))).rejects.toMatchObject({ code: 'programma.geen-toegang' });

    const gesloten = await openCasus();
    await context.app.get(ZetCasusStap).execute({
      input: { casusId: gesloten, actie: 'afsluiten', uitkomst: { categorie: 'overig', toelichting: 'verhuisd naar het buitenland' } },
      actor: begeleider(),
      correlationId: 'c',
    });
    const lopend = await maak();
    await expect(meldAan(lopend.id, gesloten)).rejects.toMatchObject({ code: 'programma.casus-gesloten' });

    await expect(maak({}, begeleider())).rejects.toMatchObject({ kind: 'geen-toegang', code: 'programma.geen-toegang' });
    await expect(maak({ naam: ' ', capaciteit: 0, einddatum: addDays(vandaag(), -31) })).rejects.toMatchObject({
      code: 'programma.ongeldig',
      issues: [
        expect.objectContaining({ field: 'naam' }),
        expect.objectContaining({ field: 'capaciteit' }),
        expect.objectContaining({ field: 'einddatum', rule: 'periode.volgorde' }),
      ],
    });
    expect(await aantal('SELECT count(*) AS n FROM programma_deelname WHERE programma_id = ANY($1::uuid[])', [[programma.id, lopend.id]])).toBe(0);
  });

  it('the coordinator ends a programme: no one joins after; who is in it still leaves with a result', async () => {
    const programma = await maak();
    const [a, b] = [await openCasus(), await openCasus()];
    await meldAan(programma.id, a, { datum: addDays(vandaag(), -2) });
    await expect(
      context.app.get(BeeindigProgramma).execute({
        input: { rmcRegio: 'MC11', programmaId: programma.id, einddatum: addDays(vandaag(), -3) },
        actor: coordinator(),
        correlationId: 'c',
      }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ rule: 'einddatum.na-aanmelding' })] });
    await expect(
      context.app.get(BeeindigProgramma).execute({ input: { rmcRegio: 'MC11', programmaId: programma.id }, actor: begeleider(), correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'programma.geen-toegang' });
    const einde = addDays(vandaag(), -1);
    const beeindigd = await context.app
      .get(BeeindigProgramma)
      .execute({ input: { rmcRegio: 'MC11', programmaId: programma.id, einddatum: einde }, actor: coordinator(), correlationId: 'c' });
    expect(beeindigd.einddatum).toBe(einde);
    await expect(meldAan(programma.id, b)).rejects.toMatchObject({ code: 'programma.niet-lopend' });
    await expect(
      context.app
        .get(BeeindigProgramma)
        .execute({ input: { rmcRegio: 'MC11', programmaId: programma.id }, actor: coordinator(), correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'programma.al-beeindigd' });
    expect(await meldAf(programma.id, a, 'werk')).toMatchObject({ resultaat: 'werk' });
  });

  it('two joins for the last place at once: one gets it, the other hears it is full', async () => {
    const programma = await maak({ capaciteit: 1 });
    const [a, b] = [await openCasus(), await openCasus()];
    const uitkomsten = await Promise.allSettled([meldAan(programma.id, a), meldAan(programma.id, b)]);
    expect(uitkomsten.map((u) => u.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(uitkomsten.find((u) => u.status === 'rejected')).toMatchObject({ reason: { code: 'programma.vol' } });
    expect(await aantal('SELECT count(*) AS n FROM programma_deelname WHERE programma_id = $1', [programma.id])).toBe(1);
  });
});
