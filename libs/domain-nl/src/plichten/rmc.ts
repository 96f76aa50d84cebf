import { IsoDate, compareIsoDate, isoDate, parseIsoDate } from '../time/iso-date';
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

/**
 * The last teldatum (1 October) on which a young person born on `geboortedatum` is still younger than 23: they are a
 * deelnemer of statistical VSV of every school year t whose 1 October t+1 is on or before it. What an event carries
 * instead of the date of birth (data minimisation, ADR 0023): exactly the age fact the OCW count needs.
 */
export function laatsteTeldatumOnder23(geboortedatum: IsoDate): IsoDate {
  const jaar = parseIsoDate(geboortedatum).year + RMC_LEEFTIJDSGRENS;
  const kandidaat = isoDate(jaar, 10, 1);
  return isMinstens(geboortedatum, kandidaat, RMC_LEEFTIJDSGRENS) ? isoDate(jaar - 1, 10, 1) : kandidaat;
}
