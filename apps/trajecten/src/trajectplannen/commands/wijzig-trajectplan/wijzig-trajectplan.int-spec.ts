import { randomBytes } from 'node:crypto';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { trajectenEnvSchema } from '../../../config/trajecten-env';

/** The trajectplan and the screening over HTTP against the real database: versions, ETag/If-Match, history, audit. */
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
});

afterAll(() => context?.close());

const MC03 = { type: 'rmc-regio', code: 'MC03' } as const;

async function api(
  methode: string,
  pad: string,
  body?: unknown,
  headers: Record<string, string> = {},
  org: { type: 'rmc-regio'; code: string } = MC03,
) {
  const response = await fetch(`${context.url}/api/trajecten${pad}`, {
    method: methode,
    headers: {
      authorization: `Bearer ${await context.token(org, ['trajectbegeleider'])}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const tekst = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {} };
}

const nieuweCasus = async (): Promise<string> => {
  const antwoord = await api('POST', '/casussen', { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'jongere-zelf' });
  expect(antwoord.status).toBe(201);
  return antwoord.body.id as string;
};

const inhoud = {
  route: 'onderwijs',
  doelen: [{ id: 'd1', omschrijving: 'Startkwalificatie halen', leefdomein: 'school', status: 'open' }],
  acties: [{ id: 'a1', omschrijving: 'Open dag bezoeken', doelId: 'd1', eigenaar: { soort: 'jongere' }, deadline: '2026-12-15', status: 'open' }],
  ondersteuning: [],
};

const telPlannen = async (casusId: string) =>
  (await context.dataSource.query('SELECT versie FROM trajectplan WHERE casus_id = $1', [casusId])) as Array<{ versie: number }>;

describe('trajectplan: optimistic locking over HTTP', () => {
  it('two edits of one version: the first makes version 2, the second gets 412 and changes nothing', async () => {
    const casusId = await nieuweCasus();
    const gemaakt = await api('POST', `/casussen/${casusId}/trajectplan`, inhoud);
    expect([gemaakt.status, gemaakt.etag, gemaakt.body.versie, gemaakt.body.status]).toEqual([201, '"1"', 1, 'concept']);
    const gelezen = await api('GET', `/casussen/${casusId}/trajectplan`);
    expect([gelezen.status, gelezen.etag]).toEqual([200, '"1"']);

    const eerste = await api(
      'PUT',
      `/casussen/${casusId}/trajectplan`,
      { ...inhoud, doelen: [...inhoud.doelen, { id: 'd2', omschrijving: 'Woonruimte', leefdomein: 'huisvesting', status: 'open' }] },
      { 'if-match': gelezen.etag as string },
    );
    const tweede = await api('PUT', `/casussen/${casusId}/trajectplan`, { ...inhoud, route: 'arbeid' }, { 'if-match': gelezen.etag as string });
    expect([eerste.status, eerste.etag]).toEqual([200, '"2"']);
    expect((eerste.body.historie as Array<{ wijzigingen: string[] }>).map((h) => h.wijzigingen)).toEqual([['aangemaakt'], ['doel-toegevoegd:d2']]);
    expect(tweede).toMatchObject({ status: 412, body: { code: 'trajectplan.verouderd', huidigeVersie: 2, verwachteVersie: 1 } });
    expect(await telPlannen(casusId)).toEqual([{ versie: 2 }]);
    expect((await api('GET', `/casussen/${casusId}/trajectplan`)).body.route).toBe('onderwijs');
  });

  it('concurrent edits of one version: exactly one wins, the other is 412', async () => {
    const casusId = await nieuweCasus();
    await api('POST', `/casussen/${casusId}/trajectplan`, inhoud);
    const antwoorden = await Promise.all(
      ['arbeid', 'zorg-dagbesteding'].map((route) => api('PUT', `/casussen/${casusId}/trajectplan`, { ...inhoud, route }, { 'if-match': '"1"' })),
    );
    expect(antwoorden.map((a) => a.status).sort()).toEqual([200, 412]);
    expect(await telPlannen(casusId)).toEqual([{ versie: 2 }]);
  });

  it('without If-Match 428, with a weak or * tag 400, naming the header and rule; a status step follows the same rule', async () => {
    const casusId = await nieuweCasus();
    await api('POST', `/casussen/${casusId}/trajectplan`, inhoud);
    expect(await api('PUT', `/casussen/${casusId}/trajectplan`, inhoud)).toMatchObject({
      status: 428,
      body: { code: 'trajectplan.if-match-vereist', errors: [expect.objectContaining({ field: 'If-Match', rule: 'if-match.verplicht' })] },
    });
    for (const tag of ['*', 'W/"1"']) {
      expect(await api('PUT', `/casussen/${casusId}/trajectplan`, inhoud, { 'if-match': tag })).toMatchObject({
        status: 400,
        body: { errors: [expect.objectContaining({ field: 'If-Match', rule: 'if-match.vorm' })] },
      });
    }
    expect((await api('POST', `/casussen/${casusId}/trajectplan/status`, { actie: 'vaststellen' })).status).toBe(428);
    const vastgesteld = await api('POST', `/casussen/${casusId}/trajectplan/status`, { actie: 'vaststellen' }, { 'if-match': '"1"' });
    expect([vastgesteld.status, vastgesteld.etag, vastgesteld.body.status]).toEqual([200, '"2"', 'actief']);
    // In an active plan a goal is not deleted but marked vervallen.
    expect(await api('PUT', `/casussen/${casusId}/trajectplan`, { ...inhoud, doelen: [], acties: [] }, { 'if-match': '"2"' })).toMatchObject({
      status: 400,
      body: { code: 'trajectplan.ongeldig' },
    });
    expect(await api('POST', `/casussen/${casusId}/trajectplan/status`, { actie: 'afronden' }, { 'if-match': '"2"' })).toMatchObject({
      status: 400,
      body: { errors: [expect.objectContaining({ field: 'doelen[0].status', rule: 'doel.open' })] },
    });
    expect(await telPlannen(casusId)).toEqual([{ versie: 2 }]);
    // A second running plan is refused; another region does not see the case.
    expect((await api('POST', `/casussen/${casusId}/trajectplan`, inhoud)).body).toMatchObject({ code: 'trajectplan.bestaat-al' });
    expect((await api('GET', `/casussen/${casusId}/trajectplan`, undefined, {}, { type: 'rmc-regio', code: 'MC07' })).status).toBe(404);
  });
});

describe('screening over HTTP', () => {
  const scores = (school: number) => ({
    leefdomeinen: {
      school,
      werk: 3,
      'inkomen-schulden': 2,
      huisvesting: 4,
      'gezondheid-psychisch': 3,
      'sociaal-netwerk': 4,
      verslaving: 5,
      justitie: 5,
      dagbesteding: 1,
    },
    vaardigheden: { leren: 3, school: 2, arbeid: 3, dagbesteding: 2 },
  });

  it('keeps every screening with its problem domains and the change; the read is recorded', async () => {
    const casusId = await nieuweCasus();
    const eerste = await api('POST', `/casussen/${casusId}/screenings`, { ...scores(1), afgenomenOp: '2026-01-10T10:00:00+01:00' });
    expect(eerste).toMatchObject({ status: 201, body: { knelpunten: ['school', 'inkomen-schulden', 'dagbesteding'] } });
    expect((await api('POST', `/casussen/${casusId}/screenings`, scores(4))).status).toBe(201);
    const gelezen = await api('GET', `/casussen/${casusId}/screenings`);
    expect(gelezen.status).toBe(200);
    expect((gelezen.body.screenings as unknown[]).length).toBe(2);
    expect(gelezen.body.verloop).toMatchObject({ sindsEerste: { verbeterd: ['school'], knelpuntenVan: 3, knelpuntenNaar: 2 } });
    expect(await context.dataSource.query('SELECT wat FROM casus_inzage WHERE casus_id = $1', [casusId])).toEqual([{ wat: 'screenings' }]);
  });

  it('refuses a score out of range, a missing domain or an unknown key, naming each field; nothing stored', async () => {
    const casusId = await nieuweCasus();
    const { leefdomeinen, vaardigheden } = scores(6);
    const { justitie: _weg, ...zonderJustitie } = leefdomeinen;
    const antwoord = await api('POST', `/casussen/${casusId}/screenings`, { leefdomeinen: { ...zonderJustitie, fietsen: 3 }, vaardigheden });
    expect(antwoord.status).toBe(400);
    const velden = (antwoord.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(velden).toEqual(expect.arrayContaining(['leefdomeinen.school', 'leefdomeinen.justitie']));
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM screening WHERE casus_id = $1', [casusId])).toEqual([{ n: 0 }]);
  });
});
