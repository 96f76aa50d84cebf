import { IsoDate, addDays } from '@sluitend/domain-nl';
import { Kalender } from './kalender';
import { SchooljaarKalender } from './schooljaar-kalender';

/**
 * The first day on which a new version of a school's calendar for a schooljaar differs from the one before: a lesdag
 * that is no longer one, a day that became a lesdag, or a day whose vacation changed (luxe verzuim looks at vacations).
 * Absence from that day on must be evaluated again; before it nothing changed. `null`: the versions count the same.
 * Without an earlier version: the new calendar's first day.
 */
export function eersteGewijzigdeDag(oud: SchooljaarKalender | undefined, nieuw: SchooljaarKalender): IsoDate | null {
  const na = Kalender.bouw([nieuw]);
  if (!oud) return na.eersteDag;
  const voor = Kalender.bouw([oud]);
  const van = voor.eersteDag < na.eersteDag ? voor.eersteDag : na.eersteDag;
  const tot = voor.laatsteDag > na.laatsteDag ? voor.laatsteDag : na.laatsteDag;
  for (let datum = van; datum <= tot; datum = addDays(datum, 1)) {
    if (telling(voor, datum) !== telling(na, datum)) return datum;
  }
  return null;
}

/** How a calendar counts a day: unknown, a lesdag, in a vacation (by name), or another day without lessons. */
function telling(kalender: Kalender, datum: IsoDate): string {
  const d = kalender.zoekDag(datum);
  if (d < 0) return 'onbekend';
  if (kalender.isLesdag[d] === 1) return 'lesdag';
  return kalender.vakantie[d] >= 0 ? `vakantie:${kalender.vakantieNamen[kalender.vakantie[d]]}` : 'vrij';
}
