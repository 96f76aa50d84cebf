import { DomainNlError } from '../errors/domain-nl-error';
import { IsoDate, compareIsoDate, isLeapYear, isoDate, parseIsoDate } from '../time/iso-date';

/**
 * The day someone born on `geboortedatum` reaches `leeftijd` years.
 * Born on 29 February: in a non-leap year the birthday is taken as 1 March (the person has not completed the
 * year on 28 February). Dutch law has no general rule for this; change here if a regulation says otherwise.
 */
export function verjaardag(geboortedatum: IsoDate, leeftijd: number): IsoDate {
  const { year, month, day } = parseIsoDate(geboortedatum);
  const jaar = year + leeftijd;
  if (month === 2 && day === 29 && !isLeapYear(jaar)) return isoDate(jaar, 3, 1);
  return isoDate(jaar, month, day);
}

/** Age in completed years on the peildatum; a birthday counts from its first moment. */
export function leeftijdOp(geboortedatum: IsoDate, peildatum: IsoDate): number {
  if (compareIsoDate(peildatum, geboortedatum) < 0) {
    throw new DomainNlError('PEILDATUM_VOOR_GEBOORTE', 'Peildatum ligt voor de geboortedatum');
  }
  const jaren = parseIsoDate(peildatum).year - parseIsoDate(geboortedatum).year;
  return compareIsoDate(peildatum, verjaardag(geboortedatum, jaren)) < 0 ? jaren - 1 : jaren;
}

/** True when the person is at least `leeftijd` on the peildatum (false before birth). */
export function isMinstens(geboortedatum: IsoDate, peildatum: IsoDate, leeftijd: number): boolean {
  return compareIsoDate(peildatum, verjaardag(geboortedatum, leeftijd)) >= 0;
}
