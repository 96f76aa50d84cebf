import { OrganisatieType, Role } from '../claims';

/**
 * Who may call which route: the one policy table of every service (issue 11). Each route is `METHOD /path` exactly as
 * in docs/openapi (path parameters as `{name}`); its entry names the purpose (`doel`, written to the audit of a
 * personal-data read) and the organisation types with the roles each needs. `ToegangGuard` enforces it on every
 * request before the body is validated; a route missing here is refused (403) and fails the matrix test, so a new
 * route must be declared. The use cases keep their own data scoping (which school, which region, which student).
 * docs/access.md is written from this table by `./sluitend docs`.
 */
export type Toegestaan = Partial<Record<OrganisatieType, readonly Role[]>>;

export type RouteBeleid = {
  /** Why the route exists for its callers, in a few words: the purpose recorded with each read of personal data. */
  doel: string;
  /** `publiek`: no token (health, metrics); `iedereen`: any valid token; else per organisation type, its roles. */
  toegang: 'publiek' | 'iedereen' | Toegestaan;
  /** The route reads personal data (names, birth dates, addresses, support, signals about a student): each read is audited. */
  persoonsgegevens?: boolean;
  /** A bulk or import route: its body may be large (HTTP_BODY_LIMIT), read only after the token is verified. */
  grootBody?: boolean;
  /**
   * A live stream (server-sent events, ADR 0021): EventSource cannot send a bearer token, so the route takes a one-time
   * ticket (`?ticket=`, from the authenticated `POST …/ticket` beside it) and checks the ticket's claims against this
   * entry itself; the guards leave it to the route.
   */
  ticket?: boolean;
};

/** The roles at a VO school that work with its students' dossiers. */
const VO_DOSSIER: readonly Role[] = ['schooladministratie', 'decaan', 'mentor'];
/** The roles at an mbo that take in applicants (warme overdracht: the dossier, support with consent). */
const MBO_INTAKE: readonly Role[] = ['intaker'];
/** The roles at an mbo that register aanmeldingen and inschrijvingen. */
const MBO_ADMINISTRATIE: readonly Role[] = ['intaker', 'schooladministratie'];
const RMC: readonly Role[] = ['rmc-coordinator', 'trajectbegeleider'];
const LEERPLICHT: readonly Role[] = ['leerplichtambtenaar'];
/** The jeugdarts of a GGD (ADR 0022): worrying sick leave (M@ZL) of the residents of the gemeente it serves. */
const JEUGDARTS: readonly Role[] = ['jeugdarts'];
const BEHEER: readonly Role[] = ['beheerder'];
const OPS: readonly Role[] = ['ops'];

/** The inbox of alerts: the people who act on a signal at each kind of organisation (not its beheerder). */
const ALERT_BEHANDELAARS: Toegestaan = {
  'vo-school': VO_DOSSIER,
  'mbo-instelling': MBO_ADMINISTRATIE,
  'rmc-regio': RMC,
  gemeente: LEERPLICHT,
  ggd: JEUGDARTS,
};
/** An organisation's notification settings: its beheerder (an RMC-regio's coordinator too). */
const INSTELLINGEN_BEHEER: Toegestaan = {
  'vo-school': BEHEER,
  'mbo-instelling': BEHEER,
  gemeente: BEHEER,
  'rmc-regio': ['beheerder', 'rmc-coordinator'],
};

/** Verzuim at a school (vo or mbo): its administration and mentors register students and absence. */
const VERZUIM_REGISTRATIE: Toegestaan = {
  'vo-school': ['schooladministratie', 'mentor'],
  'mbo-instelling': ['schooladministratie', 'mentor'],
};
/** Alert figures: the people who work the inbox of alerts, and the school's beheerder. */
const ALERTCIJFERS: Toegestaan = {
  'vo-school': [...VO_DOSSIER, 'beheerder'],
  'mbo-instelling': [...MBO_ADMINISTRATIE, 'beheerder'],
  'rmc-regio': RMC,
  gemeente: LEERPLICHT,
  ops: OPS,
};
/** Verzuim figures: a school's administration, mentors and beheerder; leerplicht; the RMC; ops. */
const VERZUIMCIJFERS: Toegestaan = {
  'vo-school': ['schooladministratie', 'mentor', 'beheerder'],
  'mbo-instelling': ['schooladministratie', 'mentor', 'beheerder'],
  'rmc-regio': RMC,
  gemeente: LEERPLICHT,
  ops: OPS,
};
/**
 * M@ZL figures (issue 15 item 4): the verzuim figures' readers — a school's students, a gemeente's residents, an RMC's
 * region, ops — and the GGD's jeugdarts, who works the signals, for the residents of its gemeente. Who sees them
 * unsuppressed is the use case's scope (ziekteverzuimcijfersBereik).
 */
