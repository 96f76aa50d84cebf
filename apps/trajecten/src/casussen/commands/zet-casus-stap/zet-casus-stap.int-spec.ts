import { randomBytes } from 'node:crypto';
import { casusAfgeslotenPayloadSchema } from '@sluitend/contracts';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { LeesCasus } from '../../queries/casus/lees-casus';
import { ZoekCasussen } from '../../queries/casussen/zoek-casussen';
import { OpenCasus } from '../open-casus/open-casus';
import { WijsRegisseurToe } from '../wijs-regisseur-toe/wijs-regisseur-toe';
import { ZetCasusStap } from './zet-casus-stap';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
});

afterAll(() => context?.close());

const mc03 = () => context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
const open = (regio = 'MC03') =>
  context.app.get(OpenCasus).execute({
    input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' },
    actor: context.claims({ type: 'rmc-regio', code: regio }, ['trajectbegeleider']),
    correlationId: 'c',
  });
const stap = (casusId: string, actie: Parameters<ZetCasusStap['execute']>[0]['input']['actie'], extra: object = {}, actor = mc03()) =>
  context.app.get(ZetCasusStap).execute({ input: { casusId, actie, ...extra }, actor, correlationId: 'c' });
const outbox = async (casusId: string): Promise<Array<{ type: string; version: number; payload: Record<string, unknown> }>> =>
  context.dataSource.query(
    `SELECT event_type AS type, (envelope ->> 'version')::int AS version, envelope -> 'payload' AS payload
     FROM outbox WHERE envelope -> 'payload' ->> 'casusId' = $1 ORDER BY created_at`,
    [casusId],
  );
const opgeslagen = async (casusId: string): Promise<{ status: string; uitkomst: Record<string, unknown> | null; inkomensklasse: string | null }> =>
  (await context.dataSource.query('SELECT status, uitkomst, inkomensklasse FROM casus WHERE id = $1', [casusId]))[0];
