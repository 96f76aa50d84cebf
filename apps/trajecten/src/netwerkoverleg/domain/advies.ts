import { DomainIssue, IsoDate, isIsoDate } from '@sluitend/domain-nl';
import type { Triage } from '../../casussen/domain/casus';
import { CasusStatus } from '../../casussen/domain/casus-status';
import { RegieRol } from '../../overdrachten/domain/casusregie';
import { Route, isRoute } from '../../overdrachten/domain/route';
import { OrganisatieRef, zelfdeOrganisatie } from '../../shared/organisatie';
import { adviesOngeldig, nietGeagendeerd } from './netwerkoverleg.errors';

/** Who takes the case on: an organisation (the uitvoerder names its casusregisseur) in a role. */
export interface Toewijzing {
  readonly organisatie: OrganisatieRef;
  readonly rol: RegieRol;
}

/**
 * The netwerkoverleg's advice for one case (seed 003): the triage; for a simple case the route and the uitvoerder who
 * names a casusregisseur; for a complex one a klantmanager (the route may still be open). "Formeel neemt de
 * netwerkregisseur de beslissing het advies op te volgen": the advice names who decided.
 */
export interface Advies {
  readonly casusId: string;
  readonly overlegdatum: IsoDate;
  readonly triage: Triage;
  readonly route?: Route;
  readonly toewijzing: Toewijzing;
  /** The netwerkregisseur (token `sub`). */
  readonly besluitDoor: string;
  readonly toelichting?: string;
}

/** An advice as it comes in (unchecked). */
export interface AdviesInvoer {
  readonly casusId: string;
  readonly overlegdatum: string;
  readonly triage: string;
  readonly route?: string;
  readonly toewijzing?: { readonly organisatie?: OrganisatieRef; readonly rol?: string };
  readonly besluitDoor: string;
  readonly toelichting?: string;
}

export const MAX_TOELICHTING = 2000;

/**
 * A complete advice for a case on the list (`netwerkoverleg.niet-geagendeerd`, 409, otherwise). Field problems all at
 * once (`netwerkoverleg.advies-ongeldig`): a known triage; a known route, required when simple; an organisation to
 * assign to; a casusregisseur for a simple case and a klantmanager for a complex one; who decided; a real date.
 */
export function valideerAdvies(invoer: AdviesInvoer, casus: { readonly status: CasusStatus }): Advies {
  if (casus.status !== 'netwerkoverleg') throw nietGeagendeerd(casus.status);
  const meldingen: DomainIssue[] = [];
  const triage = invoer.triage === 'eenvoudig' || invoer.triage === 'complex' ? invoer.triage : undefined;
  if (!triage) meldingen.push({ field: 'triage', rule: 'triage.onbekend', message: 'triage is eenvoudig of complex' });
  if (!isIsoDate(invoer.overlegdatum ?? ''))
    meldingen.push({ field: 'overlegdatum', rule: 'datum', message: 'overlegdatum is een datum JJJJ-MM-DD' });
  let route: Route | undefined;
  if (invoer.route !== undefined && invoer.route !== '') {
    if (isRoute(invoer.route)) route = invoer.route;
    else meldingen.push({ field: 'route', rule: 'route.onbekend', message: 'route is onderwijs, arbeid of zorg-dagbesteding' });
  } else if (triage === 'eenvoudig') {
    meldingen.push({ field: 'route', rule: 'route.verplicht-bij-eenvoudig', message: 'bij een eenvoudige casus is duidelijk welke route' });
  }
  const organisatie = invoer.toewijzing?.organisatie;
  if (!organisatie?.code)
    meldingen.push({ field: 'toewijzing.organisatie', rule: 'toewijzing.verplicht', message: 'wie de casus oppakt is verplicht' });
  const rol = invoer.toewijzing?.rol;
  if (triage === 'eenvoudig' && rol !== 'casusregisseur') {
    meldingen.push({ field: 'toewijzing.rol', rule: 'rol.casusregisseur-bij-eenvoudig', message: 'een eenvoudige casus krijgt een casusregisseur' });
  }
  if (triage === 'complex' && rol !== 'klantmanager') {
    meldingen.push({ field: 'toewijzing.rol', rule: 'rol.klantmanager-bij-complex', message: 'een complexe casus krijgt een klantmanager' });
  }
  if (!invoer.besluitDoor?.trim())
    meldingen.push({ field: 'besluitDoor', rule: 'besluitDoor.verplicht', message: 'de netwerkregisseur besluit het advies op te volgen' });
  if ((invoer.toelichting?.length ?? 0) > MAX_TOELICHTING) {
    meldingen.push({ field: 'toelichting', rule: 'toelichting.max', message: `de toelichting is hoogstens ${MAX_TOELICHTING} tekens` });
  }
  if (meldingen.length > 0 || !triage || !organisatie || (rol !== 'casusregisseur' && rol !== 'klantmanager')) throw adviesOngeldig(meldingen);
  return {
    casusId: invoer.casusId,
    overlegdatum: invoer.overlegdatum,
    triage,
    route,
    toewijzing: { organisatie, rol },
    besluitDoor: invoer.besluitDoor.trim(),
    toelichting: invoer.toelichting?.trim() || undefined,
  };
}

/**
 * What follows an advice: the case takes its route (`route-toewijzen`); when another organisation than the one that
 * holds the case is assigned, a warm handover to it is proposed (overdrachten) — the holder's regisseur stays until
 * it is accepted and the new organisation names its own.
 */
export function gevolgVanAdvies(
  advies: Advies,
  houder: OrganisatieRef,
): { readonly casusActie: 'route-toewijzen'; readonly overdrachtNaar: OrganisatieRef | null } {
  return {
    casusActie: 'route-toewijzen',
    overdrachtNaar: zelfdeOrganisatie(advies.toewijzing.organisatie, houder) ? null : advies.toewijzing.organisatie,
  };
}