const ZIEKTEVERZUIMCIJFERS: Toegestaan = { ...VERZUIMCIJFERS, ggd: JEUGDARTS };
/**
 * VSV figures (issue 15 item 3): a school its own deelnemers (who follows the students' transfers and the
 * administration), the leerplicht of a gemeente its residents, the RMC its region, ops the totals (suppressed).
 */
const VSVCIJFERS: Toegestaan = {
  'vo-school': [...VO_DOSSIER, 'beheerder'],
  'mbo-instelling': ['schooladministratie', 'beheerder'],
  'rmc-regio': RMC,
  gemeente: LEERPLICHT,
  ops: OPS,
};
/**
 * JiKP factsheet and kwetsbare positie (issue 15 item 3, ADR 0028): counted by woongemeente — the RMC-regio (its
 * gemeenten), the gemeente (its residents), ops (one region, suppressed). Not a school's figures.
 */
const JIKPCIJFERS: Toegestaan = { 'rmc-regio': RMC, gemeente: LEERPLICHT, ops: OPS };
/**
 * Uitschrijving & switch (issue 15 item 2): an mbo its own inschrijvingen (its administration, who report them; its
 * intakers, for placement; its beheerder), the RMC the inschrijvingen of its region's residents, the leerplicht of a
 * gemeente its residents', ops the totals (suppressed). Not a VO school, partner or GGD: the figures are the mbo's and
 * the region's.
 */
const UITSCHRIJVINGSCIJFERS: Toegestaan = {
  'mbo-instelling': [...MBO_ADMINISTRATIE, 'beheerder'],
  'rmc-regio': RMC,
  gemeente: LEERPLICHT,
  ops: OPS,
};
/** M@ZL signals: the jeugdarts of the GGD of the woongemeente; the school's administration and mentors (its own students). */
const ZIEKTEVERZUIM_LEZERS: Toegestaan = { ...VERZUIM_REGISTRATIE, ggd: JEUGDARTS };
/** A school's own settings (calendar, what the law leaves to the school): its administration and beheerder. */
const SCHOOL_INSTELLINGEN: Toegestaan = {
  'vo-school': ['schooladministratie', 'beheerder'],
  'mbo-instelling': ['schooladministratie', 'beheerder'],
};
/** A verzuimmelding: the school that made it, the leerplicht of the woongemeente, the RMC of the woonregio. */
const VERZUIMMELDING_BETROKKENEN: Toegestaan = { ...VERZUIM_REGISTRATIE, gemeente: LEERPLICHT, 'rmc-regio': RMC };
/** Verlof requests: the school's administration enters them (parents are not users). */
const VERLOF_AANVRAGEN: Toegestaan = { 'vo-school': ['schooladministratie'], 'mbo-instelling': ['schooladministratie'] };
/** Verlof decisions: the school up to 10 school days a year, the leerplichtambtenaar of the woongemeente beyond (the use case checks which). */
const VERLOF_BESLISSERS: Toegestaan = { ...VERLOF_AANVRAGEN, gemeente: LEERPLICHT };

const demoKlok = (service: string): Record<string, RouteBeleid> => ({
  [`GET /api/${service}/demo/klok`]: { doel: 'demo-klok lezen', toegang: 'iedereen' },
  [`POST /api/${service}/demo/klok`]: { doel: 'demo-klok verzetten', toegang: { ops: OPS } },
});

/** Ops' dead letters of a service: the list (reasons, no personal data) and a replay of one (the CLI's code). */
const dodeBerichten = (service: string): Record<string, RouteBeleid> => ({
  [`GET /api/${service}/ops/dode-berichten`]: { doel: 'dode berichten inzien', toegang: { ops: OPS } },
  [`POST /api/${service}/ops/dode-berichten/{ref}/opnieuw`]: { doel: 'dood bericht opnieuw aanbieden', toegang: { ops: OPS } },
});

/** The functionaris gegevensbescherming (AVG art. 37–39) of each kind of organisation that reads personal data. */
const FG: Readonly<Toegestaan> = {
  'vo-school': ['functionaris-gegevensbescherming'],
  'mbo-instelling': ['functionaris-gegevensbescherming'],
  gemeente: ['functionaris-gegevensbescherming'],
  'rmc-regio': ['functionaris-gegevensbescherming'],
  partner: ['functionaris-gegevensbescherming'],
};

/** A service's audit of personal-data reads, for its own organisation's functionaris gegevensbescherming (issue 11). */
const audit = (service: string): Record<string, RouteBeleid> => ({
  [`GET /api/${service}/audit`]: { doel: 'inzage-audit van de eigen organisatie inzien', toegang: FG },
  [`GET /api/${service}/audit/export.csv`]: { doel: 'inzage-audit van de eigen organisatie exporteren', toegang: FG },
});

