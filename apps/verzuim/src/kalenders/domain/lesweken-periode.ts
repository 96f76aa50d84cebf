import { Kalender } from './kalender';

/**
 * A period of `weken` lesweken starting on lesdag `start` ends just before the same weekday `weken` lesweken later
 * (vacation weeks don't count). This returns that first lesdag after the period: the first lesdag in lesweek
 * `lesweek(start) + weken` on or after the weekday of `start`, else the first lesdag of the lesweek after it.
 * Absence that still runs on this day has lasted **more than** `weken` weeks. -1 when the calendar ends before it.
 */
export function eersteLesdagNaPeriode(kalender: Kalender, start: number, weken: number): number {
  const week = kalender.lesweek[start] + weken;
  if (kalender.lesweek[start] < 0 || week >= kalender.aantalLesweken) return -1;
  const weekdag = kalender.weekdag[start];
  for (let d = kalender.eersteLesdagVanLesweek[week]; d < kalender.aantalDagen && kalender.lesweek[d] === week; d++) {
    if (kalender.isLesdag[d] === 1 && kalender.weekdag[d] >= weekdag) return d;
  }
  return week + 1 < kalender.aantalLesweken ? kalender.eersteLesdagVanLesweek[week + 1] : -1;
}

/**
 * The last lesdag of a period of `weken` lesweken starting on lesdag `start`: absence that still runs on this day has
 * lasted `weken` weeks (**at least**). -1 when the calendar does not reach the end of the period.
 */
export function laatsteLesdagVanPeriode(kalender: Kalender, start: number, weken: number): number {
  const na = eersteLesdagNaPeriode(kalender, start, weken);
  return na < 0 ? -1 : kalender.lesdagen[kalender.lesdagNummer[na] - 1];
}
