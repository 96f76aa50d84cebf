import { randomBytes, randomUUID } from 'node:crypto';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { OpenCasus } from '../../../casussen/commands/open-casus/open-casus';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { ImporteerDuoLijst } from '../../../duo-lijsten/commands/importeer-duo-lijst/importeer-duo-lijst';
import { LeesBenaderronde } from '../../queries/benaderronde/lees-benaderronde';
import { LeesBenaderrondes } from '../../queries/benaderrondes/lees-benaderrondes';
import { LegRondeResultaatVast } from '../leg-ronde-resultaat-vast/leg-ronde-resultaat-vast';
import { SluitBenaderrondeAf } from '../sluit-benaderronde-af/sluit-benaderronde-af';
import { StartBenaderronde } from './start-benaderronde';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const begeleider = (regio = 'MC03') => context.claims({ type: 'rmc-regio', code: regio }, ['trajectbegeleider']);
const openCasus = async (regio = 'MC03'): Promise<string> =>
  (
    await context.app.get(OpenCasus).execute({
      input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' },
      actor: begeleider(regio),
      correlationId: 'c',
    })
  ).id;
const start = (input: { naam?: string; casusIds?: string[]; duoLijstId?: string }, actor = begeleider()) =>
  context.app.get(StartBenaderronde).execute({ input: { rmcRegio: 'MC03', naam: 'Aanpak oude VSV', ...input }, actor, correlationId: 'c' });
type Resultaat = { reactie: string; inBeeld: boolean; overgedragenAan?: string };
const legVast = (rondeId: string, casusId: string, resultaat: Resultaat, actor = begeleider()) =>
  context.app.get(LegRondeResultaatVast).execute({
    // reactie as an HTTP body might bring it: the domain names an unknown one
    input: { rmcRegio: 'MC03', rondeId, casusId, ...resultaat, reactie: resultaat.reactie as 'nog-open' },
    actor,
    correlationId: 'c',
  });
const sluitAf = (rondeId: string, actor = begeleider()) =>
  context.app.get(SluitBenaderrondeAf).execute({ input: { rmcRegio: 'MC03', rondeId }, actor, correlationId: 'c' });
const tel = async (sql: string, params: unknown[]): Promise<number> => Number((await context.dataSource.query(sql, params))[0].n);

