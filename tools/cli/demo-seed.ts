import { parseArgs } from 'node:util';
import { Claims, LOCAL_OIDC, Role } from '@sluitend/auth';
import { DienDossierIn } from '@sluitend/contracts';
import { schooljaarOfInstant } from '@sluitend/domain-nl';
import { Cohort, demoLogin, generateCohort } from '@sluitend/testing';

const MAX_CHUNK = 2000;

const USAGE = `usage: sluitend demo-seed [--regios MC03,MC07] [--schooljaar 2025-2026] [--seed 42] [--fraction 1]
                         [--max-per-vestiging N] [--chunk ${MAX_CHUNK}] [--concurrency 4] [--dry-run] [--speel-tot-april]
  Generates a synthetic cohort of VO leavers (libs/testing) for the RMC regions and submits every VO school's
  dossiers to overstap (POST /api/overstap/dossiers/bulk, one token per BRIN). Same arguments, same dossiers:
  running it again reports them as 'ongewijzigd'. --speel-tot-april (demo mode) then moves overstap's clock to 31 March
  of the schooljaar in steps and registers the aanmeldingen the cohort made by then (early warnings fire on the way).
  env: OVERSTAP_URL (default http://127.0.0.1:3101), NOTIFICATIES_URL (default http://127.0.0.1:3104), OIDC_ISSUER
       (required: the local OpenID provider, which logs in a generated user per school, mbo and region)
  A larger --fraction keeps the pupils of a smaller one (same content, nearly always the same number) and adds more.
  Note: the test-BSN range holds only ~90,900 numbers, and numbers are unique within one run. Seeding other regions
  later into the same database and schooljaar can give a test BSN that an earlier run gave to a pupil of another
  school (409 dossier.andere-school): seed all regions you need in one run, or use another schooljaar.`;

class UsageError extends Error {}

class RequestFailed extends Error {}

interface Totals {
  aangemaakt: number;
  bijgewerkt: number;
  ongewijzigd: number;
  sent: number;
}

interface BulkResponse {
  aangemaakt: number;
  bijgewerkt: number;
  ongewijzigd: number;
}

function number(name: string, value: string | undefined, check: (n: number) => boolean): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !check(parsed)) throw new UsageError(`--${name}: invalid value '${value}'\n${USAGE}`);
  return parsed;
}

