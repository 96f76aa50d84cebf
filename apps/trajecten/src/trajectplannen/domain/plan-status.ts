import { DomainIssue } from '@sluitend/domain-nl';
import { eisGeldigePlanInhoud } from './plan-inhoud';
import { PlanInhoud, PlanStatus } from './trajectplan';
import { planOngeldig, planOvergangNietToegestaan } from './trajectplannen.errors';

export type PlanActie = 'vaststellen' | 'afronden' | 'stoppen';

/**
 * A plan is drafted (concept), agreed with the young person (vaststellen → actief), and ends either done (afronden:
 * every goal reached, not reached or dropped) or stopped (the case closes or the route changes). A plan that ended
 * does not change; a new route gets a new plan.
 */
export const PLAN_OVERGANGEN: Readonly<Record<PlanStatus, ReadonlyArray<{ readonly actie: PlanActie; readonly naar: PlanStatus }>>> = {
  concept: [
    { actie: 'vaststellen', naar: 'actief' },
    { actie: 'stoppen', naar: 'gestopt' },
  ],
  actief: [
    { actie: 'afronden', naar: 'afgerond' },
    { actie: 'stoppen', naar: 'gestopt' },
  ],
  afgerond: [],
  gestopt: [],
};

/**
 * The status after `actie`: `trajectplan.overgang-niet-toegestaan` (409) when not allowed; agreeing needs the content
 * of an active plan (route, a goal, an action); completing needs every goal decided (`trajectplan.ongeldig`).
 */
export function volgendePlanStatus(plan: PlanInhoud & { readonly status: PlanStatus }, actie: PlanActie): PlanStatus {
  const stappen = PLAN_OVERGANGEN[plan.status];
  const stap = stappen.find((s) => s.actie === actie);
  if (!stap)
    throw planOvergangNietToegestaan(
      plan.status,
      actie,
      stappen.map((s) => s.actie),
    );
  if (actie === 'vaststellen') eisGeldigePlanInhoud(plan, 'actief');
  if (actie === 'afronden') {
    const open: DomainIssue[] = [];
    plan.doelen.forEach((d, i) => {
      if (d.status === 'open')
        open.push({ field: `doelen[${i}].status`, rule: 'doel.open', message: `doel ${d.id} is nog open: behaald, niet behaald of vervallen?` });
    });
    if (open.length > 0) throw planOngeldig(open);
  }
  return stap.naar;
}
