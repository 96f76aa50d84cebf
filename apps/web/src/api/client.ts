import createClient, { Middleware } from 'openapi-fetch';
import type { paths as NotificatiesPaths, components as NotificatiesComponents } from './notificaties';
import type { paths as OverstapPaths, components as OverstapComponents } from './overstap';
import type { paths as RapportagePaths } from './rapportage';
import type { paths as TrajectenPaths } from './trajecten';
import type { paths as VerzuimPaths } from './verzuim';

export type Probleem = NotificatiesComponents['schemas']['ProblemDto'];
export type Alert = NotificatiesComponents['schemas']['Alert_Output'];
export type AlertMetHistorie = NotificatiesComponents['schemas']['AlertMetHistorieDto_Output'];
export type Uitkomst = NotificatiesComponents['schemas']['HandelAfDto']['uitkomst'];
export type MonitorLeerling = OverstapComponents['schemas']['MonitorLeerlingenDto_Output']['items'][number];
export type Dossier = OverstapComponents['schemas']['DossierInzageDto_Output'];

/** An API error as problem+json (RFC 9457): the portal shows its title, detail and the fields it names. */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly probleem: Partial<Probleem> | undefined,
  ) {
    super(probleem?.detail ?? probleem?.title ?? `HTTP ${status}`);
  }
}

let tokenBron: () => string | undefined = () => undefined;
/** Where the clients get the bearer token (the AuthProvider's user). */
export function zetTokenBron(bron: () => string | undefined): void {
  tokenBron = bron;
}

const bearer: Middleware = {
  onRequest({ request }) {
    const token = tokenBron();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

/** Typed clients of the committed OpenAPI documents (docs/openapi/*.json), on the portal's own origin (the gateway). */
export const overstap = createClient<OverstapPaths>({ baseUrl: '' });
export const notificaties = createClient<NotificatiesPaths>({ baseUrl: '' });
overstap.use(bearer);
notificaties.use(bearer);
export const trajecten = createClient<TrajectenPaths>({ baseUrl: '' });
export const verzuim = createClient<VerzuimPaths>({ baseUrl: '' });
export const rapportage = createClient<RapportagePaths>({ baseUrl: '' });
for (const client of [trajecten, verzuim, rapportage]) client.use(bearer);

/** The data of an openapi-fetch answer, or an ApiFout with its problem+json. */
export async function data<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data: body, error, response } = await promise;
  if (!response.ok || body === undefined) throw new ApiFout(response.status, (error as Partial<Probleem> | undefined) ?? undefined);
  return body;
}

export type Gereedheid = { service: string; klaar: boolean; detail: string; ms?: number };

/** A service's readiness through the gateway (/api/<service>/health/ready: no personal data, no token needed). */
export async function gereedheid(service: string): Promise<Gereedheid> {
  const started = performance.now();
  try {
    const response = await fetch(`/api/${service}/health/ready`, { cache: 'no-store' });
    const body = (await response.json().catch(() => ({}))) as { detail?: string; database?: { ms?: number } };
    return {
      service,
      klaar: response.ok,
      detail: response.ok ? 'gereed' : (body.detail ?? `HTTP ${response.status}`),
      ms: body.database?.ms ?? Math.round(performance.now() - started),
    };
  } catch {
    return { service, klaar: false, detail: 'niet bereikbaar' };
  }
}