describe("a region's outreach rounds (use cases against the real database)", () => {
  it('a round over chosen cases: results per young person, totals, closed once with the totals as a pseudonymous event', async () => {
    const [a, b, c, d] = [await openCasus(), await openCasus(), await openCasus(), await openCasus()];
    const ronde = await start({ casusIds: [a, b, c, d, a] });
    expect(ronde.telling).toEqual({
      aangeschreven: 4,
      zelfGereageerd: 0,
      telefonischBereikt: 0,
      andersBereikt: 0,
      nietBereikt: 0,
      nogOpen: 4,
      inBeeld: 0,
      overgedragenAan: {},
    });

    expect(await legVast(ronde.id, a, { reactie: 'zelf-gereageerd', inBeeld: true, overgedragenAan: 'jongerenwerk' })).toMatchObject({
      casusId: a,
      reactie: 'zelf-gereageerd',
      inBeeld: true,
      overgedragenAan: 'jongerenwerk',
    });
    await legVast(ronde.id, b, { reactie: 'telefonisch-bereikt', inBeeld: true, overgedragenAan: 'rmc' });
    await legVast(ronde.id, c, { reactie: 'niet-bereikt', inBeeld: false });
    // the round's rules: in beeld only when reached, handed over only when in beeld — named, nothing stored
    await expect(legVast(ronde.id, d, { reactie: 'niet-bereikt', inBeeld: true })).rejects.toMatchObject({
      code: 'benaderronde.ongeldig',
      issues: [expect.objectContaining({ field: 'inBeeld', rule: 'in-beeld.alleen-bereikt' })],
    });
    await expect(legVast(ronde.id, d, { reactie: 'telefonisch-bereikt', inBeeld: false, overgedragenAan: 'rmc' })).rejects.toMatchObject({
      code: 'benaderronde.ongeldig',
      issues: [expect.objectContaining({ field: 'overgedragenAan', rule: 'overgedragen.alleen-in-beeld' })],
    });
    await expect(legVast(ronde.id, d, { reactie: 'gebeld', inBeeld: false })).rejects.toMatchObject({
      code: 'benaderronde.ongeldig',
      issues: [expect.objectContaining({ field: 'reactie', rule: 'reactie.onbekend' })],
    });
    await expect(legVast(ronde.id, await openCasus(), { reactie: 'niet-bereikt', inBeeld: false })).rejects.toMatchObject({
      code: 'benaderronde.geen-deelnemer',
    });

    const detail = await context.app
      .get(LeesBenaderronde)
      .execute({ input: { rmcRegio: 'MC03', rondeId: ronde.id }, actor: begeleider(), correlationId: 'c' });
    expect(detail.deelnemers?.find((x) => x.casusId === d)).toMatchObject({ reactie: 'nog-open', inBeeld: false, overgedragenAan: null });
    const verwacht = {
      aangeschreven: 4,
      zelfGereageerd: 1,
      telefonischBereikt: 1,
      andersBereikt: 0,
      nietBereikt: 1,
      nogOpen: 1,
      inBeeld: 2,
      overgedragenAan: { jongerenwerk: 1, rmc: 1 },
    };
    expect(detail.telling).toEqual(verwacht);

    const afgesloten = await sluitAf(ronde.id);
    expect(afgesloten.afgeslotenOp).not.toBeNull();
    await expect(sluitAf(ronde.id)).rejects.toMatchObject({ kind: 'conflict', code: 'benaderronde.afgesloten' });
    await expect(legVast(ronde.id, d, { reactie: 'niet-bereikt', inBeeld: false })).rejects.toMatchObject({ code: 'benaderronde.afgesloten' });

    const events: Array<{ sleutel: string; payload: Record<string, unknown> }> = await context.dataSource.query(
      `SELECT message_key AS sleutel, envelope -> 'payload' AS payload FROM outbox
       WHERE event_type = 'trajecten.benaderronde.afgesloten' AND envelope -> 'payload' ->> 'rondeId' = $1`,
      [ronde.id],
    );
    expect(events).toHaveLength(1);
    // keyed by the round, not by a young person
    expect(events[0]?.sleutel).toBe(ronde.id);
    expect(events[0]?.payload).toEqual({ rondeId: ronde.id, rmcRegio: 'MC03', afgeslotenOp: afgesloten.afgeslotenOp, ...verwacht });
    expect(JSON.stringify(events[0]?.payload)).not.toContain(a);

    const lijst = await context.app.get(LeesBenaderrondes).execute({ input: { rmcRegio: 'MC03' }, actor: begeleider(), correlationId: 'c' });
    expect(lijst.rondes.find((r) => r.id === ronde.id)).toMatchObject({ telling: verwacht });
    expect(lijst.rondes.find((r) => r.id === ronde.id)?.deelnemers).toBeUndefined();
  });

  it('a round over an imported oud-VSV list takes the cases its rows were linked to', async () => {
    const rng = mulberry32(Date.now() % 100000);
    const kop = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,uitgeschreven_op';
    const regels = [generateTestBsn(rng), generateTestBsn(rng)].map((bsn) => `${bsn},2006-03-03,GM0014,2024-06-30`);
    const rapport = await context.app.get(ImporteerDuoLijst).execute({
      input: { soort: 'oud-vsv', tekst: `${kop}\n${regels.join('\n')}\n`, datum: '2026-01-15' },
      actor: begeleider(),
      correlationId: 'c',
    });
    const gekoppeld = await tel('SELECT count(DISTINCT casus_id)::int AS n FROM duo_lijst_rij WHERE lijst_id = $1 AND casus_id IS NOT NULL', [
      rapport.lijstId,
    ]);
    expect(gekoppeld).toBe(2);
    const ronde = await start({ duoLijstId: rapport.lijstId });
    expect(ronde).toMatchObject({ duoLijstId: rapport.lijstId, telling: { aangeschreven: 2, nogOpen: 2 } });
    // the list's cases and chosen ones together, each once
    const extra = await openCasus();
    const lijstCasus = ronde.deelnemers?.[0]?.casusId as string;
    const samen = await start({ duoLijstId: rapport.lijstId, casusIds: [extra, lijstCasus] });
    expect(samen.telling.aangeschreven).toBe(3);
    // another region cannot start a round over this region's list
    await expect(
      context.app
        .get(StartBenaderronde)
        .execute({ input: { rmcRegio: 'MC11', naam: 'x', duoLijstId: rapport.lijstId }, actor: begeleider('MC11'), correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'benaderronde.geen-duo-lijst' });
  });

  it("refuses another region's cases and callers outside the region's RMC, storing nothing", async () => {
    const voor = await tel('SELECT count(*)::int AS n FROM benaderronde', []);
    const eigen = await openCasus();
    const ander = await openCasus('MC11');
    await expect(start({ casusIds: [eigen, ander] })).rejects.toMatchObject({
      code: 'benaderronde.ongeldig',
      issues: [expect.objectContaining({ field: 'casusIds[1]', rule: 'casus.niet-in-regio' })],
    });
    await expect(start({ casusIds: [eigen] }, begeleider('MC11'))).rejects.toMatchObject({ kind: 'geen-toegang', code: 'benaderronde.geen-toegang' });
    await expect(start({ casusIds: [eigen] }, context.claims({ type: 'rmc-regio', code: 'MC03' }, ['beheerder']))).rejects.toMatchObject({
      code: 'benaderronde.geen-toegang',
    });
    await expect(
      context.app.get(LeesBenaderronde).execute({ input: { rmcRegio: 'MC03', rondeId: randomUUID() }, actor: begeleider(), correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'benaderronde.niet-gevonden' });
    expect(await tel('SELECT count(*)::int AS n FROM benaderronde', [])).toBe(voor);
  });
});
