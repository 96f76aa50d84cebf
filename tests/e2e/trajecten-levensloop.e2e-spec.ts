import { join } from 'node:path';
import { Pool } from 'pg';
import { DienDossierIn } from '@sluitend/contracts';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { createKafka } from '@sluitend/messaging';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, testPool, uniqueRun, waitFor } from '@sluitend/testing';
import { bulkRequests, sendBulk } from '../support/submit';
import { testServiceEnv } from '../support/test-services';

/**
 * A case's whole life over the real broker and database (issue 13 "Done means"), fed by a real overstap: an
 * uitschrijving without startkwalificatie, the re-enrolment window passing on the demo clock → exactly one case in the
 * RMC of the woonregio, the RMC inbox's alerts of its signals shown as handled by the case (notificaties); then
 * contact, screening, the netwerkoverleg's advice, the route, a warm handover the partner accepts after the talk, the
 * partner's trajectplan (agreed, changed on its version, done), and the RMC closing it with an outcome — every step
 * through trajecten's HTTP API and its events on Kafka. A second person declines: the re-approach fires once at
 * 3 months and once at 6 (demo clock), never again.
 */
const ROOT = join(__dirname, '../..');
const run = uniqueRun('trajlev');
const overstapSchema = run.schema('overstap');
const schema = run.schema('trajecten');
const notificatiesSchema = run.schema('notificaties');
const { env, token } = testServiceEnv(run, { DEMO_MODE: 'true' });
const kafka = createKafka('e2e-trajecten-levensloop', (process.env.KAFKA_BROKERS as string).split(','));
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;
const OPS = { type: 'ops', code: 'platform' } as const;
const WERKPLEIN = { type: 'partner', code: 'werkplein-drentsche-aa' } as const;
/** How long an event may take to cross Kafka (a consumer group joining on the shared, loaded machine included). */
const KAFKA_MS = 120_000;

let overstap: ServiceUnderTest;
let trajecten: ServiceUnderTest;
let notificaties: ServiceUnderTest;
let pool: Pool;
const cohort = generateCohort({ seed: 1313, regios: ['MC07'], schooljaar: '2026-2027', fraction: 0.05 }).dossiers.filter(
  (dossier) => dossier.keuze.bestemming === 'mbo' && rmcRegioVanGemeente(dossier.leerling.woongemeente),
) as DienDossierIn[];
const [leerling, weigeraar] = cohort;
const REGIO = rmcRegioVanGemeente(leerling.leerling.woongemeente)?.code as string;
const RMC = { type: 'rmc-regio', code: REGIO } as const;

