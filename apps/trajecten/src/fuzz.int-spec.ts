import { randomBytes } from 'node:crypto';
import type { Claims } from '@sluitend/auth';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import {
  fuzzSamenvatting,
  fuzzTekstvelden,
  FuzzUitkomst,
  serviceTestContext,
  ServiceTestContext,
  fuzzTijdslimiet,
  FUZZ_ENV,
} from '@sluitend/testing';
import { AppModule } from './app.module';
import { trajectenEnvSchema } from './config/trajecten-env';
import { Persoonsnummers } from './shared/persoonsnummers';

// The whole file, hooks included: the full-size run (FUZZ_RUNS) takes proportionally longer.
jest.setTimeout(fuzzTijdslimiet());

/**
 * The fuzz tier (issue 9) over trajecten's HTTP API: every text field of every operation in docs/openapi/trajecten.json, a
 * NUL, a lone surrogate, 1 MB and a right-to-left override each, against the real database. An operation added to the
 * document without an example here fails the first test.
 */
let context: ServiceTestContext;
let uitkomst: FuzzUitkomst;

const RMC: Claims['org'] = { type: 'rmc-regio', code: 'MC07' };
const rng = mulberry32(113);
/**
 * A test BSN not drawn before in this file: the test range (999…) holds about 9,000 valid numbers, so a full-size run
 * (FUZZ_RUNS), which opens hundreds of cases, would otherwise draw one twice (409 casus.al-open).
 */