/** Seeds overstap with a synthetic, deterministic cohort of doorstroomdossiers for demos and benchmarks. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      regios: { type: 'string', default: 'MC03,MC07' },
      schooljaar: { type: 'string' },
      seed: { type: 'string', default: '42' },
      fraction: { type: 'string', default: '1' },
      'max-per-vestiging': { type: 'string' },
      chunk: { type: 'string', default: String(MAX_CHUNK) },
      concurrency: { type: 'string', default: '4' },
      'dry-run': { type: 'boolean', default: false },
      'speel-tot-april': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const regios = values.regios
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const schooljaar = values.schooljaar ?? schooljaarOfInstant(new Date());
  const seed = number('seed', values.seed, Number.isSafeInteger) as number;
  const fraction = number('fraction', values.fraction, (n) => Number.isFinite(n) && n >= 0) as number;
  const maxPerVestiging = number('max-per-vestiging', values['max-per-vestiging'], (n) => Number.isInteger(n) && n >= 0);
  const chunk = number('chunk', values.chunk, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_CHUNK) as number;
  const concurrency = number('concurrency', values.concurrency, (n) => Number.isInteger(n) && n >= 1 && n <= 32) as number;

  const baseUrl = (process.env.OVERSTAP_URL ?? 'http://127.0.0.1:3101').replace(/\/+$/, '');
  const issuer = process.env.OIDC_ISSUER;
  if (!issuer && !values['dry-run']) throw new UsageError('OIDC_ISSUER is not set (./sluitend sets it: the local OpenID provider of ./sluitend up)');
  const login = loginAt(issuer as string);

  const started = Date.now();
  let cohort: Cohort;
  try {
    cohort = generateCohort({ seed, regios, schooljaar, fraction, maxPerVestiging });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const perBrin = new Map<string, DienDossierIn[]>();
  for (const dossier of cohort.dossiers) {
    const list = perBrin.get(dossier.school.brin) ?? [];
    list.push(dossier);
    perBrin.set(dossier.school.brin, list);
  }
  const schoolnaam = new Map<string, string>();
  for (const vestiging of cohort.vestigingen) if (!schoolnaam.has(vestiging.brin)) schoolnaam.set(vestiging.brin, vestiging.naam);
  if (cohort.stats.onderwijsnummers > 0) {
    process.stderr.write(
      `note: ${cohort.stats.onderwijsnummers} pupils got an onderwijsnummer: the cohort is larger than the test-BSN range holds\n`,
    );
  }

  const totals: Totals = { aangemaakt: 0, bijgewerkt: 0, ongewijzigd: 0, sent: 0 };
  if (!values['dry-run']) {
    const url = `${baseUrl}/api/overstap/dossiers/bulk`;
    const queue = [...perBrin.entries()];
    let failed = false;
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined && !failed; next = queue.shift()) {
        const [brin, dossiers] = next;
        const token = await login({ type: 'vo-school', code: brin }, ['schooladministratie'], `Schooladministratie ${schoolnaam.get(brin) ?? brin}`);
        for (let start = 0; start < dossiers.length && !failed; start += chunk) {
          const part = dossiers.slice(start, start + chunk);
          try {
            const result = await post(url, token, part, `BRIN ${brin}, dossiers ${start + 1}–${start + part.length} of ${dossiers.length}`);
            totals.aangemaakt += result.aangemaakt;
            totals.bijgewerkt += result.bijgewerkt;
            totals.ongewijzigd += result.ongewijzigd;
            totals.sent += part.length;
          } catch (error) {
            failed = true;
            throw error;
          }
        }
      }
    };
    const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, Math.max(1, queue.length)) }, worker));
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) throw rejected.reason;
  }

  const aanmeldingen = values['speel-tot-april'] && !values['dry-run'] ? await speelTotApril(baseUrl, cohort, schooljaar, login) : 0;
  if (values['speel-tot-april'] && !values['dry-run']) await kanalenVoorDemo(regios, login);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `demo-seed: ${values['dry-run'] ? `${cohort.dossiers.length} dossiers generated (dry run, nothing sent)` : `${totals.sent} dossiers sent`}` +
      ` (aangemaakt ${totals.aangemaakt}, bijgewerkt ${totals.bijgewerkt}, ongewijzigd ${totals.ongewijzigd}),` +
      ` ${perBrin.size} schools, ${cohort.stats.vestigingen} vestigingen, regios ${regios.join(',')}, schooljaar ${schooljaar},` +
      ` seed ${seed}, fraction ${fraction}${values['speel-tot-april'] ? `, ${aanmeldingen} aanmeldingen tot 31 maart` : ''}, ${seconds} s\n`,
  );
}

type Login = (org: Claims['org'], roles: Role[], naam: string) => Promise<string>;

/**
 * Tokens from the local OpenID provider: each organisation's user logs in once (authorization code + PKCE, as the
 * CLI client) as a generated development user with the given name and roles; the token is reused after that.
 */
function loginAt(issuer: string): Login {
  const tokens = new Map<string, Promise<string>>();
  return (org, roles, naam) => {
    const key = `${org.type}:${org.code}:${roles.join('+')}`;
    if (!tokens.has(key)) {
      const user = { org, roles, naam };
      tokens.set(
        key,
        demoLogin({ issuer, clientId: LOCAL_OIDC.cli.clientId, redirectUri: LOCAL_OIDC.cli.redirectUri, user }).then((result) => result.accessToken),
      );
    }
    return tokens.get(key) as Promise<string>;
  };
}

async function post(url: string, token: string, dossiers: DienDossierIn[], what: string): Promise<BulkResponse> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ dossiers }),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new RequestFailed(`POST ${url} (${what}) failed: ${error instanceof Error ? error.message : String(error)}${cause}`);
  }
  const text = await response.text();
  if (!response.ok) {
    let body = text;
    try {
      body = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // not JSON: print as received
    }
    throw new RequestFailed(`POST ${url} (${what}) → HTTP ${response.status} ${response.statusText}\n${body}`);
  }
  const parsed = JSON.parse(text) as Partial<BulkResponse>;
  if (typeof parsed.aangemaakt !== 'number' || typeof parsed.bijgewerkt !== 'number' || typeof parsed.ongewijzigd !== 'number') {
    throw new RequestFailed(`POST ${url} (${what}): unexpected response ${text.slice(0, 500)}`);
  }
  return { aangemaakt: parsed.aangemaakt, bijgewerkt: parsed.bijgewerkt, ongewijzigd: parsed.ongewijzigd };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});

