import { IsoDate, compareIsoDate } from '../time/iso-date';
import { isMinstens } from './leeftijd';

/** The RMC follows young people until their 23rd birthday. */
export const RMC_LEEFTIJDSGRENS = 23;

/**
 * In the RMC's target group: younger than 23 and no startkwalificatie (false before birth).
 * This overlaps leerplicht and kwalificatieplicht on purpose (e.g. a 17-year-old who leaves school is reported to
 * the RMC too); for "who acts" use `verantwoordelijke()`.
 */
export function valtOnderRmc(geboortedatum: IsoDate, peildatum: IsoDate, heeftStartkwalificatie: boolean): boolean {
  if (heeftStartkwalificatie || compareIsoDate(peildatum, geboortedatum) < 0) return false;
  return !isMinstens(geboortedatum, peildatum, RMC_LEEFTIJDSGRENS);
}
