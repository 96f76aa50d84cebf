import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { MAX_IMPORT_RIJEN } from './dossiers/commands/importeer-dossiers/dossier-csv';
import { OverstapFixture } from './shared/testing/overstap.fixture';

/**
 * Overstap's HTTP API as served (body parsers, guards, problem+json) against the real database: the answers a client
 * sees for refusals that are not a use case's own validation (issue 9).
 */
const fixture = new OverstapFixture(71);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
});

afterAll(() => context?.close());

const SCHOOL = { type: 'vo-school', code: '00AH' } as const;
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;

async function verzoek(method: string, pad: string, token: string, body?: string, type = 'application/json') {
  const response = await fetch(`${context.url}/api/overstap${pad}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': type }) },
    body,
  });
  const tekst = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {},
  };
}

describe('overstap over HTTP', () => {
  it('answers a CSV with more rows than one import takes with 413 problem+json (not 400), starting no job', async () => {
    const dossier = fixture.dossier();
    const kop = [
      'schooljaar;brin;vestiging;bsn_of_onderwijsnummer;voornamen;achternaam;geboortedatum;postcode;woongemeente',
      'onderwijstype;leerjaar;bestemming;crebo_1;niveau_1;ondersteuning_nodig;toestemming_delen;akkoord_getekend_op',
    ].join(';');
    const rij = `2026-2027;00AH;00AH00;${dossier.leerling.persoonsnummer};Sam;de Vries;12-05-2009;7522 GK;GM0014;VMBO-KB;4;mbo;25180;2;nee;nee;15-01-2026`;
    const csv = `${kop}\n${`${rij}\n`.repeat(MAX_IMPORT_RIJEN + 1)}`;
    const antwoord = await verzoek('POST', '/dossiers/imports', await context.token(SCHOOL, ['schooladministratie']), csv, 'text/csv');
    expect({ status: antwoord.status, type: antwoord.type, code: antwoord.body.code }).toEqual({
      status: 413,
      type: expect.stringContaining('application/problem+json'),
      code: 'csv.te-veel-rijen',
    });
    expect(await context.dataSource.query('SELECT id FROM dossier_import')).toEqual([]);
  });

  it('answers an ops token on GET /dossiers/{id} with 403, as every other personal-data route, and the school with 200', async () => {
    const ingediend = await verzoek('POST', '/dossiers', await context.token(SCHOOL, ['schooladministratie']), JSON.stringify(fixture.dossier()));
    expect(ingediend.status).toBe(201);
    const id = (ingediend.body as { dossierId: string }).dossierId;
    const ops = await verzoek('GET', `/dossiers/${id}`, await context.token({ type: 'ops', code: 'platform' }, ['ops']));
    expect({ status: ops.status, type: ops.type }).toEqual({ status: 403, type: expect.stringContaining('application/problem+json') });
    expect((await verzoek('GET', `/dossiers/${id}`, await context.token(SCHOOL, ['schooladministratie']))).status).toBe(200);
  });

  it("shows the mbo nothing about support without consent (not nodig, not the zorgcoördinator's advice), and publishes nothing about it", async () => {
    const dossier = fixture.dossier({
      ondersteuning: { nodig: true, toelichting: 'extra begeleiding bij plannen', toestemmingDelen: false },
      advies: { door: 'zorgcoordinator', tekst: 'kleine klas aanbevolen' },
    });
    const school = await context.token(SCHOOL, ['schooladministratie']);
    const ingediend = await verzoek('POST', '/dossiers', school, JSON.stringify(dossier));
    const id = (ingediend.body as { dossierId: string }).dossierId;
    const mbo = await context.token(MBO, ['intaker']);
    expect((await verzoek('POST', '/aanmeldingen', mbo, JSON.stringify(fixture.aanmelding(dossier.leerling.persoonsnummer)))).status).toBe(201);

    const gelezen = await verzoek('GET', `/dossiers/${id}`, mbo);
    expect(gelezen.status).toBe(200);
    const inhoud = gelezen.body.inhoud as Record<string, unknown>;
    expect({ ondersteuning: inhoud.ondersteuning, advies: inhoud.advies, gedeeld: gelezen.body.ondersteuningGedeeld }).toEqual({
      ondersteuning: { toestemmingDelen: false },
      advies: undefined,
      gedeeld: false,
    });
    // The school itself still sees everything.
    const eigen = (await verzoek('GET', `/dossiers/${id}`, school)).body.inhoud as Record<string, unknown>;
    expect(eigen.ondersteuning).toEqual(dossier.ondersteuning);
    const payloads = (await context.dataSource.query(
      `SELECT envelope -> 'payload' AS payload FROM outbox WHERE event_type = 'overstap.dossier.ingediend' AND envelope -> 'payload' ->> 'dossierId' = $1`,
      [id],
    )) as Array<{ payload: Record<string, unknown> }>;
    expect(payloads).toHaveLength(1);
    expect(Object.keys(payloads[0].payload).filter((key) => /ondersteuning/i.test(key))).toEqual([]);
  });

  it('gives an mbo the dossier only while its aanmelding lives, and only to its intake role', async () => {
    const dossier = fixture.dossier();
    const ingediend = await verzoek('POST', '/dossiers', await context.token(SCHOOL, ['schooladministratie']), JSON.stringify(dossier));
    const id = (ingediend.body as { dossierId: string }).dossierId;
    const mbo = await context.token(MBO, ['intaker']);
    const aanmelding = await verzoek('POST', '/aanmeldingen', mbo, JSON.stringify(fixture.aanmelding(dossier.leerling.persoonsnummer)));
    const aanmeldingId = (aanmelding.body as { aanmeldingId: string }).aanmeldingId;
    expect((await verzoek('GET', `/dossiers/${id}`, mbo)).status).toBe(200);
    expect((await verzoek('GET', `/dossiers/${id}`, await context.token(MBO, ['beheerder']))).status).toBe(403);

    expect((await verzoek('POST', `/aanmeldingen/${aanmeldingId}/status`, mbo, JSON.stringify({ status: 'ingetrokken' }))).status).toBe(200);
    const daarna = await verzoek('GET', `/dossiers/${id}`, mbo);
    expect({ status: daarna.status, code: daarna.body.code }).toEqual({ status: 404, code: 'dossier.niet-gevonden' });
  });

  it("shows the mbo's monitor only its own aanmeldingen and inschrijvingen, no signals, and only while its aanmelding lives", async () => {
    const dossier = fixture.dossier();
    const bsn = dossier.leerling.persoonsnummer;
    const ingediend = await verzoek('POST', '/dossiers', await context.token(SCHOOL, ['schooladministratie']), JSON.stringify(dossier));
    const id = (ingediend.body as { dossierId: string }).dossierId;
    const wij = await context.token(MBO, ['intaker']);
    const ander = await context.token({ type: 'mbo-instelling', code: '25PW' }, ['intaker']);
    const eigen = await verzoek('POST', '/aanmeldingen', wij, JSON.stringify(fixture.aanmelding(bsn)));
    expect(eigen.status).toBe(201);
    // Elsewhere: an aanmelding, an inschrijving and a negative BSA (a signal) at another mbo.
    expect((await verzoek('POST', '/aanmeldingen', ander, JSON.stringify(fixture.aanmelding(bsn, { locatie: '25PW00' })))).status).toBe(201);
    const inschrijving = await verzoek(
      'POST',
      '/inschrijvingen',
      ander,
      JSON.stringify({ persoonsnummer: bsn, schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '25PW00', ingeschrevenPer: '2026-08-31' }),
    );
    expect(inschrijving.status).toBe(201);
    const inschrijvingId = (inschrijving.body as { inschrijvingId: string }).inschrijvingId;
    expect(
      (await verzoek('POST', `/inschrijvingen/${inschrijvingId}/bsa`, ander, JSON.stringify({ negatief: true, gegevenOp: '2027-06-15' }))).status,
    ).toBeLessThan(300);

    const monitor = async (token: string) => {
      const pagina = await verzoek('GET', '/monitor/leerlingen?schooljaar=2026-2027&limit=200', token);
      expect(pagina.status).toBe(200);
      return (pagina.body.items as Array<Record<string, unknown>>).find((leerling) => leerling.dossierId === id);
    };
    expect(await monitor(wij)).toMatchObject({ aanmeldingen: 1, levend: 1, status: 'aangemeld', signalen: [] });
    // The school sees the whole overstap, the signal included.
    expect(await monitor(await context.token(SCHOOL, ['decaan']))).toMatchObject({
      aanmeldingen: 2,
      status: 'ingeschreven',
      signalen: ['negatief-bsa'],
    });

    const eigenId = (eigen.body as { aanmeldingId: string }).aanmeldingId;
    expect((await verzoek('POST', `/aanmeldingen/${eigenId}/status`, wij, JSON.stringify({ status: 'ingetrokken' }))).status).toBe(200);
    expect(await monitor(wij)).toBeUndefined();
  });

  it('records every read of aanmeldingen in the inzage log: who, for which organisation, which aanmelding, why', async () => {
    const mbo = await context.token({ type: 'mbo-instelling', code: '25LW' }, ['intaker']);
    const aanmelding = await verzoek('POST', '/aanmeldingen', mbo, JSON.stringify(fixture.aanmelding(fixture.bsn(), { locatie: '25LW00' })));
    expect(aanmelding.status).toBe(201);
    const aanmeldingId = (aanmelding.body as { aanmeldingId: string }).aanmeldingId;
    const lijst = await verzoek('GET', '/aanmeldingen?schooljaar=2026-2027', mbo);
    expect((lijst.body.items as Array<{ aanmeldingId: string }>).map((item) => item.aanmeldingId)).toEqual([aanmeldingId]);
    // Each row offers the statuses the transition table allows next (a client shows only those).
    expect((lijst.body.items as Array<{ status: string; toegestaan: string[] }>)[0]).toMatchObject({
      status: 'aangemeld',
      toegestaan: ['intake-gepland', 'toegelaten', 'afgewezen', 'onderwijsovereenkomst-aangeboden', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
    });
    expect(await context.dataSource.query('SELECT gebruiker, organisatie, reden FROM inzage WHERE aanmelding_id = $1', [aanmeldingId])).toEqual([
      { gebruiker: 'test-25LW', organisatie: 'mbo-instelling:25LW', reden: 'aanmeldingen-volgen' },
    ]);
  });
});
