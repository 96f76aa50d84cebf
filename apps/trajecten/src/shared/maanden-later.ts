import { daysInMonth } from '@sluitend/domain-nl';
import { amsterdamMoment, amsterdamTijd } from './amsterdam-tijd';

/**
 * The instant `maanden` calendar months after `instant`, at the same wall-clock time in Europe/Amsterdam: 15 January
 * 10:00 + 3 → 15 April 10:00, although summer time began in between. A day the target month lacks is clamped to its
 * last day (31 August + 6 → 28 or 29 February), as people count "over een half jaar".
 */
export function maandenLater(instant: Date, maanden: number): Date {
  const lokaal = amsterdamTijd(instant);
  const totaal = lokaal.year * 12 + (lokaal.month - 1) + maanden;
  const year = Math.floor(totaal / 12);
  const month = totaal - year * 12 + 1;
  return amsterdamMoment({ ...lokaal, year, month, day: Math.min(lokaal.day, daysInMonth(year, month)) });
}
