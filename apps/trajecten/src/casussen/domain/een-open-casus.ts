import type { OpenCasusRef } from './casus';
import { alOpen } from './casussen.errors';

/**
 * What happens to the person's case in a region when something about them comes in:
 * - `openen`: a new case opens;
 * - `koppelen`: it attaches to the open case;
 * - `alleen-signaal`: no case (the region lets this signal type only attach) — it stays an alert in the inbox;
 * - `buiten-doelgroep`: no case, the person is outside the RMC's target group on that day.
 */
export type CasusBesluit = 'openen' | 'koppelen' | 'alleen-signaal' | 'buiten-doelgroep';

/**
 * One open case per person per region: whenever the person has an open case there the answer is `koppelen`,
 * whatever the rule table says, so no decision ever opens a second one. Without one: outside the target group →
 * `buiten-doelgroep`; a type that opens → `openen`; else `alleen-signaal`. Constant time, no allocation.
 */
export function casusBesluit(open: OpenCasusRef | undefined, opent: boolean, inDoelgroep: boolean): CasusBesluit {
  if (open !== undefined) return 'koppelen';
  if (!inDoelgroep) return 'buiten-doelgroep';
  return opent ? 'openen' : 'alleen-signaal';
}

/**
 * Opening by hand (the young person walks in, a school or partner asks): refused with `casus.al-open` (conflict,
 * naming the open case) when the person already has an open case in the region — work goes on there.
 */
export function besluitHandmatigOpenen(open: OpenCasusRef | undefined): 'openen' {
  if (open !== undefined) throw alOpen(open.casusId);
  return 'openen';
}

/**
 * Opening from an alert in the RMC inbox with one action: the alert's signal opens a case, or attaches to the open
 * one — either way the alert is then handled by that case.
 */
export function besluitVanuitAlert(open: OpenCasusRef | undefined): 'openen' | 'koppelen' {
  return open === undefined ? 'openen' : 'koppelen';
}