/** POST /casussen/:id/stappen over HTTP as the region's trajectbegeleider (the request schema, problem+json). */
async function stapOverHttp(casusId: string, body: unknown) {
  const response = await fetch(`${context.url}/api/trajecten/casussen/${casusId}/stappen`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await context.token({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider'])}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

describe('a case worked through its steps (use cases against the real database)', () => {
  it('regisseur, contact, screening, route, nazorg, closed with an outcome: each step in the history and as an event', async () => {
    const casus = await open();
    expect(casus.toegestaneStappen).toEqual(['contact-leggen', 'afwijzen', 'onbereikbaar-melden', 'afsluiten']);
    await context.app
      .get(WijsRegisseurToe)
      .execute({ input: { casusId: casus.id, regisseur: { sub: 'u-17', naam: 'Fatima de Vries' } }, actor: mc03(), correlationId: 'c' });
    for (const actie of ['contact-leggen', 'screening-starten', 'route-toewijzen', 'nazorg-starten'] as const) await stap(casus.id, actie);
    const dicht = await stap(casus.id, 'afsluiten', { uitkomst: { categorie: 'combinatie-leren-werken' } });
    expect(dicht).toMatchObject({
      status: 'afgesloten',
      uitkomst: { categorie: 'combinatie-leren-werken' },
      toegestaneStappen: [],
      casusregisseur: { sub: 'u-17', naam: 'Fatima de Vries' },
    });
    expect(dicht.afgeslotenOp).not.toBeNull();

    const detail = await context.app.get(LeesCasus).execute({ input: { casusId: casus.id }, actor: mc03(), correlationId: 'c' });
    expect(detail.historie.map((h) => [h.actie, h.vanStatus, h.naarStatus])).toEqual([
      ['geopend', null, 'aangemeld'],
      ['casusregisseur-toegewezen', null, null],
      ['contact-leggen', 'aangemeld', 'in-contact'],
      ['screening-starten', 'in-contact', 'screening'],
      ['route-toewijzen', 'screening', 'traject'],
      ['nazorg-starten', 'traject', 'nazorg'],
      ['afsluiten', 'nazorg', 'afgesloten'],
    ]);
    const events = await outbox(casus.id);
    expect(events.map((e) => e.type)).toEqual([
      'trajecten.casus.geopend',
      ...Array(4).fill('trajecten.casus.status-gewijzigd'),
      'trajecten.casus.afgesloten',
    ]);
    expect(events[5].payload).toMatchObject({
      uitkomst: 'combinatie-leren-werken',
      vanStatus: 'nazorg',
      tijdigheid: { eersteContact: 'minder-dan-4-weken', intake: 'minder-dan-4-weken' },
    });
    expect(detail.tijdigheid).toEqual({ eersteContact: 'minder-dan-4-weken', intake: 'minder-dan-4-weken' });

    // Closed: no step, no regisseur; a new case may open for the person.
    await expect(stap(casus.id, 'contact-leggen')).rejects.toMatchObject({ code: 'casus.overgang-niet-toegestaan', kind: 'conflict' });
    await expect(
      context.app
        .get(WijsRegisseurToe)
        .execute({ input: { casusId: casus.id, regisseur: { sub: 'u-1', naam: 'Iemand' } }, actor: mc03(), correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'casus.afgesloten', kind: 'conflict' });
    const opnieuw = await context.app
      .get(OpenCasus)
      .execute({ input: { jongereId: casus.jongereId, aanleiding: 'jongere-zelf' }, actor: mc03(), correlationId: 'c' });
    expect(opnieuw.id).not.toBe(casus.id);
  });

  it('a step out of turn is a conflict naming the allowed steps; closing needs a valid outcome; nothing changes', async () => {
    const casus = await open();
    await expect(stap(casus.id, 'route-toewijzen')).rejects.toMatchObject({
      code: 'casus.overgang-niet-toegestaan',
      details: expect.objectContaining({ toegestaan: ['contact-leggen', 'afwijzen', 'onbereikbaar-melden', 'afsluiten'] }),
    });
    await expect(stap(casus.id, 'afsluiten')).rejects.toMatchObject({ code: 'casus.uitkomst-vereist', kind: 'ongeldig' });
    await expect(stap(casus.id, 'afsluiten', { uitkomst: { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 8 } })).rejects.toMatchObject({
      code: 'uitkomst.ongeldig',
      issues: [expect.objectContaining({ field: 'uitkomst.urenPerWeek', rule: 'werk.minstens-12-uur' })],
    });
    await expect(stap(casus.id, 'afwijzen', { uitkomst: { categorie: 'overig', toelichting: 'x' } })).rejects.toMatchObject({
      code: 'casus.uitkomst-niet-verwacht',
    });
    const na = await context.app.get(LeesCasus).execute({ input: { casusId: casus.id }, actor: mc03(), correlationId: 'c' });
    expect(na.status).toBe('aangemeld');
    expect(na.historie).toHaveLength(1);
    expect(na.tijdigheid).toEqual({ eersteContact: 'nog-niet', intake: 'nog-niet' });
    expect(await outbox(casus.id)).toHaveLength(1);
  });

  it('closed with werk zonder startkwalificatie and an income class: stored beside the outcome, read back, and in trajecten.casus.afgesloten v2', async () => {
    const casus = await open();
    await stap(casus.id, 'contact-leggen');
    const dicht = await stap(casus.id, 'afsluiten', {
      uitkomst: { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 24, inkomensklasse: 'minder-dan-300' },
    });
    expect(dicht.uitkomst).toEqual({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 24, inkomensklasse: 'minder-dan-300' });
    // The class in its own (checked) column, not in the outcome's document.
    expect(await opgeslagen(casus.id)).toEqual({
      status: 'afgesloten',
      uitkomst: { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 24 },
      inkomensklasse: 'minder-dan-300',
    });
    const detail = await context.app.get(LeesCasus).execute({ input: { casusId: casus.id }, actor: mc03(), correlationId: 'c' });
    expect(detail.uitkomst).toEqual({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 24, inkomensklasse: 'minder-dan-300' });
    const lijst = await context.app
      .get(ZoekCasussen)
      .execute({ input: { pagina: 1, perPagina: 200, open: 'nee' }, actor: mc03(), correlationId: 'c' });
    expect(lijst.casussen.find((c) => c.id === casus.id)?.uitkomst).toMatchObject({ inkomensklasse: 'minder-dan-300' });

    const afgesloten = (await outbox(casus.id)).filter((e) => e.type === 'trajecten.casus.afgesloten');
    expect(afgesloten).toHaveLength(1);
    expect(afgesloten[0].version).toBe(2);
    expect(afgesloten[0].payload).toMatchObject({ uitkomst: 'werk-zonder-startkwalificatie', inkomensklasse: 'minder-dan-300' });
    expect(casusAfgeslotenPayloadSchema.safeParse(afgesloten[0].payload).success).toBe(true);
    // The table takes only the three classes, never an amount.
    await expect(context.dataSource.query(`UPDATE casus SET inkomensklasse = '450' WHERE id = $1`, [casus.id])).rejects.toThrow(
      /"casus_inkomensklasse"/,
    );

    // Over HTTP too: the class in the answer.
    const tweede = await open();
    const antwoord = await stapOverHttp(tweede.id, {
      actie: 'afsluiten',
      uitkomst: { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 16, inkomensklasse: '700-of-meer' },
    });
    expect(antwoord).toMatchObject({ status: 200, body: { status: 'afgesloten', uitkomst: { inkomensklasse: '700-of-meer' } } });
    expect((await opgeslagen(tweede.id)).inkomensklasse).toBe('700-of-meer');
  });

  it('closed with werk zonder startkwalificatie without a class (onbekend): nothing stored for it, the event has no inkomensklasse key', async () => {
    const casus = await open();
    const dicht = await stap(casus.id, 'afsluiten', { uitkomst: { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 32 } });
    expect(dicht.uitkomst).toEqual({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 32 });
    expect((await opgeslagen(casus.id)).inkomensklasse).toBeNull();
    const [afgesloten] = (await outbox(casus.id)).filter((e) => e.type === 'trajecten.casus.afgesloten');
    expect(afgesloten.version).toBe(2);
    expect(Object.keys(afgesloten.payload)).not.toContain('inkomensklasse');
  });

  it('an income class with another outcome is 400 on uitkomst.inkomensklasse (schema over HTTP, domain in the use case); nothing stored', async () => {
    const casus = await open();
    const antwoord = await stapOverHttp(casus.id, {
      actie: 'afsluiten',
      uitkomst: { categorie: 'voltijd-onderwijs', inkomensklasse: '300-tot-700' },
    });
    expect(antwoord.status).toBe(400);
    expect(antwoord.contentType).toMatch(/^application\/problem\+json/);
    expect(antwoord.body.errors).toEqual([expect.objectContaining({ field: 'uitkomst.inkomensklasse', rule: 'inkomensklasse.alleen-bij-werk' })]);

    // An amount instead of a class is refused the same way.
    const bedrag = await stapOverHttp(casus.id, {
      actie: 'afsluiten',
      uitkomst: { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 20, inkomensklasse: 450 },
    });
    expect(bedrag.status).toBe(400);
    expect(bedrag.body.errors).toEqual([expect.objectContaining({ field: 'uitkomst.inkomensklasse' })]);

    // The use case itself (a caller that skips the schema) refuses it in the domain.
    await expect(
      stap(casus.id, 'afsluiten', { uitkomst: { categorie: 'combinatie-leren-werken', inkomensklasse: 'minder-dan-300' } }),
    ).rejects.toMatchObject({
      code: 'uitkomst.ongeldig',
      kind: 'ongeldig',
      issues: [expect.objectContaining({ field: 'uitkomst.inkomensklasse', rule: 'inkomensklasse.alleen-bij-werk' })],
    });

    expect(await opgeslagen(casus.id)).toEqual({ status: 'aangemeld', uitkomst: null, inkomensklasse: null });
    // The table holds the rule too: no class beside another outcome, or beside none.
    await expect(context.dataSource.query(`UPDATE casus SET inkomensklasse = 'minder-dan-300' WHERE id = $1`, [casus.id])).rejects.toThrow(
      /"casus_inkomensklasse_bij_werk"/,
    );
    expect((await outbox(casus.id)).map((e) => e.type)).toEqual(['trajecten.casus.geopend']);
    const na = await context.app.get(LeesCasus).execute({ input: { casusId: casus.id }, actor: mc03(), correlationId: 'c' });
    expect(na.historie).toHaveLength(1);
  });

  it("another region does not see the case (404) nor finds it in its list; the list filters and pages the region's cases", async () => {
    const eigen = await Promise.all([open('MC20'), open('MC20'), open('MC20')]);
    await open('MC21');
    const mc20 = context.claims({ type: 'rmc-regio', code: 'MC20' }, ['rmc-coordinator']);
    const mc21 = context.claims({ type: 'rmc-regio', code: 'MC21' }, ['trajectbegeleider']);
    await expect(context.app.get(LeesCasus).execute({ input: { casusId: eigen[0].id }, actor: mc21, correlationId: 'c' })).rejects.toMatchObject({
      code: 'casus.niet-gevonden',
      kind: 'niet-gevonden',
    });
    await expect(stap(eigen[0].id, 'contact-leggen', {}, mc21)).rejects.toMatchObject({ code: 'casus.niet-gevonden' });

    await stap(eigen[1].id, 'contact-leggen', {}, mc20);
    await context.app
      .get(WijsRegisseurToe)
      .execute({ input: { casusId: eigen[2].id, regisseur: { sub: 'u-9', naam: 'Jan Bakker' } }, actor: mc20, correlationId: 'c' });
    const zoek = (input: object) =>
      context.app.get(ZoekCasussen).execute({ input: { pagina: 1, perPagina: 50, ...input }, actor: mc20, correlationId: 'c' });
    expect((await zoek({})).totaal).toBe(3);
    expect((await zoek({ status: 'in-contact' })).casussen.map((c) => c.id)).toEqual([eigen[1].id]);
    expect((await zoek({ casusregisseur: 'u-9' })).casussen.map((c) => c.id)).toEqual([eigen[2].id]);
    expect((await zoek({ zonderRegisseur: 'ja' })).totaal).toBe(2);
    const pagina2 = await zoek({ pagina: 2, perPagina: 2 });
    expect(pagina2).toMatchObject({ pagina: 2, perPagina: 2, totaal: 3 });
    expect(pagina2.casussen).toHaveLength(1);
    await expect(
      context.app
        .get(ZoekCasussen)
        .execute({ input: { pagina: 1, perPagina: 50 }, actor: context.claims({ type: 'vo-school', code: '00AH' }, ['decaan']), correlationId: 'c' }),
    ).rejects.toMatchObject({ kind: 'geen-toegang' });
  });
});