type Org = { type: 'rmc-regio' | 'mbo-instelling' | 'ops' | 'partner'; code: string };
const ROLLEN: Record<Org['type'], string[]> = {
  'rmc-regio': ['trajectbegeleider'],
  'mbo-instelling': ['intaker'],
  ops: ['ops'],
  partner: ['partner'],
};
async function call(
  service: ServiceUnderTest,
  name: string,
  method: string,
  path: string,
  org: Org,
  body?: unknown,
  extra: Record<string, string> = {},
) {
  const roles = org.type === 'rmc-regio' && path.endsWith('/casusregisseur') ? ['rmc-coordinator'] : ROLLEN[org.type];
  const bearer = await token(org, roles as never);
  const response = await fetch(`${service.url}/api/${name}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, ...extra },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary response fields
  return { status: response.status, etag: response.headers.get('etag'), body: (text ? JSON.parse(text) : undefined) as any };
}
const api = (method: string, path: string, body?: unknown, org: Org = RMC, extra?: Record<string, string>) =>
  call(trajecten, 'trajecten', method, path, org, body, extra);
const overstapApi = (method: string, path: string, body?: unknown, org: Org = MBO) => call(overstap, 'overstap', method, path, org, body);
const klok = (naar: string) => api('POST', 'demo/klok', { naar }, OPS);
/** trajecten's events of a case that reached the broker (the outbox relay marks a row once Kafka took it). */
const gepubliceerd = async (casusId: string): Promise<string[]> =>
  (
    await pool.query(
      `SELECT event_type FROM "${schema}".outbox WHERE envelope -> 'payload' ->> 'casusId' = $1 AND published_at IS NOT NULL ORDER BY created_at, event_type`,
      [casusId],
    )
  ).rows.map((r: { event_type: string }) => r.event_type);

beforeAll(async () => {
  pool = testPool(process.env.DATABASE_URL as string);
  const logs = (service: string) => join(ROOT, `.local/test-logs/${run.id}-${service}.log`);
  overstap = new ServiceUnderTest(
    'overstap',
    await freePort(),
    ROOT,
    { ...env, DB_SCHEMA: overstapSchema, VROEGE_WAARSCHUWINGEN: '', HERINSCHRIJVING_TERMIJN_WEKEN: '4' },
    logs('overstap'),
  );
  trajecten = new ServiceUnderTest('trajecten', await freePort(), ROOT, { ...env, DB_SCHEMA: schema }, logs('trajecten'));
  notificaties = new ServiceUnderTest('notificaties', await freePort(), ROOT, { ...env, DB_SCHEMA: notificatiesSchema }, logs('notificaties'));
  // One after the other: three cold starts at once do not fit the shared machine's 90 s readiness limit.
  for (const service of [overstap, trajecten, notificaties]) await service.start();
  await sendBulk(overstap.url, await bulkRequests([leerling, weigeraar], token));
});

afterAll(async () => {
  await Promise.all([overstap?.stop(), trajecten?.stop(), notificaties?.stop()]);
  await dropSchemas(pool, [overstapSchema, `${overstapSchema}_jobs`, schema, `${schema}_jobs`, notificatiesSchema, `${notificatiesSchema}_jobs`]);
  await pool.end();
  await deleteRunTopics(kafka, run.topicPrefix);
});

/** Enrols a student (before the demo clock passes the teldatum, so they count as enrolled). */
async function schrijfIn(dossier: DienDossierIn): Promise<string> {
  const inschrijving = await overstapApi('POST', 'inschrijvingen', {
    persoonsnummer: dossier.leerling.persoonsnummer,
    schooljaar: '2026-2027',
    crebo: '25180',
    niveau: 2,
    locatie: '25LP00',
    ingeschrevenPer: '2027-08-30',
  });
  expect(inschrijving.status).toBe(201);
  return inschrijving.body.inschrijvingId as string;
}

/** The student leaves without startkwalificatie on 10 October 2027. */
async function schrijfUit(inschrijvingId: string): Promise<void> {
  const uit = await overstapApi('POST', `inschrijvingen/${inschrijvingId}/uitschrijving`, {
    uitgeschrevenPer: '2027-10-10',
    reden: 4,
    geboortedatum: '2010-03-01',
    startkwalificatie: false,
  });
  expect(uit.body.signaal).toBe(true);
}

const openCasussen = async () => (await api('GET', 'casussen?open=ja')).body.casussen as Array<{ id: string; status: string; jongereId: string }>;
let casusId: string;
let weigeraarCasusId: string;

describe('a case from signal to outcome, over Kafka', () => {
  it('the uitschrijvingen attach; the passed re-enrolment window opens exactly one case per person in the woonregio; its alerts show the case', async () => {
    const inschrijvingen = [await schrijfIn(leerling), await schrijfIn(weigeraar)];
    // Into the school year (1 April passes on the way: no aanmelding, a signal that only attaches).
    await overstapApi('POST', 'demo/klok', { naar: '2027-10-12T10:00:00+02:00' }, OPS);
    for (const id of inschrijvingen) await schrijfUit(id);
    const uitschrijvingen = async () =>
      (await pool.query(`SELECT besluit FROM "${schema}".casus_signaal WHERE signaal_soort = 'uitschrijving-zonder-startkwalificatie'`)).rows;
    await waitFor('the two uitschrijvingen in trajecten', async () => (await uitschrijvingen()).length === 2, KAFKA_MS, 200);
    expect(await uitschrijvingen()).toEqual([{ besluit: 'alleen-signaal' }, { besluit: 'alleen-signaal' }]);
    expect(await openCasussen()).toEqual([]);

    const gevuurd = await overstapApi('POST', 'demo/klok', { naar: '2027-11-09T10:00:00+01:00' }, OPS);
    const herinschrijving = (gevuurd.body.gevuurd as Array<{ regel: string; signalen: number }>).filter((g) => g.regel === 'geen-herinschrijving');
    expect(herinschrijving.reduce((som, g) => som + g.signalen, 0)).toBe(2);
    await waitFor('two cases', async () => (await openCasussen()).length === 2, KAFKA_MS, 200);
    // Signals redelivered or late change nothing: still one case per person.
    const casussen = await openCasussen();
    expect(new Set(casussen.map((c) => c.jongereId)).size).toBe(2);
    expect(casussen.every((c) => c.status === 'aangemeld')).toBe(true);
    // Each case holds its person's signals: the opener and the uitschrijving (and the missed aanmelding) — none left loose.
    const perCasus = (
      await pool.query(
        `SELECT casus_id, array_agg(signaal_soort ORDER BY signaal_soort) AS soorten, count(*) FILTER (WHERE besluit = 'openen')::int AS openers
         FROM "${schema}".casus_signaal GROUP BY casus_id`,
      )
    ).rows as Array<{ casus_id: string | null; soorten: string[]; openers: number }>;
    expect(perCasus).toHaveLength(2);
    for (const rij of perCasus) {
      expect(rij.casus_id).not.toBeNull();
      expect(rij.openers).toBe(1);
      expect(rij.soorten).toEqual(expect.arrayContaining(['geen-herinschrijving', 'uitschrijving-zonder-startkwalificatie']));
    }
    [casusId, weigeraarCasusId] = casussen.map((c) => c.id);

    // The RMC inbox: each alert of the case's signals names the case (trajecten.casus.* → notificaties over Kafka).
    const signaalIds = (await pool.query(`SELECT signaal_id FROM "${schema}".casus_signaal WHERE casus_id = $1`, [casusId])).rows.map(
      (r: { signaal_id: string }) => r.signaal_id,
    );
    await waitFor(
      'the alerts marked with the case',
      async () => {
        const alerts = (
          (await call(notificaties, 'notificaties', 'GET', 'alerts?perPagina=200', RMC)).body.alerts as Array<{
            signaal: { signaalId?: string };
            casusId: string | null;
          }>
        ).filter((alert) => alert.signaal.signaalId !== undefined && signaalIds.includes(alert.signaal.signaalId));
        return alerts.length === signaalIds.length && alerts.every((alert) => alert.casusId === casusId);
      },
      KAFKA_MS,
      200,
    );
  }, 400_000);

  it('contact, screening, netwerkoverleg, route, an accepted warm handover, a plan, an outcome: closed', async () => {
    expect((await api('POST', `casussen/${casusId}/contactpogingen`, { soort: 'telefoon', bereikt: false })).status).toBe(201);
    expect((await api('POST', `casussen/${casusId}/contactpogingen`, { soort: 'huisbezoek', bereikt: true })).status).toBe(201);
    expect((await api('POST', `casussen/${casusId}/casusregisseur`, { sub: 'u-21', naam: 'Sanne Bakker' })).status).toBe(200);
    expect((await api('POST', `casussen/${casusId}/stappen`, { actie: 'contact-leggen' })).body.status).toBe('in-contact');
    expect((await api('POST', `casussen/${casusId}/stappen`, { actie: 'screening-starten' })).body.status).toBe('screening');
    const screening = await api('POST', `casussen/${casusId}/screenings`, {
      leefdomeinen: {
        school: 2,
        werk: 2,
        'inkomen-schulden': 3,
        huisvesting: 4,
        'gezondheid-psychisch': 4,
        'sociaal-netwerk': 4,
        verslaving: 5,
        justitie: 5,
        dagbesteding: 2,
      },
      vaardigheden: { leren: 3, school: 2, arbeid: 3, dagbesteding: 2 },
    });
    expect(screening.status).toBe(201);

    expect((await api('POST', `casussen/${casusId}/stappen`, { actie: 'agenderen' })).body.status).toBe('netwerkoverleg');
    // The meeting on Friday: the list (closed Thursday evening) holds the case with a triage proposal from the screening.
    const lijst = await api('GET', `netwerkoverleg/${REGIO}?datum=2027-11-12`);
    expect(lijst.status).toBe(200);
    const opLijst = lijst.body.casussen.find((c: { casusId: string }) => c.casusId === casusId);
    expect(opLijst).toMatchObject({ casusregisseur: { sub: 'u-21' }, triageVoorstel: { triage: expect.any(String) } });
    const advies = await api('POST', `casussen/${casusId}/netwerkoverleg-advies`, {
      overlegdatum: '2027-11-12',
      triage: 'eenvoudig',
      route: 'arbeid',
      toewijzing: { organisatie: WERKPLEIN, rol: 'casusregisseur' },
    });
    expect(advies.status).toBe(201);
    expect(advies.body.gevolg).toEqual({ casusActie: 'route-toewijzen', overdrachtNaar: WERKPLEIN });
    expect((await api('POST', `casussen/${casusId}/stappen`, { actie: 'route-toewijzen' })).body.status).toBe('traject');

    // The warm handover the advice asks for: proposed by the RMC, accepted by the partner after the talk.
    const voorstel = await api('POST', `casussen/${casusId}/overdrachten`, { naar: WERKPLEIN, route: 'arbeid' });
    expect(voorstel.status).toBe(201);
    const zonderGesprek = await api('POST', `casussen/${casusId}/overdrachten/${voorstel.body.id}/acties`, { actie: 'accepteren' }, WERKPLEIN);
    expect(zonderGesprek.status).toBe(400);
    const geaccepteerd = await api(
      'POST',
      `casussen/${casusId}/overdrachten/${voorstel.body.id}/acties`,
      { actie: 'accepteren', gesprek: { vorm: 'persoonlijk', op: '2027-11-09T09:00:00+01:00' } },
      WERKPLEIN,
    );
    expect(geaccepteerd.status).toBe(200);
    expect(geaccepteerd.body.status).toBe('geaccepteerd');
    expect((await api('GET', `casussen/${casusId}/overdrachten`, undefined, WERKPLEIN)).body.houder).toEqual(WERKPLEIN);

    // The partner's trajectplan: drafted, agreed, changed on the version it read, done.
    const inhoud = {
      route: 'arbeid',
      doelen: [{ id: 'd1', omschrijving: 'Een leerwerkplek vinden', leefdomein: 'werk', status: 'open' }],
      acties: [
        { id: 'a1', omschrijving: 'Sollicitatieclub bezoeken', doelId: 'd1', eigenaar: { soort: 'jongere' }, deadline: '2027-12-01', status: 'open' },
      ],
      ondersteuning: [],
    };
    const plan = await api('POST', `casussen/${casusId}/trajectplan`, inhoud, WERKPLEIN);
    expect(plan.status).toBe(201);
    expect(plan.etag).toBe('"1"');
    const vast = await api('POST', `casussen/${casusId}/trajectplan/status`, { actie: 'vaststellen' }, WERKPLEIN, {
      'if-match': plan.etag as string,
    });
    expect(vast.status).toBe(200);
    expect(vast.body.status).toBe('actief');
    const behaald = {
      ...inhoud,
      doelen: [{ ...inhoud.doelen[0], status: 'behaald' }],
      acties: [{ ...inhoud.acties[0], status: 'gedaan' }],
    };
    const verouderd = await api('PUT', `casussen/${casusId}/trajectplan`, behaald, WERKPLEIN, { 'if-match': plan.etag as string });
    expect(verouderd.status).toBe(412);
    const gewijzigd = await api('PUT', `casussen/${casusId}/trajectplan`, behaald, WERKPLEIN, { 'if-match': vast.etag as string });
    expect(gewijzigd.status).toBe(200);
    const klaar = await api('POST', `casussen/${casusId}/trajectplan/status`, { actie: 'afronden' }, WERKPLEIN, {
      'if-match': gewijzigd.etag as string,
    });
    expect(klaar.status).toBe(200);
    expect(klaar.body.status).toBe('afgerond');

    // The outcome: the RMC closes the case.
    const dicht = await api('POST', `casussen/${casusId}/stappen`, { actie: 'afsluiten', uitkomst: { categorie: 'combinatie-leren-werken' } });
    expect(dicht.status).toBe(200);
    expect(dicht.body).toMatchObject({ status: 'afgesloten', uitkomst: { categorie: 'combinatie-leren-werken' } });
    const detail = (await api('GET', `casussen/${casusId}`)).body;
    expect(detail.historie.map((h: { actie: string }) => h.actie)).toEqual(
      expect.arrayContaining([
        'geopend',
        'contact-leggen',
        'screening-starten',
        'agenderen',
        'netwerkoverleg-advies',
        'route-toewijzen',
        'overdracht-voorgesteld',
        'overdracht-geaccepteerd',
        'afsluiten',
      ]),
    );
    // Every step left its event on trajecten's stream (pseudonymous: the outbox relay published them to Kafka).
    await waitFor(
      "the case's events on Kafka",
      async () => {
        const types = await gepubliceerd(casusId);
        return ['trajecten.casus.geopend', 'trajecten.casus.overgedragen', 'trajecten.casus.status-gewijzigd'].every((t) => types.includes(t));
      },
      KAFKA_MS,
      200,
    );
  }, 400_000);

  it('a decline: the re-approach fires once at 3 months and once at 6 (demo clock), and never again', async () => {
    const afgewezen = await api('POST', `casussen/${weigeraarCasusId}/stappen`, { actie: 'afwijzen' });
    expect(afgewezen.body.status).toBe('afgewezen');
    const timers = async () =>
      (
        await pool.query(`SELECT volgnummer, gevuurd_op IS NOT NULL AS gevuurd FROM "${schema}".heraanpak WHERE casus_id = $1 ORDER BY volgnummer`, [
          weigeraarCasusId,
        ])
      ).rows;
    // Planned from trajecten's own status event, over Kafka.
    await waitFor('the re-approach timers', async () => (await timers()).length === 2, KAFKA_MS, 200);
    const heraanpak = async () =>
      ((await api('GET', `casussen/${weigeraarCasusId}`)).body.historie as Array<{ actie: string; toelichting: string }>)
        .filter((h) => h.actie === 'heraanpak')
        .map((h) => h.toelichting);
    const later = (dagen: number) => new Date(new Date(afgewezen.body.gewijzigdOp).getTime() + dagen * 24 * 3600 * 1000).toISOString();

    // Just before 3 months nothing fires.
    expect((await klok(later(88))).status).toBe(200);
    expect(await heraanpak()).toEqual([]);
    const drie = await klok(later(93));
    expect(drie.body.gevuurd).toEqual(expect.arrayContaining([{ werk: 'heraanpak', gevuurd: 1 }]));
    expect(await heraanpak()).toEqual(['moment 1: 3 maanden na afgewezen']);
    expect(await timers()).toEqual([
      { volgnummer: 1, gevuurd: true },
      { volgnummer: 2, gevuurd: false },
    ]);
    const zes = await klok(later(186));
    expect(zes.body.gevuurd).toEqual(expect.arrayContaining([{ werk: 'heraanpak', gevuurd: 1 }]));
    await klok(later(300));
    expect(await heraanpak()).toEqual(['moment 1: 3 maanden na afgewezen', 'moment 2: 6 maanden na afgewezen']);
    await waitFor(
      'two trajecten.casus.heraanpak-nodig on Kafka',
      async () => (await gepubliceerd(weigeraarCasusId)).filter((t) => t === 'trajecten.casus.heraanpak-nodig').length === 2,
      KAFKA_MS,
      200,
    );
  }, 400_000);
});
