import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { beslis, Claims, ORGANISATIE_TYPES, OrganisatieType, Role, ROLES, routeSleutel, TOEGANGSBELEID } from '@sluitend/auth';

/**
 * The access matrix (issue 11): every route of a service, taken from its running Express router, called with every
 * organisation type × role, checked against the policy table (libs/auth TOEGANGSBELEID): 403 where the table denies,
 * anything but 401/403 where it allows. A route the table does not know is reported (the test fails on it).
 */
export type MatrixUitkomst = {
  routes: string[];
  zonderBeleid: string[];
  verzoeken: number;
  toegestaan: number;
  geweigerd: number;
  /** Each call whose answer disagrees with the table: route, caller, expected and the status seen. */
  afwijkingen: string[];
};

/** A valid code per organisation type, the caller's own organisation in every path that names one. */
export const MATRIX_ORGANISATIES: Record<OrganisatieType, string> = {
  'vo-school': '00AH',
  'mbo-instelling': '25LP',
  gemeente: 'GM0014',
  'rmc-regio': 'MC07',
  ggd: 'GM0014',
  partner: 'wijkteam',
  ops: 'platform',
};

type Layer = { route?: { path: string; methods: Record<string, boolean> } };
const METHODEN = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * `METHOD /path` of every route the app's Express router serves with a Nest handler. A layer answering every method
 * (a catch-all such as the not-found fallback) is no route of the API.
 */
export function routesVan(app: INestApplicationContext): Array<{ methode: string; pad: string }> {
  const express = (app as NestExpressApplication).getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  return express.router.stack.flatMap((layer) =>
    layer.route && !layer.route.methods._all && Object.keys(layer.route.methods).length < METHODEN.length
      ? Object.keys(layer.route.methods)
          .filter((methode) => METHODEN.includes(methode))
          .map((methode) => ({ methode: methode.toUpperCase(), pad: (layer.route as { path: string }).path }))
      : [],
  );
}

/** The concrete path for a caller: ids are fresh UUIDs, organisations the caller's own (else a valid one). */
function vulPad(pad: string, org: Claims['org']): string {
  const eigenOfSchool = ['vo-school', 'mbo-instelling', 'gemeente', 'rmc-regio'].includes(org.type) ? org : { type: 'vo-school', code: '00AH' };
  return pad
    .replace(':rmcRegio', org.type === 'rmc-regio' ? org.code : 'MC07')
    .replace(':type', eigenOfSchool.type)
    .replace(':code', eigenOfSchool.code)
    .replace(/:\w+/g, () => randomUUID());
}

export async function toegangsMatrix(definitie: {
  app: INestApplicationContext;
  url: string;
  token: (org: Claims['org'], roles: Claims['roles']) => Promise<string>;
  /** Route templates (Express form) not to call. */
  overslaan?: (pad: string) => boolean;
}): Promise<MatrixUitkomst> {
  const routes = routesVan(definitie.app).filter(({ pad }) => !(definitie.overslaan?.(pad) ?? false));
  const uitkomst: MatrixUitkomst = { routes: [], zonderBeleid: [], verzoeken: 0, toegestaan: 0, geweigerd: 0, afwijkingen: [] };
  const tokens = new Map<string, string>();
  for (const { methode, pad } of routes) {
    const route = routeSleutel(methode, pad);
    uitkomst.routes.push(route);
    if (!TOEGANGSBELEID[route]) uitkomst.zonderBeleid.push(route);
    if (TOEGANGSBELEID[route]?.ticket) {
      // A live stream takes a one-time ticket, not a bearer token: without one it answers 401 to everybody (its own
      // integration test checks the ticket's claims against the table).
      if (!tokens.has('ops:ops')) tokens.set('ops:ops', await definitie.token({ type: 'ops', code: 'platform' } as Claims['org'], ['ops']));
      const response = await fetch(`${definitie.url}${pad}`, { method: methode, headers: { authorization: `Bearer ${tokens.get('ops:ops')}` } });
      await response.arrayBuffer();
      uitkomst.verzoeken += 1;
      if (response.status !== 401)
        uitkomst.afwijkingen.push(`${route} (live stream) with a bearer token and no ticket: answered ${response.status}, not 401`);
      continue;
    }
    for (const type of ORGANISATIE_TYPES) {
      const org = { type, code: MATRIX_ORGANISATIES[type] } as Claims['org'];
      for (const rol of ROLES) {
        const sleutel = `${type}:${rol}`;
        if (!tokens.has(sleutel)) tokens.set(sleutel, await definitie.token(org, [rol as Role]));
        const response = await fetch(`${definitie.url}${vulPad(pad, org)}`, {
          method: methode,
          headers: { authorization: `Bearer ${tokens.get(sleutel)}`, ...(methode === 'GET' ? {} : { 'content-type': 'application/json' }) },
          body: methode === 'GET' ? undefined : '{}',
        });
        await response.arrayBuffer();
        uitkomst.verzoeken += 1;
        const verwacht = beslis(route, type, [rol as Role]).toegestaan;
        if (verwacht) uitkomst.toegestaan += 1;
        else uitkomst.geweigerd += 1;
        const klopt = verwacht ? response.status !== 403 && response.status !== 401 : response.status === 403;
        if (!klopt)
          uitkomst.afwijkingen.push(`${route} as ${type}/${rol}: table says ${verwacht ? 'allowed' : 'denied'}, answered ${response.status}`);
      }
    }
  }
  return uitkomst;
}

export const matrixSamenvatting = (service: string, uitkomst: MatrixUitkomst): string =>
  `access matrix ${service}: ${uitkomst.routes.length} routes × ${ORGANISATIE_TYPES.length} organisation types × ${ROLES.length} roles = ` +
  `${uitkomst.verzoeken} requests (${uitkomst.toegestaan} allowed, ${uitkomst.geweigerd} denied by the table), ` +
  `${uitkomst.afwijkingen.length} disagreeing, ${uitkomst.zonderBeleid.length} routes without a declaration`;
