import { IsoDate, compareIsoDate, isoDate, parseIsoDate } from '../time/iso-date';
import { schooljaarBounds, schooljaarOf } from '../time/schooljaar';
import { verjaardag } from './leeftijd';

/**
 * Start of leerplicht: the first day of the month after the month of the 5th birthday.
 * The law says "the first school day" of that month; which day that is depends on the school's calendar, so the
 * calendar first day is returned.
 */
export function leerplichtBegin(geboortedatum: IsoDate): IsoDate {
  const vijf = parseIsoDate(verjaardag(geboortedatum, 5));
  return vijf.month === 12 ? isoDate(vijf.year + 1, 1, 1) : isoDate(vijf.year, vijf.month + 1, 1);
}

/**
 * Last day of leerplicht: 31 July ending the school year (1 Aug – 31 Jul) in which the child turns 16.
 * Turning 16 on 31 July → leerplicht ends that same day; on 1 August → it ends 31 July a year later.
 * Not modelled: the alternative end "at the end of the school year in which the child completed 12 full school
 * years" (whichever of the two comes first ends leerplicht). It needs the school history, which a date of birth
 * does not give; a caller that knows the history must apply it on top of this.
 */
export function leerplichtEinde(geboortedatum: IsoDate): IsoDate {
  return schooljaarBounds(schooljaarOf(verjaardag(geboortedatum, 16))).laatsteDag;
}

export function isLeerplichtig(geboortedatum: IsoDate, peildatum: IsoDate): boolean {
  return compareIsoDate(peildatum, leerplichtBegin(geboortedatum)) >= 0 && compareIsoDate(peildatum, leerplichtEinde(geboortedatum)) <= 0;
}