/**
 * Plays the demo year up to 31 March in demo mode: moves overstap's clock in steps (end of February, mid March,
 * 31 March) and registers, at the mbo institution each student chose, the aanmeldingen the cohort's fates made by
 * then. The early warnings of 1 and 15 March fire on the way with the right students; 1 April is left for the user.
 */
async function speelTotApril(baseUrl: string, cohort: Cohort, schooljaar: string, login: Login): Promise<number> {
  const jaar = schooljaar.slice(5);
  const ops = await login({ type: 'ops', code: 'platform' }, ['ops'], 'Demo ops');
  const stappen = [`${jaar}-02-28T23:00:00+01:00`, `${jaar}-03-14T23:00:00+01:00`, `${jaar}-03-31T12:00:00+02:00`];
  let vorige = '';
  let geregistreerd = 0;
  const nu = await fetch(`${baseUrl}/api/overstap/demo/klok`, { headers: { authorization: `Bearer ${ops}` } });
  const { nu: demoNu } = (await nu.json()) as { nu: string };
  for (const stap of stappen) {
    // The demo clock only moves forward: a second run (clock already further) registers without moving it.
    if (new Date(stap).getTime() > new Date(demoNu).getTime()) {
      const klok = await fetch(`${baseUrl}/api/overstap/demo/klok`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ops}` },
        body: JSON.stringify({ naar: stap }),
      });
      if (!klok.ok) throw new Error(`moving the demo clock to ${stap} failed: ${klok.status} ${await klok.text()}`);
    }
    const tot = stap.slice(0, 10);
    const deze = cohort.dossiers
      .map((dossier, index) => ({ dossier, fate: cohort.fates[index] }))
      .filter(
        ({ dossier, fate }) =>
          fate.aanmeldOp !== undefined && fate.aanmeldOp > vorige && fate.aanmeldOp <= tot && dossier.keuze.opleidingen[0]?.instelling,
      );
    for (let start = 0; start < deze.length; start += 16) {
      await Promise.all(
        deze.slice(start, start + 16).map(async ({ dossier, fate }) => {
          const opleiding = dossier.keuze.opleidingen[0];
          const brin = opleiding.instelling as string;
          const mbo = await login({ type: 'mbo-instelling', code: brin }, ['intaker'], `Intake ${brin}`);
          const response = await metWachtenOpLimiet(() =>
            fetch(`${baseUrl}/api/overstap/aanmeldingen`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${mbo}` },
              body: JSON.stringify({
                persoonsnummer: dossier.leerling.persoonsnummer,
                schooljaar,
                crebo: opleiding.crebo,
                niveau: opleiding.niveau,
                locatie: `${brin}00`,
                startdatum: `${jaar}-08-30`,
                aangemeldOp: `${fate.aanmeldOp}T10:00:00+01:00`,
              }),
            }),
          );
          if (!response.ok) throw new Error(`aanmelding failed: ${response.status} ${await response.text()}`);
          geregistreerd += 1;
        }),
      );
    }
    vorige = tot;
  }
  return geregistreerd;
}

/**
 * Gives each demo RMC-regio e-mail at once (to the local mail sink, .local/mail) and its coordinator an address for
 * escalations, as the region's beheerder would in notificaties. Setting the same preferences again changes nothing.
 */
async function kanalenVoorDemo(regios: string[], login: Login): Promise<void> {
  const baseUrl = (process.env.NOTIFICATIES_URL ?? 'http://127.0.0.1:3104').replace(/\/+$/, '');
  for (const regio of regios) {
    const token = await login({ type: 'rmc-regio', code: regio }, ['beheerder'], `Beheerder ${regio}`);
    const domein = `${regio.toLowerCase()}.demo.sluitend.local`;
    const url = `${baseUrl}/api/notificaties/organisaties/rmc-regio/${regio}/voorkeuren`;
    const response = await fetch(url, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ emailAdressen: [`rmc@${domein}`], modus: 'direct', coordinatorEmailAdressen: [`coordinator@${domein}`] }),
    });
    if (!response.ok) throw new RequestFailed(`PUT ${url} → HTTP ${response.status} ${await response.text()}`);
  }
}

/** A write over the service's rate limit (429) is sent again after its Retry-After, as any well-behaved client does. */
async function metWachtenOpLimiet(send: () => Promise<Response>): Promise<Response> {
  for (let poging = 1; ; poging++) {
    const response = await send();
    if (response.status !== 429 || poging === 20) return response;
    const seconden = Number(response.headers.get('retry-after')) || 1;
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, seconden * 1000));
  }
}
