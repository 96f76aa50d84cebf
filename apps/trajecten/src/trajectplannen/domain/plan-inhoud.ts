import { DomainIssue, isIsoDate } from '@sluitend/domain-nl';
import { isRoute } from '../../overdrachten/domain/route';
import { LEEFDOMEINEN } from '../../screening/domain/leefdomeinen';
import { ACTIE_STATUSSEN, Actie, DOEL_STATUSSEN, Doel, ONDERSTEUNING_KADERS, Ondersteuning, PlanInhoud, PlanStatus } from './trajectplan';
import { planOngeldig } from './trajectplannen.errors';

export const MAX_OMSCHRIJVING = 1000;
export const MAX_ONDERDELEN = 200;

const DOELSTATUS: ReadonlySet<string> = new Set(DOEL_STATUSSEN);
const ACTIESTATUS: ReadonlySet<string> = new Set(ACTIE_STATUSSEN);
const KADERS: ReadonlySet<string> = new Set(ONDERSTEUNING_KADERS);
const DOMEINEN: ReadonlySet<string> = new Set(LEEFDOMEINEN);

function basis(onderdelen: readonly { id: string; omschrijving: string }[], groep: string, meldingen: DomainIssue[]): void {
  if (onderdelen.length > MAX_ONDERDELEN) meldingen.push({ field: groep, rule: 'max', message: `hoogstens ${MAX_ONDERDELEN}` });
  const ids = new Set<string>();
  onderdelen.forEach((o, i) => {
    if (!o.id?.trim()) meldingen.push({ field: `${groep}[${i}].id`, rule: 'id.verplicht', message: 'id is verplicht' });
    else if (ids.has(o.id)) meldingen.push({ field: `${groep}[${i}].id`, rule: 'id.uniek', message: `id ${o.id} staat er twee keer in` });
    ids.add(o.id);
    if (!o.omschrijving?.trim())
      meldingen.push({ field: `${groep}[${i}].omschrijving`, rule: 'omschrijving.verplicht', message: 'omschrijving is verplicht' });
    else if (o.omschrijving.length > MAX_OMSCHRIJVING) {
      meldingen.push({ field: `${groep}[${i}].omschrijving`, rule: 'omschrijving.max', message: `hoogstens ${MAX_OMSCHRIJVING} tekens` });
    }
  });
}

function doelen(lijst: readonly Doel[], meldingen: DomainIssue[]): void {
  basis(lijst, 'doelen', meldingen);
  lijst.forEach((d, i) => {
    if (!DOELSTATUS.has(d.status))
      meldingen.push({ field: `doelen[${i}].status`, rule: 'status.onbekend', message: `status is een van: ${DOEL_STATUSSEN.join(', ')}` });
    if (d.leefdomein !== undefined && !DOMEINEN.has(d.leefdomein)) {
      meldingen.push({ field: `doelen[${i}].leefdomein`, rule: 'leefdomein.onbekend', message: `leefdomein is een van: ${LEEFDOMEINEN.join(', ')}` });
    }
  });
}

function acties(lijst: readonly Actie[], doelIds: ReadonlySet<string>, meldingen: DomainIssue[]): void {
  basis(lijst, 'acties', meldingen);
  lijst.forEach((a, i) => {
    if (!ACTIESTATUS.has(a.status))
      meldingen.push({ field: `acties[${i}].status`, rule: 'status.onbekend', message: `status is een van: ${ACTIE_STATUSSEN.join(', ')}` });
    const eigenaar = a.eigenaar;
    if (!eigenaar || (eigenaar.soort !== 'jongere' && !(eigenaar.soort === 'organisatie' && eigenaar.organisatie?.code))) {
      meldingen.push({
        field: `acties[${i}].eigenaar`,
        rule: 'eigenaar.verplicht',
        message: 'elke actie heeft een eigenaar: de jongere of een organisatie',
      });
    }
    if (!isIsoDate(a.deadline ?? ''))
      meldingen.push({ field: `acties[${i}].deadline`, rule: 'deadline.datum', message: 'elke actie heeft een datum JJJJ-MM-DD' });
    if (a.doelId !== undefined && !doelIds.has(a.doelId)) {
      meldingen.push({ field: `acties[${i}].doelId`, rule: 'doel.bestaat', message: `doel ${a.doelId} staat niet in het plan` });
    }
  });
}

function ondersteuning(lijst: readonly Ondersteuning[], meldingen: DomainIssue[]): void {
  basis(lijst, 'ondersteuning', meldingen);
  lijst.forEach((o, i) => {
    if (!KADERS.has(o.kader))
      meldingen.push({ field: `ondersteuning[${i}].kader`, rule: 'kader.onbekend', message: `kader is een van: ${ONDERSTEUNING_KADERS.join(', ')}` });
    for (const veld of ['vanaf', 'tot'] as const) {
      const datum = o[veld];
      if (datum !== undefined && !isIsoDate(datum))
        meldingen.push({ field: `ondersteuning[${i}].${veld}`, rule: 'datum', message: `${veld} is een datum JJJJ-MM-DD` });
    }
    if (o.vanaf && o.tot && isIsoDate(o.vanaf) && isIsoDate(o.tot) && o.tot < o.vanaf) {
      meldingen.push({ field: `ondersteuning[${i}].tot`, rule: 'periode.volgorde', message: 'tot ligt niet voor vanaf' });
    }
  });
}

/**
 * What is wrong with a plan's content for a status. Always: ids unique per list, a description, known statuses,
 * every action with an owner and a due date, an action's goal in the plan, support in a known legal frame with a
 * real period. An active plan also has a route, at least one goal and at least one action.
 */
export function planInhoudMeldingen(inhoud: PlanInhoud, status: PlanStatus): DomainIssue[] {
  const meldingen: DomainIssue[] = [];
  if (inhoud.route !== undefined && !isRoute(inhoud.route))
    meldingen.push({ field: 'route', rule: 'route.onbekend', message: 'route is onderwijs, arbeid of zorg-dagbesteding' });
  doelen(inhoud.doelen, meldingen);
  acties(inhoud.acties, new Set(inhoud.doelen.map((d) => d.id)), meldingen);
  ondersteuning(inhoud.ondersteuning, meldingen);
  if (status === 'actief') {
    if (inhoud.route === undefined) meldingen.push({ field: 'route', rule: 'plan.route-verplicht', message: 'een vastgesteld plan noemt de route' });
    if (inhoud.doelen.length === 0)
      meldingen.push({ field: 'doelen', rule: 'plan.doel-verplicht', message: 'een vastgesteld plan heeft minstens één doel' });
    if (inhoud.acties.length === 0)
      meldingen.push({ field: 'acties', rule: 'plan.actie-verplicht', message: 'een vastgesteld plan heeft minstens één actie' });
  }
  return meldingen;
}

export function eisGeldigePlanInhoud(inhoud: PlanInhoud, status: PlanStatus): void {
  const meldingen = planInhoudMeldingen(inhoud, status);
  if (meldingen.length > 0) throw planOngeldig(meldingen);
}

/** The open actions whose due date has passed on `vandaag` (the casusregisseur's "vinger aan de pols"). */
export function achterstalligeActies(inhoud: PlanInhoud, vandaag: string): Actie[] {
  return inhoud.acties.filter((a) => a.status === 'open' && a.deadline < vandaag);
}