const gebruikt = new Set<string>();
const bsn = (): string => {
  for (;;) {
    const nummer = generateTestBsn(rng);
    if (!gebruikt.has(nummer)) {
      gebruikt.add(nummer);
      return nummer;
    }
  }
};

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'trajecten',
    envSchema: trajectenEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
    env: FUZZ_ENV,
  });
  const begeleider = () => context.token(RMC, ['trajectbegeleider']);
  const coordinator = () => context.token(RMC, ['rmc-coordinator']);
  const pseudoniem = (nummer: string) => context.app.get(Persoonsnummers).jongereId(nummer);

  /** A fresh case of the region, opened over the API. */
  const nieuweCasus = async (): Promise<string> => {
    const response = await fetch(`${context.url}/api/trajecten/casussen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await begeleider()}`, 'content-type': 'application/json' },
      // A random pseudonym: the seeded BSNs repeat over the hundreds of fresh cases the fuzzing asks for.
      body: JSON.stringify({ jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }),
    });
    const casus = (await response.json()) as { id: string };
    if (response.status !== 201) throw new Error(`seed: ${response.status} ${JSON.stringify(casus)}`);
    return casus.id;
  };
  const lezen = await nieuweCasus();
  const LEEFDOMEINEN = {
    school: 2,
    werk: 3,
    'inkomen-schulden': 2,
    huisvesting: 4,
    'gezondheid-psychisch': 3,
    'sociaal-netwerk': 4,
    verslaving: 5,
    justitie: 5,
    dagbesteding: 1,
  };
  const VAARDIGHEDEN = { leren: 3, school: 2, arbeid: 3, dagbesteding: 2 };
  const planInhoud = {
    route: 'onderwijs',
    doelen: [{ id: 'd1', omschrijving: 'Startkwalificatie halen', leefdomein: 'school', status: 'open' }],
    acties: [
      { id: 'a1', omschrijving: 'Open dag ROC bezoeken', doelId: 'd1', eigenaar: { soort: 'jongere' }, deadline: '2026-12-15', status: 'open' },
      {
        id: 'a2',
        omschrijving: 'Intake plannen',
        doelId: 'd1',
        eigenaar: { soort: 'organisatie', organisatie: { type: 'mbo-instelling', code: '25LP' }, gebruiker: 'u-17' },
        deadline: '2026-12-20',
        status: 'open',
      },
    ],
    ondersteuning: [{ id: 'o1', omschrijving: 'Jobcoach', kader: 'participatiewet', aanbieder: 'Werkplein', vanaf: '2026-12-01', tot: '2027-06-30' }],
  };
  /** A fresh case with a plan in concept at version 1 (the ETag "1"). */
  const casusMetPlan = async (): Promise<string> => {
    const id = await nieuweCasus();
    const response = await fetch(`${context.url}/api/trajecten/casussen/${id}/trajectplan`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await begeleider()}`, 'content-type': 'application/json' },
      body: JSON.stringify(planInhoud),
    });
    if (response.status !== 201) throw new Error(`seed plan: ${response.status} ${await response.text()}`);
    return id;
  };
  const lezenMetPlan = await casusMetPlan();
  /** A fresh case on the netwerkoverleg's list (contact, screening, agenderen over the API). */
  const geagendeerdeCasus = async (): Promise<string> => {
    const id = await nieuweCasus();
    for (const actie of ['contact-leggen', 'screening-starten', 'agenderen']) {
      const response = await fetch(`${context.url}/api/trajecten/casussen/${id}/stappen`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await begeleider()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ actie }),
      });
      if (response.status >= 300) throw new Error(`seed stap ${actie}: ${response.status} ${await response.text()}`);
    }
    return id;
  };
  const werkplein = () => context.token({ type: 'partner', code: 'werkplein-drentsche-aa' }, ['partner']);
  /** A fresh case with a handover proposed to the werkplein; its path for the answer. */
  const voorgesteldeOverdracht = async (): Promise<string> => {
    const id = await nieuweCasus();
    const response = await fetch(`${context.url}/api/trajecten/casussen/${id}/overdrachten`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await begeleider()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ naar: { type: 'partner', code: 'werkplein-drentsche-aa' } }),
    });
    const overdracht = (await response.json()) as { id: string };
    if (response.status !== 201) throw new Error(`seed overdracht: ${response.status} ${JSON.stringify(overdracht)}`);
    return `/api/trajecten/casussen/${id}/overdrachten/${overdracht.id}/acties`;
  };
  /** A fresh programme of the region without a capacity, running since 2026-01-01; its id. */
  const nieuwProgramma = async (): Promise<string> => {
    const response = await fetch(`${context.url}/api/trajecten/programmas/MC07`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await coordinator()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ naam: 'Sollicitatieclub', startdatum: '2026-01-01' }),
    });
    const programma = (await response.json()) as { id: string };
    if (response.status !== 201) throw new Error(`seed programma: ${response.status} ${JSON.stringify(programma)}`);
    return programma.id;
  };
  const programma = await nieuwProgramma();
  /** A fresh case that joined the programme on 2026-06-01; the path to sign it off. */
  const deelnemer = async (): Promise<string> => {
    const casusId = await nieuweCasus();
    const response = await fetch(`${context.url}/api/trajecten/programmas/MC07/${programma}/deelnames`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await begeleider()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ casusId, datum: '2026-06-01' }),
    });
    if (response.status !== 201) throw new Error(`seed deelname: ${response.status} ${await response.text()}`);
    return `/api/trajecten/programmas/MC07/${programma}/deelnames/${casusId}/afmelden`;
  };
  /** A fresh outreach round of the region over the given cases (a fresh case when none); its id. */
  const nieuweRonde = async (casusIds?: string[]): Promise<string> => {
    const response = await fetch(`${context.url}/api/trajecten/benaderrondes/MC07`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await begeleider()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ naam: 'Aanpak oude VSV', casusIds: casusIds ?? [await nieuweCasus()] }),
    });
    const ronde = (await response.json()) as { id: string };
    if (response.status !== 201) throw new Error(`seed benaderronde: ${response.status} ${JSON.stringify(ronde)}`);
    return ronde.id;
  };
  const ronde = await nieuweRonde([lezen]);
  /** A fresh case whose nazorg check fell due (seeded as the nazorgcontrole due work leaves it); its path for the result. */
  const nazorgAanDeBeurt = async (): Promise<string> => {
    const id = await nieuweCasus();
    await context.dataSource.query(
      "INSERT INTO nazorgcontrole (casus_id, rmc_regio, vanaf, due_at, gevuurd_op) VALUES ($1, 'MC07', now() - interval '3 months', now(), now())",
      [id],
    );
    return `/api/trajecten/casussen/${id}/nazorgcontrole`;
  };
  const A01 = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,brin,onderwijssoort,opleidingscode,uitschrijfdatum';
  const OUD_VSV = 'bsn_of_onderwijsnummer,geboortedatum,woongemeente,uitgeschreven_op';

  /** An imported A01 list of the region: its id, for the terugmelding. */
  const lijst = await fetch(`${context.url}/api/trajecten/duo-lijsten/a01?rapportagedatum=2026-03-01`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await begeleider()}`, 'content-type': 'text/csv' },
    body: `${A01}\n${bsn()},2008-03-15,GM0106,25LP,mbo,25180,2026-02-10\n`,
  });
  const { lijstId } = (await lijst.json()) as { lijstId: string };
  if (lijst.status >= 300) throw new Error(`seed lijst: ${lijst.status}`);

  uitkomst = await fuzzTekstvelden({
    service: 'trajecten',
    url: context.url as string,
    dataSource: context.dataSource,
    voorbeelden: {
      // No dead letter has this ref: a valid request, answered 404; the fuzzed refs are refused (400).
      // The read audit of the caller's own organisation, for its functionaris gegevensbescherming.
      'GET /api/trajecten/audit': () => ({
        pad: '/api/trajecten/audit',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
        query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z', limit: '10', offset: '0' },
      }),
      'GET /api/trajecten/audit/export.csv': () => ({
        pad: '/api/trajecten/audit/export.csv',
        token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
        query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z' },
      }),
      'POST /api/trajecten/ops/dode-berichten/{ref}/opnieuw': () => ({
        pad: '/api/trajecten/ops/dode-berichten/0-999999/opnieuw',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        ookGoed: [404],
      }),
      'POST /api/trajecten/demo/klok': () => ({
        pad: '/api/trajecten/demo/klok',
        token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
        body: { naar: new Date(Date.now() + 60_000).toISOString() },
      }),
      'GET /api/trajecten/casussen': () => ({
        pad: '/api/trajecten/casussen',
        token: begeleider,
        query: { status: 'aangemeld', open: 'ja', casusregisseur: 'u-17', zonderRegisseur: 'ja', pagina: '1', perPagina: '10' },
      }),
      'POST /api/trajecten/casussen': () => {
        const nummer = bsn();
        return {
          pad: '/api/trajecten/casussen',
          token: begeleider,
          body: { persoonsnummer: nummer, jongereId: pseudoniem(nummer), aanleiding: 'jongere-zelf', toelichting: 'kwam zelf langs op het loket' },
        };
      },
      'GET /api/trajecten/casussen/{id}': () => ({ pad: `/api/trajecten/casussen/${lezen}`, token: begeleider }),
      'GET /api/trajecten/casussen/{id}/inzage': () => ({ pad: `/api/trajecten/casussen/${lezen}/inzage`, token: coordinator }),
      // A fresh case per request: closing uses one up, and a closed case would answer 409 before storing anything. The
      // income class goes only with werk zonder startkwalificatie: a second example.
      'POST /api/trajecten/casussen/{id}/stappen': () => [
        {
          pad: '/api/trajecten/casussen/{id}/stappen',
          nieuwPad: async () => `/api/trajecten/casussen/${await nieuweCasus()}/stappen`,
          token: begeleider,
          body: {
            actie: 'afsluiten',
            uitkomst: { categorie: 'overig', toelichting: 'verhuisd naar het buitenland' },
            toelichting: 'laatste gesprek gevoerd',
          },
        },
        {
          pad: '/api/trajecten/casussen/{id}/stappen',
          nieuwPad: async () => `/api/trajecten/casussen/${await nieuweCasus()}/stappen`,
          token: begeleider,
          body: { actie: 'afsluiten', uitkomst: { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 20, inkomensklasse: '300-tot-700' } },
        },
      ],
      'POST /api/trajecten/casussen/{id}/casusregisseur': () => ({
        pad: '/api/trajecten/casussen/{id}/casusregisseur',
        nieuwPad: async () => `/api/trajecten/casussen/${await nieuweCasus()}/casusregisseur`,
        token: coordinator,
        body: { sub: 'u-17', naam: 'Fatima de Vries' },
      }),
      'GET /api/trajecten/casussen/{id}/contactpogingen': () => ({ pad: `/api/trajecten/casussen/${lezen}/contactpogingen`, token: begeleider }),
      'POST /api/trajecten/casussen/{id}/contactpogingen': () => ({
        pad: '/api/trajecten/casussen/{id}/contactpogingen',
        nieuwPad: async () => `/api/trajecten/casussen/${await nieuweCasus()}/contactpogingen`,
        token: begeleider,
        body: { soort: 'telefoon', bereikt: true, op: new Date(Date.now() - 3_600_000).toISOString(), toelichting: 'moeder nam op' },
      }),
      'GET /api/trajecten/casussen/{id}/screenings': () => ({ pad: `/api/trajecten/casussen/${lezen}/screenings`, token: begeleider }),
      'POST /api/trajecten/casussen/{id}/screenings': () => ({
        pad: `/api/trajecten/casussen/${lezen}/screenings`,
        token: begeleider,
        body: {
          leefdomeinen: LEEFDOMEINEN,
          vaardigheden: VAARDIGHEDEN,
          afgenomenOp: new Date(Date.now() - 3_600_000).toISOString(),
          toelichting: 'intakegesprek',
        },
      }),
      'GET /api/trajecten/casussen/{id}/trajectplan': () => ({ pad: `/api/trajecten/casussen/${lezenMetPlan}/trajectplan`, token: begeleider }),
      'POST /api/trajecten/casussen/{id}/trajectplan': () => ({
        pad: '/api/trajecten/casussen/{id}/trajectplan',
        nieuwPad: async () => `/api/trajecten/casussen/${await nieuweCasus()}/trajectplan`,
        token: begeleider,
        body: planInhoud,
      }),
      'PUT /api/trajecten/casussen/{id}/trajectplan': () => ({
        pad: '/api/trajecten/casussen/{id}/trajectplan',
        nieuwPad: async () => `/api/trajecten/casussen/${await casusMetPlan()}/trajectplan`,
        token: begeleider,
        headers: { 'if-match': '"1"' },
        body: {
          ...planInhoud,
          doelen: [...planInhoud.doelen, { id: 'd2', omschrijving: 'Schulden op orde', leefdomein: 'inkomen-schulden', status: 'open' }],
        },
      }),
      'POST /api/trajecten/casussen/{id}/trajectplan/status': () => ({
        pad: '/api/trajecten/casussen/{id}/trajectplan/status',
        nieuwPad: async () => `/api/trajecten/casussen/${await casusMetPlan()}/trajectplan/status`,
        token: begeleider,
        headers: { 'if-match': '"1"' },
        body: { actie: 'vaststellen' },
      }),
      'GET /api/trajecten/casussen/{id}/overdrachten': () => ({ pad: `/api/trajecten/casussen/${lezen}/overdrachten`, token: begeleider }),
      'POST /api/trajecten/casussen/{id}/overdrachten': () => ({
        pad: '/api/trajecten/casussen/{id}/overdrachten',
        nieuwPad: async () => `/api/trajecten/casussen/${await nieuweCasus()}/overdrachten`,
        token: begeleider,
        body: { naar: { type: 'partner', code: 'werkplein-drentsche-aa' }, route: 'arbeid' },
      }),
      'POST /api/trajecten/casussen/{id}/overdrachten/{overdrachtId}/acties': () => ({
        pad: '/api/trajecten/casussen/{id}/overdrachten/{overdrachtId}/acties',
        nieuwPad: voorgesteldeOverdracht,
        token: werkplein,
        body: {
          actie: 'accepteren',
          gesprek: { vorm: 'telefonisch', op: new Date(Date.now() - 3_600_000).toISOString() },
          reden: 'past bij het aanbod van het werkplein',
        },
      }),
      'GET /api/trajecten/overdrachten': () => ({ pad: '/api/trajecten/overdrachten', token: werkplein }),
      'GET /api/trajecten/netwerkoverleg/{rmcRegio}': () => ({
        pad: '/api/trajecten/netwerkoverleg/MC07',
        token: begeleider,
        query: { datum: '2026-12-10' },
      }),
      'POST /api/trajecten/casussen/{id}/netwerkoverleg-advies': () => ({
        pad: '/api/trajecten/casussen/{id}/netwerkoverleg-advies',
        nieuwPad: async () => `/api/trajecten/casussen/${await geagendeerdeCasus()}/netwerkoverleg-advies`,
        token: begeleider,
        body: {
          overlegdatum: '2026-12-10',
          triage: 'complex',
          route: 'zorg-dagbesteding',
          toewijzing: { organisatie: { type: 'partner', code: 'lokaal-team-assen' }, rol: 'klantmanager' },
          toelichting: 'schulden en huisvesting eerst',
        },
      }),
      'GET /api/trajecten/casusregels/{rmcRegio}': () => ({ pad: '/api/trajecten/casusregels/MC07', token: begeleider }),
      'PUT /api/trajecten/casusregels/{rmcRegio}': () => ({
        pad: '/api/trajecten/casusregels/MC07',
        token: coordinator,
        body: { regels: [{ signaalSoort: 'aanmelding-gemist', regel: 'opent' }] },
      }),
      'GET /api/trajecten/caseload/{rmcRegio}': () => ({ pad: '/api/trajecten/caseload/MC07', token: coordinator }),
      'PUT /api/trajecten/caseload/{rmcRegio}': () => ({
        pad: '/api/trajecten/caseload/MC07',
        token: coordinator,
        body: { normen: { rmc: 300, leerplicht: 250 }, team: [{ gebruiker: 'u-17', soort: 'rmc', fte: 0.8 }] },
      }),
      'GET /api/trajecten/nazorgcontroles/{rmcRegio}': () => ({ pad: '/api/trajecten/nazorgcontroles/MC07', token: begeleider }),
      'POST /api/trajecten/casussen/{id}/nazorgcontrole': () => ({
        pad: '/api/trajecten/casussen/{id}/nazorgcontrole',
        // A fresh due check per request: a result is recorded once.
        nieuwPad: nazorgAanDeBeurt,
        token: begeleider,
        body: { resultaat: 'plek-behouden', toelichting: 'zit goed op de opleiding' },
      }),
      'GET /api/trajecten/duo-lijsten/{lijstId}/terugmelding.csv': () => ({
        pad: `/api/trajecten/duo-lijsten/${lijstId}/terugmelding.csv`,
        token: begeleider,
      }),
      'GET /api/trajecten/programmas/{rmcRegio}': () => ({ pad: '/api/trajecten/programmas/MC07', token: begeleider }),
      'POST /api/trajecten/programmas/{rmcRegio}': () => ({
        pad: '/api/trajecten/programmas/MC07',
        token: coordinator,
        body: { naam: 'Wat wil je nou?', capaciteit: 8, startdatum: '2026-03-02', einddatum: '2026-04-03' },
      }),
      'GET /api/trajecten/programmas/{rmcRegio}/{programmaId}': () => ({ pad: `/api/trajecten/programmas/MC07/${programma}`, token: begeleider }),
      'POST /api/trajecten/programmas/{rmcRegio}/{programmaId}/beeindigen': () => ({
        pad: '/api/trajecten/programmas/MC07/{programmaId}/beeindigen',
        // A fresh programme per request: an ended one answers 409 to a later end.
        nieuwPad: async () => `/api/trajecten/programmas/MC07/${await nieuwProgramma()}/beeindigen`,
        token: coordinator,
        body: { einddatum: '2026-12-31' },
      }),
      'POST /api/trajecten/programmas/{rmcRegio}/{programmaId}/deelnames': () => ({
        pad: '/api/trajecten/programmas/MC07/{programmaId}/deelnames',
        // A fresh programme per request: a case joins a programme once.
        nieuwPad: async () => `/api/trajecten/programmas/MC07/${await nieuwProgramma()}/deelnames`,
        token: begeleider,
        body: { casusId: lezen, datum: '2026-06-01' },
      }),
      'POST /api/trajecten/programmas/{rmcRegio}/{programmaId}/deelnames/{casusId}/afmelden': () => ({
        pad: '/api/trajecten/programmas/MC07/{programmaId}/deelnames/{casusId}/afmelden',
        nieuwPad: deelnemer,
        token: begeleider,
        body: { resultaat: 'opleiding', datum: '2026-09-01', toelichting: 'start in september op het ROC' },
      }),
      'GET /api/trajecten/benaderrondes/{rmcRegio}': () => ({ pad: '/api/trajecten/benaderrondes/MC07', token: begeleider }),
      'POST /api/trajecten/benaderrondes/{rmcRegio}': () => ({
        pad: '/api/trajecten/benaderrondes/MC07',
        token: begeleider,
        // the imported list's case and a chosen one
        body: { naam: 'Aanpak oude VSV', duoLijstId: lijstId, casusIds: [lezen] },
      }),
      'GET /api/trajecten/benaderrondes/{rmcRegio}/{rondeId}': () => ({ pad: `/api/trajecten/benaderrondes/MC07/${ronde}`, token: begeleider }),
      'PUT /api/trajecten/benaderrondes/{rmcRegio}/{rondeId}/deelnemers/{casusId}': () => ({
        pad: `/api/trajecten/benaderrondes/MC07/${ronde}/deelnemers/${lezen}`,
        token: begeleider,
        body: { reactie: 'telefonisch-bereikt', inBeeld: true, overgedragenAan: 'jongerenwerk' },
      }),
      'POST /api/trajecten/benaderrondes/{rmcRegio}/{rondeId}/afsluiten': () => ({
        pad: '/api/trajecten/benaderrondes/MC07/{rondeId}/afsluiten',
        // A fresh round per request: a round closes once.
        nieuwPad: async () => `/api/trajecten/benaderrondes/MC07/${await nieuweRonde()}/afsluiten`,
        token: begeleider,
      }),
      'POST /api/trajecten/duo-lijsten/a01': () => ({
        pad: '/api/trajecten/duo-lijsten/a01',
        token: begeleider,
        query: { rapportagedatum: '2026-03-01' },
        ruweBody: { tekst: `${A01}\n${bsn()},2008-03-15,GM0106,25LP,mbo,25180,2026-02-10\n`, type: 'text/csv', cellen: true },
      }),
      'POST /api/trajecten/duo-lijsten/oud-vsv': () => ({
        pad: '/api/trajecten/duo-lijsten/oud-vsv',
        token: begeleider,
        query: { peildatum: '2026-01-15' },
        ruweBody: { tekst: `${OUD_VSV}\n${bsn()},2006-03-03,GM0106,2024-06-30\n`, type: 'text/csv', cellen: true },
      }),
    },
  });
  process.stdout.write(`${fuzzSamenvatting('trajecten', uitkomst)}\n`);
});

afterAll(() => context?.close());

describe('the fuzz tier over trajecten', () => {
  it('has a valid example, filling every text field, for every operation of the document, and each is accepted', () => {
    expect({ zonder: uitkomst.zonderVoorbeeld, velden: uitkomst.ontbrekendeVelden, fouten: uitkomst.voorbeeldFouten }).toEqual({
      zonder: [],
      velden: [],
      fouten: [],
    });
  });

  it('never answers 5xx and changes no row on a 4xx', () => {
    expect(uitkomst.tabellen).toBeGreaterThan(5);
    expect({ serverfouten: uitkomst.serverfouten, gewijzigd: uitkomst.gewijzigd }).toEqual({ serverfouten: [], gewijzigd: [] });
  });
});
