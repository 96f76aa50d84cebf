import { DomainIssue } from '@sluitend/domain-nl';
import { eisGeldigePlanInhoud } from './plan-inhoud';
import { PlanActie, volgendePlanStatus } from './plan-status';
import { eisActueleVersie } from './plan-versie';
import { PlanInhoud, Trajectplan } from './trajectplan';
import { planAfgesloten, planOngeldig } from './trajectplannen.errors';

/** Who changes the plan, when, on which version. */
export interface WijzigContext {
  readonly verwachteVersie: number;
  readonly door: string;
  readonly op: Date;
}

/** A new plan for a case: version 1, concept. */
export function nieuwTrajectplan(casusId: string, inhoud: PlanInhoud, door: string, op: Date): Trajectplan {
  eisGeldigePlanInhoud(inhoud, 'concept');
  return { casusId, versie: 1, status: 'concept', ...inhoudVan(inhoud), historie: [{ versie: 1, op, door, wijzigingen: ['aangemaakt'] }] };
}

/**
 * A change of content on the version the user read: stale → `trajectplan.verouderd` (412); an ended plan →
 * `trajectplan.afgesloten` (409); the content checked for the plan's status; in an active plan goals, actions and
 * support are not deleted but marked vervallen, so the history keeps them (`verwijderen.niet-toegestaan`). A change
 * that changes nothing returns the plan as it is (no new version); else version + 1 with a history line naming what
 * changed.
 */
export function wijzigTrajectplan(plan: Trajectplan, inhoud: PlanInhoud, context: WijzigContext): Trajectplan {
  eisActueleVersie(plan.versie, context.verwachteVersie);
  if (plan.status === 'afgerond' || plan.status === 'gestopt') throw planAfgesloten(plan.status);
  eisGeldigePlanInhoud(inhoud, plan.status);
  if (plan.status === 'actief') eisNietsVerwijderd(plan, inhoud);
  const wijzigingen = planVerschil(plan, inhoud);
  if (wijzigingen.length === 0) return plan;
  return volgendeVersie(plan, { ...inhoudVan(inhoud), status: plan.status }, wijzigingen, context);
}

/** A status step (vaststellen, afronden, stoppen) as a new version, on the version the user read. */
export function wijzigPlanStatus(plan: Trajectplan, actie: PlanActie, context: WijzigContext): Trajectplan {
  eisActueleVersie(plan.versie, context.verwachteVersie);
  const status = volgendePlanStatus(plan, actie);
  return volgendeVersie(plan, { ...inhoudVan(plan), status }, [`status:${status}`], context);
}

function volgendeVersie(
  plan: Trajectplan,
  inhoud: PlanInhoud & Pick<Trajectplan, 'status'>,
  wijzigingen: string[],
  context: WijzigContext,
): Trajectplan {
  const versie = plan.versie + 1;
  return { casusId: plan.casusId, versie, ...inhoud, historie: [...plan.historie, { versie, op: context.op, door: context.door, wijzigingen }] };
}

const inhoudVan = (inhoud: PlanInhoud): PlanInhoud => ({
  route: inhoud.route,
  doelen: inhoud.doelen,
  acties: inhoud.acties,
  ondersteuning: inhoud.ondersteuning,
});

function eisNietsVerwijderd(oud: PlanInhoud, nieuw: PlanInhoud): void {
  const meldingen: DomainIssue[] = [];
  for (const groep of ['doelen', 'acties', 'ondersteuning'] as const) {
    const nu = new Set(nieuw[groep].map((o) => o.id));
    for (const o of oud[groep]) {
      if (!nu.has(o.id))
        meldingen.push({ field: groep, rule: 'verwijderen.niet-toegestaan', message: `${o.id} blijft in het plan; zet de status op vervallen` });
    }
  }
  if (meldingen.length > 0) throw planOngeldig(meldingen);
}

const GROEP_NAAM = { doelen: 'doel', acties: 'actie', ondersteuning: 'ondersteuning' } as const;

/**
 * What changed between two contents, as history lines: `route`, `doel-toegevoegd:<id>`, `actie-gewijzigd:<id>`,
 * `ondersteuning-verwijderd:<id>` … in list order. Linear in the size of the plan.
 */
export function planVerschil(oud: PlanInhoud, nieuw: PlanInhoud): string[] {
  const wijzigingen: string[] = [];
  if (oud.route !== nieuw.route) wijzigingen.push('route');
  for (const groep of ['doelen', 'acties', 'ondersteuning'] as const) {
    const naam = GROEP_NAAM[groep];
    const vorige = new Map<string, unknown>(oud[groep].map((o) => [o.id, o]));
    for (const o of nieuw[groep]) {
      if (!vorige.has(o.id)) wijzigingen.push(`${naam}-toegevoegd:${o.id}`);
      else if (!gelijk(vorige.get(o.id), o)) wijzigingen.push(`${naam}-gewijzigd:${o.id}`);
      vorige.delete(o.id);
    }
    for (const id of vorige.keys()) wijzigingen.push(`${naam}-verwijderd:${id}`);
  }
  return wijzigingen;
}

/** Structural equality of plain data (strings, numbers, booleans, arrays, objects); absent and undefined are equal. */
function gelijk(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!gelijk(x[k], y[k])) return false;
  for (const k in y) if (!(k in x) && y[k] !== undefined) return false;
  return true;
}
