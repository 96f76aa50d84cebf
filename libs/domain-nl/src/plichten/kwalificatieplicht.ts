import { IsoDate, addDays, compareIsoDate } from '../time/iso-date';
import { verjaardag } from './leeftijd';
import { leerplichtEinde } from './leerplicht';
import { PlichtOpties } from './plicht-opties';

/** First day of kwalificatieplicht: the day after leerplicht ends (1 August). */
export function kwalificatieplichtBegin(geboortedatum: IsoDate): IsoDate {
  return addDays(leerplichtEinde(geboortedatum), 1);
}

/** Last day of kwalificatieplicht: the day before the 18th birthday (on the birthday it is over). */
export function kwalificatieplichtEinde(geboortedatum: IsoDate): IsoDate {
  return addDays(verjaardag(geboortedatum, 18), -1);
}

/**
 * Kwalificatieplichtig: after leerplicht ends until the 18th birthday, unless the young person has a
 * startkwalificatie (havo, vwo, mbo 2+) or is exempt (pro/vso profile arbeid/dagbesteding, see `PlichtOpties`).
 */
export function isKwalificatieplichtig(
  geboortedatum: IsoDate,
  peildatum: IsoDate,
  heeftStartkwalificatie: boolean,
  opties: PlichtOpties = {},
): boolean {
  if (heeftStartkwalificatie || opties.vrijgesteldVanKwalificatieplicht === true) return false;
  return (
    compareIsoDate(peildatum, kwalificatieplichtBegin(geboortedatum)) >= 0 && compareIsoDate(peildatum, kwalificatieplichtEinde(geboortedatum)) <= 0
  );
}
