import { randomBytes, randomUUID } from 'node:crypto';
import type { Claims } from '@sluitend/auth';
import { parseEvent } from '@sluitend/contracts';
import {
  aanmeldingGemist,
  fuzzSamenvatting,
  fuzzTekstvelden,
  FuzzUitkomst,
  parsedEvent,
  serviceTestContext,
  ServiceTestContext,
  fuzzTijdslimiet,
  FUZZ_ENV,
} from '@sluitend/testing';
import { MaakAlerts } from './alerts/commands/maak-alerts/maak-alerts';
import { WijzigAlert } from './alerts/commands/wijzig-alert/wijzig-alert';
import { SignaalEvent } from './alerts/domain/signaal-event';
import { ZoekNietRouteerbaar } from './alerts/queries/niet-routeerbaar/zoek-niet-routeerbaar';
import { AppModule } from './app.module';
import { notificatiesEnvSchema } from './config/notificaties-env';

// The whole file, hooks included: the full-size run (FUZZ_RUNS) takes proportionally longer.
jest.setTimeout(fuzzTijdslimiet());

/**
 * The fuzz tier (issue 9) over notificaties' HTTP API: every text field of every operation in
 * docs/openapi/notificaties.json, a NUL, a lone surrogate, 1 MB and a right-to-left override each, against the real
 * database.
 */
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({
    service: 'notificaties',
    envSchema: notificatiesEnvSchema,
    module: (env) => AppModule.forEnv(env),
    http: true,
    env: FUZZ_ENV,
  });
});

afterAll(() => context?.close());

const SCHOOL: Claims['org'] = { type: 'vo-school', code: '00AH' };
const RMC: Claims['org'] = { type: 'rmc-regio', code: 'MC07' };
const decaan = () => context.token(SCHOOL, ['decaan']);
const beheerder = () => context.token(SCHOOL, ['beheerder']);

/** A new signal's alert in the school's inbox (each request on an alert gets its own), picked up when asked. */
async function schoolAlert(opgepakt = false): Promise<string> {
  const event = parseEvent(aanmeldingGemist('MC07', '00AH', 'GM0106', `c-${randomUUID()}`, true)) as SignaalEvent;
  await context.app.get(MaakAlerts).execute({ input: { signalen: [event] }, correlationId: event.correlationId });
  const [alert] = (await context.dataSource.query(`SELECT id FROM alert WHERE signaal_event_id = $1 AND org_type = 'vo-school'`, [
    event.id,
  ])) as Array<{ id: string }>;
  if (opgepakt) {
    await context.app.get(WijzigAlert).execute({
      input: { alertId: alert.id, wijziging: { actie: 'opgepakt' } },
      actor: context.claims(SCHOOL, ['decaan']),
      correlationId: 'c-fuzz',
    });
  }
  return alert.id;
}

const coordinator = () => context.token(RMC, ['rmc-coordinator']);

/** A new signal in the "niet te routeren" list (an uitschrijving without woonregio), found through the list's own query. */
async function nietRouteerbaar(): Promise<string> {
  const jongereId = randomBytes(32).toString('base64url');
  const event = parsedEvent(
    'overstap.signaal.uitschrijving-zonder-startkwalificatie',
    {
      signaalId: randomUUID(),
      schooljaar: '2026-2027',
      inschrijvingId: randomUUID(),
      mboBrin: '25LP',
      uitgeschrevenPer: '2027-10-20',
      reden: 3,
      herinschrijvingUiterlijk: '2027-11-17',
    },
    { jongereId, context: { schooljaar: '2026-2027' } },
  ) as SignaalEvent;
  await context.app.get(MaakAlerts).execute({ input: { signalen: [event] }, correlationId: event.correlationId });
  const lijst = await context.app
    .get(ZoekNietRouteerbaar)
    .execute({ input: { status: 'open' }, actor: context.claims(RMC, ['rmc-coordinator']), correlationId: 'c-fuzz' });
  return (lijst.signalen.find((signaal) => signaal.jongereId === jongereId) as { id: string }).id;
}