/** The API documentation Swagger serves (no personal data; served without a token in every environment). */
const apiDocs = (service: string): Record<string, RouteBeleid> =>
  Object.fromEntries(
    [
      'docs',
      'docs/',
      'docs/index.html',
      'docs/LICENSE',
      'docs/swagger-ui-init.js',
      'docs/docs/swagger-ui-init.js',
      'docs/openapi.json',
      'docs-yaml',
    ].map((pad) => [`GET /api/${service}/${pad}`, { doel: 'API-documentatie', toegang: 'publiek' }]),
  );

const kernel: Record<string, RouteBeleid> = {
  'GET /health/live': { doel: 'liveness', toegang: 'publiek' },
  'GET /health/ready': { doel: 'readiness', toegang: 'publiek' },
  'GET /metrics': { doel: 'metrics', toegang: 'publiek' },
};

export const TOEGANGSBELEID: Readonly<Record<string, RouteBeleid>> = {
  ...kernel,

  // overstap
  'POST /api/overstap/dossiers': { doel: 'dossier indienen', toegang: { 'vo-school': VO_DOSSIER } },
  'POST /api/overstap/dossiers/bulk': { doel: 'dossiers indienen', toegang: { 'vo-school': VO_DOSSIER }, grootBody: true },
  'POST /api/overstap/dossiers/imports': { doel: 'dossiers importeren', toegang: { 'vo-school': VO_DOSSIER }, grootBody: true },
  'GET /api/overstap/dossiers/imports/{jobId}': { doel: 'import volgen', toegang: { 'vo-school': VO_DOSSIER } },
  'GET /api/overstap/dossiers/{id}': {
    doel: 'eigen leerling of warme overdracht',
    toegang: { 'vo-school': VO_DOSSIER, 'mbo-instelling': MBO_INTAKE },
    persoonsgegevens: true,
  },
  // Dossier ownership (ADR 0020): a school's requests and the requests for its students; the RMC of the region decides
  // too; ops overrides with a reason.
  'GET /api/overstap/overdrachten': {
    doel: 'overdracht van dossiers volgen',
    toegang: { 'vo-school': VO_DOSSIER, 'rmc-regio': ['rmc-coordinator'], ops: OPS },
  },
  'POST /api/overstap/overdrachten/{id}/vrijgeven': {
    doel: 'dossier overdragen',
    toegang: { 'vo-school': ['schooladministratie', 'decaan'], 'rmc-regio': ['rmc-coordinator'] },
  },
  'POST /api/overstap/overdrachten/{id}/weigeren': {
    doel: 'overdracht weigeren',
    toegang: { 'vo-school': ['schooladministratie', 'decaan'], 'rmc-regio': ['rmc-coordinator'] },
  },
  'POST /api/overstap/overdrachten/{id}/forceren': { doel: 'overdracht forceren (beheer)', toegang: { ops: OPS } },
  'POST /api/overstap/aanmeldingen': { doel: 'aanmelding registreren', toegang: { 'mbo-instelling': MBO_ADMINISTRATIE } },
  'GET /api/overstap/aanmeldingen': {
    doel: 'aanmeldingen volgen',
    toegang: { 'mbo-instelling': MBO_ADMINISTRATIE, 'vo-school': VO_DOSSIER, 'rmc-regio': RMC },
    persoonsgegevens: true,
  },
  'POST /api/overstap/aanmeldingen/{id}/status': { doel: 'aanmelding bijwerken', toegang: { 'mbo-instelling': MBO_ADMINISTRATIE } },
  'GET /api/overstap/monitor/leerlingen': {
    doel: 'doorstroom monitoren',
    toegang: { 'vo-school': VO_DOSSIER, 'rmc-regio': RMC, 'mbo-instelling': MBO_ADMINISTRATIE },
    persoonsgegevens: true,
  },
  // The monitor live (ADR 0021): who may read the monitor may follow its changes (a count per organisation, no names).
  'POST /api/overstap/live/monitor/ticket': {
    doel: 'doorstroom live volgen',
    toegang: { 'vo-school': VO_DOSSIER, 'rmc-regio': RMC, 'mbo-instelling': MBO_ADMINISTRATIE },
  },
  'GET /api/overstap/live/monitor': {
    doel: 'doorstroom live volgen',
    toegang: { 'vo-school': VO_DOSSIER, 'rmc-regio': RMC, 'mbo-instelling': MBO_ADMINISTRATIE },
    ticket: true,
  },
  'POST /api/overstap/inschrijvingen': { doel: 'inschrijving registreren', toegang: { 'mbo-instelling': MBO_ADMINISTRATIE } },
  'POST /api/overstap/inschrijvingen/{id}/uitschrijving': { doel: 'uitschrijving melden', toegang: { 'mbo-instelling': MBO_ADMINISTRATIE } },
  'POST /api/overstap/inschrijvingen/{id}/switch': { doel: 'switch melden', toegang: { 'mbo-instelling': MBO_ADMINISTRATIE } },
  'POST /api/overstap/inschrijvingen/{id}/bsa': { doel: 'bsa melden', toegang: { 'mbo-instelling': MBO_ADMINISTRATIE } },
  // DUO's BSN↔onderwijsnummer koppeling comes with the region's lists to the RMC; ops handles no BSNs (ADR 0018).
  'POST /api/overstap/koppelingen': { doel: 'persoonskoppeling vastleggen (DUO)', toegang: { 'rmc-regio': ['rmc-coordinator'] } },
  'POST /api/overstap/koppelingen/bestand': {
    doel: 'persoonskoppelingen importeren (DUO)',
    toegang: { 'rmc-regio': ['rmc-coordinator'] },
    grootBody: true,
  },
  ...demoKlok('overstap'),
  ...dodeBerichten('overstap'),
  ...audit('overstap'),
  ...apiDocs('overstap'),

  // notificaties
  'GET /api/notificaties/alerts': { doel: 'signalen opvolgen', toegang: ALERT_BEHANDELAARS, persoonsgegevens: true },
  'GET /api/notificaties/alerts/tellingen': { doel: 'signalen tellen', toegang: ALERT_BEHANDELAARS },
  // The inbox live (ADR 0021): who may read the inbox may follow its changes (a count per organisation, no names).
  'POST /api/notificaties/live/alerts/ticket': { doel: 'signalen live volgen', toegang: ALERT_BEHANDELAARS },
  'GET /api/notificaties/live/alerts': { doel: 'signalen live volgen', toegang: ALERT_BEHANDELAARS, ticket: true },
  'GET /api/notificaties/alerts/{id}': { doel: 'signaal opvolgen', toegang: ALERT_BEHANDELAARS, persoonsgegevens: true },
  'POST /api/notificaties/alerts/{id}/gezien': { doel: 'signaal opvolgen', toegang: ALERT_BEHANDELAARS },
  'POST /api/notificaties/alerts/{id}/opgepakt': { doel: 'signaal opvolgen', toegang: ALERT_BEHANDELAARS },
  'POST /api/notificaties/alerts/{id}/afgehandeld': { doel: 'signaal opvolgen', toegang: ALERT_BEHANDELAARS },
  'GET /api/notificaties/routering/{rmcRegio}': {
    doel: 'routering inzien',
    toegang: { 'rmc-regio': ['rmc-coordinator', 'trajectbegeleider', 'beheerder'], ops: OPS },
  },
  'PUT /api/notificaties/routering/{rmcRegio}': { doel: 'routering instellen', toegang: { 'rmc-regio': ['rmc-coordinator', 'beheerder'] } },
  'GET /api/notificaties/organisaties/{type}/{code}/voorkeuren': { doel: 'voorkeuren inzien', toegang: INSTELLINGEN_BEHEER },
  'PUT /api/notificaties/organisaties/{type}/{code}/voorkeuren': { doel: 'voorkeuren instellen', toegang: INSTELLINGEN_BEHEER },
  'PUT /api/notificaties/organisaties/{type}/{code}/webhook': { doel: 'webhook instellen', toegang: INSTELLINGEN_BEHEER },
  'POST /api/notificaties/organisaties/{type}/{code}/webhook/heractiveren': {
    doel: 'webhook heractiveren',
    toegang: { ...INSTELLINGEN_BEHEER, ops: OPS },
  },
  'GET /api/notificaties/organisaties/{type}/{code}/bezorgingen': { doel: 'bezorging nagaan', toegang: { ...INSTELLINGEN_BEHEER, ops: OPS } },
  'POST /api/notificaties/digest': { doel: 'digest versturen', toegang: { ops: OPS } },
  'GET /api/notificaties/niet-routeerbaar': {
    doel: 'signalen zonder eigenaar toewijzen',
    toegang: { 'rmc-regio': ['rmc-coordinator'], ops: OPS },
    persoonsgegevens: true,
  },
  'POST /api/notificaties/niet-routeerbaar/{id}/woongemeente': {
    doel: 'signalen zonder eigenaar toewijzen',
    toegang: { 'rmc-regio': ['rmc-coordinator'], ops: OPS },
  },
  ...demoKlok('notificaties'),
  ...dodeBerichten('notificaties'),
  ...audit('notificaties'),
  ...apiDocs('notificaties'),

  // rapportage
  'GET /api/rapportage/dossiers/tellingen': {
    doel: 'tellingen',
    toegang: { 'vo-school': VO_DOSSIER, 'rmc-regio': RMC, gemeente: LEERPLICHT, ops: OPS },
  },
  // the tabellenboek: a school its own, an RMC over its residents, ops with small counts suppressed
  'GET /api/rapportage/tabellenboek': { doel: 'tabellenboek', toegang: { 'vo-school': [...VO_DOSSIER, 'beheerder'], 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/tabellenboek/export.csv': {
    doel: 'tabellenboek exporteren',
    toegang: { 'vo-school': [...VO_DOSSIER, 'beheerder'], 'rmc-regio': RMC, ops: OPS },
  },
  'GET /api/rapportage/tabellenboek/export.xlsx': {
    doel: 'tabellenboek exporteren',
    toegang: { 'vo-school': [...VO_DOSSIER, 'beheerder'], 'rmc-regio': RMC, ops: OPS },
  },
  'GET /api/rapportage/tabellenboek/export.pdf': {
    doel: 'tabellenboek exporteren',
    toegang: { 'vo-school': [...VO_DOSSIER, 'beheerder'], 'rmc-regio': RMC, ops: OPS },
  },
  'GET /api/rapportage/signalen': { doel: 'signalen tellen', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/signalen/export.csv': { doel: 'signalen exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/signalen/export.xlsx': { doel: 'signalen exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/signalen/export.pdf': { doel: 'signalen exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  // documents generated on schedule (tabellenboek per school, effectrapportage per region): each organisation its own
  'GET /api/rapportage/documenten': {
    doel: 'gegenereerde rapporten',
    toegang: { 'vo-school': [...VO_DOSSIER, 'beheerder'], 'rmc-regio': RMC, ops: OPS },
  },
  'GET /api/rapportage/documenten/{id}': {
    doel: 'gegenereerde rapporten downloaden',
    toegang: { 'vo-school': [...VO_DOSSIER, 'beheerder'], 'rmc-regio': RMC, ops: OPS },
  },
  // figures from trajecten, notificaties and verzuim: each organisation its own, ops platform totals suppressed;
  // every export suppressed (it leaves the organisation)
  'GET /api/rapportage/effectrapportage': { doel: 'effectrapportage', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/effectrapportage/export.csv': { doel: 'effectrapportage exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/effectrapportage/export.xlsx': { doel: 'effectrapportage exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/effectrapportage/export.pdf': { doel: 'effectrapportage exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/benaderrondes': { doel: 'benaderrondes', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/benaderrondes/export.csv': { doel: 'benaderrondes exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/benaderrondes/export.xlsx': { doel: 'benaderrondes exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/benaderrondes/export.pdf': { doel: 'benaderrondes exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/programmas': { doel: 'programmaresultaten', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/programmas/export.csv': { doel: 'programmaresultaten exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/programmas/export.xlsx': { doel: 'programmaresultaten exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/programmas/export.pdf': { doel: 'programmaresultaten exporteren', toegang: { 'rmc-regio': RMC, ops: OPS } },
  'GET /api/rapportage/alerts': { doel: 'alertcijfers', toegang: ALERTCIJFERS },
  'GET /api/rapportage/alerts/export.csv': { doel: 'alertcijfers exporteren', toegang: ALERTCIJFERS },
  'GET /api/rapportage/alerts/export.xlsx': { doel: 'alertcijfers exporteren', toegang: ALERTCIJFERS },
  'GET /api/rapportage/alerts/export.pdf': { doel: 'alertcijfers exporteren', toegang: ALERTCIJFERS },
  'GET /api/rapportage/verzuim': { doel: 'verzuimcijfers', toegang: VERZUIMCIJFERS },
  'GET /api/rapportage/verzuim/export.csv': { doel: 'verzuimcijfers exporteren', toegang: VERZUIMCIJFERS },
  'GET /api/rapportage/verzuim/export.xlsx': { doel: 'verzuimcijfers exporteren', toegang: VERZUIMCIJFERS },
  'GET /api/rapportage/verzuim/export.pdf': { doel: 'verzuimcijfers exporteren', toegang: VERZUIMCIJFERS },
  'GET /api/rapportage/ziekteverzuim': { doel: 'm@zl-cijfers', toegang: ZIEKTEVERZUIMCIJFERS },
  'GET /api/rapportage/ziekteverzuim/export.csv': { doel: 'm@zl-cijfers exporteren', toegang: ZIEKTEVERZUIMCIJFERS },
  'GET /api/rapportage/ziekteverzuim/export.xlsx': { doel: 'm@zl-cijfers exporteren', toegang: ZIEKTEVERZUIMCIJFERS },
  'GET /api/rapportage/ziekteverzuim/export.pdf': { doel: 'm@zl-cijfers exporteren', toegang: ZIEKTEVERZUIMCIJFERS },
  'GET /api/rapportage/vsv': { doel: 'vsv-cijfers', toegang: VSVCIJFERS },
  'GET /api/rapportage/vsv/export.csv': { doel: 'vsv-cijfers exporteren', toegang: VSVCIJFERS },
  'GET /api/rapportage/vsv/export.xlsx': { doel: 'vsv-cijfers exporteren', toegang: VSVCIJFERS },
  'GET /api/rapportage/vsv/export.pdf': { doel: 'vsv-cijfers exporteren', toegang: VSVCIJFERS },
  'GET /api/rapportage/jikp/factsheet': { doel: 'jikp-cijfers', toegang: JIKPCIJFERS },
  'GET /api/rapportage/jikp/factsheet/export.csv': { doel: 'jikp-cijfers exporteren', toegang: JIKPCIJFERS },
  'GET /api/rapportage/jikp/factsheet/export.xlsx': { doel: 'jikp-cijfers exporteren', toegang: JIKPCIJFERS },
  'GET /api/rapportage/jikp/factsheet/export.pdf': { doel: 'jikp-cijfers exporteren', toegang: JIKPCIJFERS },
  'GET /api/rapportage/jikp/kwetsbare-positie': { doel: 'jikp-cijfers', toegang: JIKPCIJFERS },
  'GET /api/rapportage/jikp/kwetsbare-positie/export.csv': { doel: 'jikp-cijfers exporteren', toegang: JIKPCIJFERS },
  'GET /api/rapportage/jikp/kwetsbare-positie/export.xlsx': { doel: 'jikp-cijfers exporteren', toegang: JIKPCIJFERS },
  'GET /api/rapportage/jikp/kwetsbare-positie/export.pdf': { doel: 'jikp-cijfers exporteren', toegang: JIKPCIJFERS },
  'GET /api/rapportage/uitschrijvingen': { doel: 'uitschrijvingscijfers', toegang: UITSCHRIJVINGSCIJFERS },
  'GET /api/rapportage/uitschrijvingen/export.csv': { doel: 'uitschrijvingscijfers exporteren', toegang: UITSCHRIJVINGSCIJFERS },
  'GET /api/rapportage/uitschrijvingen/export.xlsx': { doel: 'uitschrijvingscijfers exporteren', toegang: UITSCHRIJVINGSCIJFERS },
  'GET /api/rapportage/uitschrijvingen/export.pdf': { doel: 'uitschrijvingscijfers exporteren', toegang: UITSCHRIJVINGSCIJFERS },
  ...demoKlok('rapportage'),
  ...dodeBerichten('rapportage'),
  ...apiDocs('rapportage'),

  // verzuim
  'POST /api/verzuim/leerlingen': { doel: 'leerling registreren', toegang: VERZUIM_REGISTRATIE },
  'POST /api/verzuim/leerlingen/bulk': { doel: 'leerlingen registreren', toegang: VERZUIM_REGISTRATIE, grootBody: true },
  'GET /api/verzuim/leerlingen': { doel: 'verzuim van eigen leerlingen volgen', toegang: VERZUIM_REGISTRATIE, persoonsgegevens: true },
  'PUT /api/verzuim/kalenders/{schooljaar}': { doel: 'schoolkalender instellen', toegang: SCHOOL_INSTELLINGEN },
  'PUT /api/verzuim/instellingen': { doel: 'verzuimregels instellen', toegang: SCHOOL_INSTELLINGEN },
  'POST /api/verzuim/absenties': { doel: 'absentie registreren', toegang: VERZUIM_REGISTRATIE },
  'POST /api/verzuim/absenties/bulk': { doel: 'absenties registreren', toegang: VERZUIM_REGISTRATIE, grootBody: true },
  'POST /api/verzuim/absenties/csv': { doel: 'absenties importeren', toegang: VERZUIM_REGISTRATIE, grootBody: true },
  'POST /api/verzuim/absenties/imports': { doel: 'absenties importeren', toegang: VERZUIM_REGISTRATIE, grootBody: true },
  'GET /api/verzuim/absenties/imports/{jobId}': { doel: 'absentie-import volgen', toegang: VERZUIM_REGISTRATIE },
  'POST /api/verzuim/meldingen': { doel: 'verzuim melden', toegang: VERZUIM_REGISTRATIE },
  'GET /api/verzuim/meldingen': { doel: 'verzuimmeldingen opvolgen', toegang: VERZUIMMELDING_BETROKKENEN, persoonsgegevens: true },
  'GET /api/verzuim/ziekteverzuim': { doel: 'zorgwekkend ziekteverzuim opvolgen', toegang: ZIEKTEVERZUIM_LEZERS, persoonsgegevens: true },
  'GET /api/verzuim/ziekteverzuim/{signaalId}': {
    doel: 'zorgwekkend ziekteverzuim opvolgen',
    toegang: ZIEKTEVERZUIM_LEZERS,
    persoonsgegevens: true,
  },
  'GET /api/verzuim/meldingen/{meldingId}': { doel: 'verzuimmelding opvolgen', toegang: VERZUIMMELDING_BETROKKENEN, persoonsgegevens: true },
  'POST /api/verzuim/meldingen/{meldingId}/stappen': { doel: 'verzuimmelding behandelen', toegang: VERZUIMMELDING_BETROKKENEN },
  'POST /api/verzuim/verlof': { doel: 'verlofaanvraag invoeren', toegang: VERLOF_AANVRAGEN },
  'GET /api/verzuim/verlof': { doel: 'verlofaanvragen behandelen', toegang: VERLOF_BESLISSERS, persoonsgegevens: true },
  'POST /api/verzuim/verlof/{verlofId}/besluit': { doel: 'beslissen op verlof', toegang: VERLOF_BESLISSERS },
  ...demoKlok('verzuim'),
  ...dodeBerichten('verzuim'),
  ...audit('verzuim'),
  ...apiDocs('verzuim'),

  // trajecten: RMC case management, for the RMC-regio's own staff only
  'GET /api/trajecten/casussen': { doel: 'trajecten begeleiden', toegang: { 'rmc-regio': RMC }, persoonsgegevens: true },
  'POST /api/trajecten/casussen': { doel: 'traject openen', toegang: { 'rmc-regio': RMC } },
  'GET /api/trajecten/casussen/{id}': { doel: 'traject begeleiden', toegang: { 'rmc-regio': RMC }, persoonsgegevens: true },
  'POST /api/trajecten/casussen/{id}/stappen': { doel: 'traject begeleiden', toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/casussen/{id}/casusregisseur': { doel: 'casusregie toewijzen', toegang: { 'rmc-regio': RMC } },
  'GET /api/trajecten/casussen/{id}/contactpogingen': { doel: 'traject begeleiden', toegang: { 'rmc-regio': RMC }, persoonsgegevens: true },
  'POST /api/trajecten/casussen/{id}/contactpogingen': { doel: 'traject begeleiden', toegang: { 'rmc-regio': RMC } },
  'GET /api/trajecten/casussen/{id}/screenings': {
    doel: 'traject begeleiden',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
    persoonsgegevens: true,
  },
  'POST /api/trajecten/casussen/{id}/screenings': {
    doel: 'traject begeleiden',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
  },
  'GET /api/trajecten/casussen/{id}/trajectplan': {
    doel: 'traject begeleiden',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
    persoonsgegevens: true,
  },
  'POST /api/trajecten/casussen/{id}/trajectplan': {
    doel: 'traject begeleiden',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
  },
  'PUT /api/trajecten/casussen/{id}/trajectplan': {
    doel: 'traject begeleiden',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
  },
  'POST /api/trajecten/casussen/{id}/trajectplan/status': {
    doel: 'traject begeleiden',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
  },
  'GET /api/trajecten/casussen/{id}/overdrachten': {
    doel: 'traject overdragen',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
    persoonsgegevens: true,
  },
  'POST /api/trajecten/casussen/{id}/overdrachten': {
    doel: 'traject overdragen',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
  },
  'POST /api/trajecten/casussen/{id}/overdrachten/{overdrachtId}/acties': {
    doel: 'traject overdragen',
    toegang: { 'rmc-regio': RMC, partner: ['partner', 'trajectbegeleider'] },
  },
  // a partner's worklist: the running handovers to its own organisation (no personal data: case ids, region, status)
  'GET /api/trajecten/overdrachten': { doel: 'traject overdragen', toegang: { partner: ['partner', 'trajectbegeleider'] } },
  'GET /api/trajecten/netwerkoverleg/{rmcRegio}': { doel: 'netwerkoverleg voorbereiden', toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/casussen/{id}/netwerkoverleg-advies': { doel: 'netwerkoverleg voorbereiden', toegang: { 'rmc-regio': RMC } },
  'GET /api/trajecten/casusregels/{rmcRegio}': {
    doel: 'casusregels inzien',
    toegang: { 'rmc-regio': ['trajectbegeleider', 'rmc-coordinator', 'beheerder'] },
  },
  'PUT /api/trajecten/casusregels/{rmcRegio}': { doel: 'casusregels instellen', toegang: { 'rmc-regio': ['rmc-coordinator'] } },
  'GET /api/trajecten/casussen/{id}/inzage': { doel: 'inzage van een traject controleren', toegang: { 'rmc-regio': ['rmc-coordinator'] } },
  'GET /api/trajecten/caseload/{rmcRegio}': { doel: 'caseload bewaken', toegang: { 'rmc-regio': ['rmc-coordinator'] } },
  'PUT /api/trajecten/caseload/{rmcRegio}': { doel: 'caseload-team instellen', toegang: { 'rmc-regio': ['rmc-coordinator'] } },
  'POST /api/trajecten/duo-lijsten/a01': { doel: 'DUO-lijst verwerken', toegang: { 'rmc-regio': RMC }, grootBody: true },
  'POST /api/trajecten/duo-lijsten/oud-vsv': { doel: 'DUO-lijst verwerken', toegang: { 'rmc-regio': RMC }, grootBody: true },
  'GET /api/trajecten/nazorgcontroles/{rmcRegio}': { doel: 'nazorg bewaken', toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/casussen/{id}/nazorgcontrole': { doel: 'nazorg bewaken', toegang: { 'rmc-regio': RMC } },
  'GET /api/trajecten/duo-lijsten/{lijstId}/terugmelding.csv': { doel: 'DUO-lijst terugmelden', toegang: { 'rmc-regio': RMC } },
  // programmes of the region: the coordinator runs them, the region's RMC staff let cases join and leave
  'GET /api/trajecten/programmas/{rmcRegio}': { doel: "programma's volgen", toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/programmas/{rmcRegio}': { doel: "programma's beheren", toegang: { 'rmc-regio': ['rmc-coordinator'] } },
  'GET /api/trajecten/programmas/{rmcRegio}/{programmaId}': { doel: "programma's volgen", toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/programmas/{rmcRegio}/{programmaId}/beeindigen': {
    doel: "programma's beheren",
    toegang: { 'rmc-regio': ['rmc-coordinator'] },
  },
  'POST /api/trajecten/programmas/{rmcRegio}/{programmaId}/deelnames': { doel: 'traject begeleiden', toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/programmas/{rmcRegio}/{programmaId}/deelnames/{casusId}/afmelden': {
    doel: 'traject begeleiden',
    toegang: { 'rmc-regio': RMC },
  },
  // outreach rounds of the region (a DUO list's oud-VSV'ers, chosen cases): the region's RMC staff run them
  'GET /api/trajecten/benaderrondes/{rmcRegio}': { doel: 'jongeren benaderen', toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/benaderrondes/{rmcRegio}': { doel: 'jongeren benaderen', toegang: { 'rmc-regio': RMC } },
  'GET /api/trajecten/benaderrondes/{rmcRegio}/{rondeId}': { doel: 'jongeren benaderen', toegang: { 'rmc-regio': RMC } },
  'PUT /api/trajecten/benaderrondes/{rmcRegio}/{rondeId}/deelnemers/{casusId}': { doel: 'jongeren benaderen', toegang: { 'rmc-regio': RMC } },
  'POST /api/trajecten/benaderrondes/{rmcRegio}/{rondeId}/afsluiten': { doel: 'jongeren benaderen', toegang: { 'rmc-regio': RMC } },
  ...demoKlok('trajecten'),
  ...dodeBerichten('trajecten'),
  ...audit('trajecten'),
  ...apiDocs('trajecten'),
};

/** The routes (`METHOD /path`, none with parameters) whose bodies may be large. */
export const ROUTES_MET_GROTE_BODY: ReadonlySet<string> = new Set(
  Object.entries(TOEGANGSBELEID)
    .filter(([, beleid]) => beleid.grootBody)
    .map(([route]) => route),
);

/** `GET /api/overstap/dossiers/:id` (Express) → `GET /api/overstap/dossiers/{id}` (the table's and OpenAPI's form). */
export function routeSleutel(method: string, pad: string): string {
  return `${method.toUpperCase()} ${pad.replace(/:(\w+)/g, '{$1}')}`;
}

export type Beslissing =
  { toegestaan: true } | { toegestaan: false; code: 'auth.route-zonder-beleid' | 'auth.organisation-type' | 'auth.role-missing'; reden: string };

/** Whether a caller of this organisation type with these roles may call the route, per the table. */
export function beslis(route: string, org: OrganisatieType, roles: readonly Role[]): Beslissing {
  const beleid = TOEGANGSBELEID[route];
  if (!beleid) return { toegestaan: false, code: 'auth.route-zonder-beleid', reden: `voor ${route} is geen toegang vastgelegd` };
  if (beleid.toegang === 'publiek' || beleid.toegang === 'iedereen') return { toegestaan: true };
  const rollen = beleid.toegang[org];
  if (!rollen) {
    return { toegestaan: false, code: 'auth.organisation-type', reden: `alleen voor ${Object.keys(beleid.toegang).join(', ')}; token is van ${org}` };
  }
  if (!rollen.some((rol) => roles.includes(rol))) {
    return { toegestaan: false, code: 'auth.role-missing', reden: `vereist voor ${org} een van de rollen: ${rollen.join(', ')}` };
  }
  return { toegestaan: true };
}
