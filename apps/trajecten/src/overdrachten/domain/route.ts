import { ROUTES } from '@sluitend/contracts';

/**
 * The routes after screening and netwerkoverleg (DOMAIN.md "Trajecten"; seed 002 §4: onderwijs, arbeid, dagbesteding;
 * seed 003: "het RBL indien terugkeer naar onderwijs mogelijk is, Ferm Werk indien een traject naar (aangepast) werk
 * voor de hand ligt en het lokale team als eerst zorg geboden moet worden").
 */
export { ROUTES };

export type Route = (typeof ROUTES)[number];

const ROUTE_SET: ReadonlySet<string> = new Set(ROUTES);
export const isRoute = (waarde: string): waarde is Route => ROUTE_SET.has(waarde);

/** Who runs a route by default: the RMC (casusregisseur at RMC), the werkplein / sociale dienst, the local team. */
export type Uitvoerder = 'rmc' | 'werkplein' | 'lokaal-team';

export const ROUTE_UITVOERDER: Readonly<Record<Route, Uitvoerder>> = {
  onderwijs: 'rmc',
  arbeid: 'werkplein',
  'zorg-dagbesteding': 'lokaal-team',
};