describe('the fuzz tier over notificaties', () => {
  let uitkomst: FuzzUitkomst;

  beforeAll(async () => {
    uitkomst = await fuzzTekstvelden({
      service: 'notificaties',
      url: context.url as string,
      dataSource: context.dataSource,
      voorbeelden: {
        'GET /api/notificaties/alerts': async () => ({
          pad: '/api/notificaties/alerts',
          token: decaan,
          query: {
            status: 'nieuw',
            signaalType: 'overstap.deadline.aanmelding-gemist',
            geescaleerd: 'nee',
            toegewezenAan: 'test-00AH',
            pagina: '1',
            perPagina: '10',
          },
        }),
        'POST /api/notificaties/alerts/{id}/opgepakt': async () => ({
          pad: '/api/notificaties/alerts/{id}/opgepakt',
          nieuwPad: async () => `/api/notificaties/alerts/${await schoolAlert()}/opgepakt`,
          token: decaan,
          body: { toegewezenAan: { sub: 'test-00AH', naam: 'Test' }, toelichting: 'gebeld met ouders' },
        }),
        'POST /api/notificaties/alerts/{id}/afgehandeld': async () => ({
          pad: '/api/notificaties/alerts/{id}/afgehandeld',
          nieuwPad: async () => `/api/notificaties/alerts/${await schoolAlert(true)}/afgehandeld`,
          token: decaan,
          body: { uitkomst: 'contact-gelegd', toelichting: 'leerling meldt zich alsnog aan' },
        }),
        'GET /api/notificaties/alerts/{id}': async () => ({ pad: `/api/notificaties/alerts/${await schoolAlert()}`, token: decaan }),
        'POST /api/notificaties/alerts/{id}/gezien': () => ({
          pad: '/api/notificaties/alerts/{id}/gezien',
          nieuwPad: async () => `/api/notificaties/alerts/${await schoolAlert()}/gezien`,
          token: decaan,
        }),
        'GET /api/notificaties/niet-routeerbaar': async () => {
          await nietRouteerbaar();
          return { pad: '/api/notificaties/niet-routeerbaar', token: coordinator, query: { status: 'open' } };
        },
        'POST /api/notificaties/niet-routeerbaar/{id}/woongemeente': () => ({
          pad: '/api/notificaties/niet-routeerbaar/{id}/woongemeente',
          nieuwPad: async () => `/api/notificaties/niet-routeerbaar/${await nietRouteerbaar()}/woongemeente`,
          token: coordinator,
          body: { woongemeente: 'GM0363' },
        }),
        'GET /api/notificaties/routering/{rmcRegio}': () => ({
          pad: '/api/notificaties/routering/MC07',
          token: () => context.token(RMC, ['rmc-coordinator']),
        }),
        'GET /api/notificaties/organisaties/{type}/{code}/voorkeuren': () => ({
          pad: '/api/notificaties/organisaties/vo-school/00AH/voorkeuren',
          token: beheerder,
        }),
        'POST /api/notificaties/organisaties/{type}/{code}/webhook/heractiveren': () => ({
          pad: '/api/notificaties/organisaties/vo-school/00AH/webhook/heractiveren',
          token: beheerder,
        }),
        'PUT /api/notificaties/routering/{rmcRegio}': () => ({
          pad: '/api/notificaties/routering/MC07',
          token: () => context.token(RMC, ['rmc-coordinator']),
          body: { regels: [{ signaalType: 'overstap.deadline.aanmelding-gemist', ontvangers: ['rmc-woonregio', 'vo-school'] }] },
        }),
        'PUT /api/notificaties/organisaties/{type}/{code}/voorkeuren': () => ({
          pad: '/api/notificaties/organisaties/rmc-regio/MC07/voorkeuren',
          token: () => context.token(RMC, ['beheerder']),
          body: { emailAdressen: ['team@rmc.example.org'], modus: 'direct', coordinatorEmailAdressen: ['coordinator@rmc.example.org'] },
        }),
        'PUT /api/notificaties/organisaties/{type}/{code}/webhook': () => ({
          pad: '/api/notificaties/organisaties/vo-school/00AH/webhook',
          token: beheerder,
          body: { url: 'https://hooks.example.org/sluitend' },
        }),
        'GET /api/notificaties/organisaties/{type}/{code}/bezorgingen': () => ({
          pad: '/api/notificaties/organisaties/vo-school/00AH/bezorgingen',
          token: beheerder,
          query: { limiet: '10' },
        }),
        // No dead letter has this ref: a valid request, answered 404; the fuzzed refs are refused (400).
        // The read audit of the caller's own organisation, for its functionaris gegevensbescherming.
        'GET /api/notificaties/audit': () => ({
          pad: '/api/notificaties/audit',
          token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
          query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z', limit: '10', offset: '0' },
        }),
        'GET /api/notificaties/audit/export.csv': () => ({
          pad: '/api/notificaties/audit/export.csv',
          token: () => context.token({ type: 'vo-school', code: '00AH' }, ['functionaris-gegevensbescherming']),
          query: { van: '2026-01-01T00:00:00Z', tot: '2026-12-31T00:00:00Z' },
        }),
        'POST /api/notificaties/ops/dode-berichten/{ref}/opnieuw': () => ({
          pad: '/api/notificaties/ops/dode-berichten/0-999999/opnieuw',
          token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
          ookGoed: [404],
        }),
        'POST /api/notificaties/demo/klok': () => ({
          pad: '/api/notificaties/demo/klok',
          token: () => context.token({ type: 'ops', code: 'platform' }, ['ops']),
          body: { naar: new Date(Date.now() + 60_000).toISOString() },
        }),
      },
    });
    process.stdout.write(`${fuzzSamenvatting('notificaties', uitkomst)}\n`);
  });

  it('has a valid example, filling every text field, for every operation of the document, and each is accepted', () => {
    expect({ zonder: uitkomst.zonderVoorbeeld, velden: uitkomst.ontbrekendeVelden, fouten: uitkomst.voorbeeldFouten }).toEqual({
      zonder: [],
      velden: [],
      fouten: [],
    });
  });

  it('never answers 5xx', () => {
    expect(uitkomst.serverfouten).toEqual([]);
  });

  it('changes no row on a 4xx', () => {
    expect(uitkomst.tabellen).toBeGreaterThan(5);
    expect(uitkomst.gewijzigd).toEqual([]);
  });
});
