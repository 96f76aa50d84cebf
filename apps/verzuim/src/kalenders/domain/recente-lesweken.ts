import { IsoDate } from '@sluitend/domain-nl';
import { Kalender } from './kalender';
import { LESWEKEN_IN_VENSTER, vensterBegin } from './lesweken-venster';

/**
 * The last `aantal` lesweken up to and including `peildatum`: from the first lesdag of the earliest through
 * `peildatum` (in a week without lessons: the lesweken before it). `KALENDER_ONBEKEND` when the calendar does not
 * cover the day; null when no lesweek lies before it.
 */
export function recenteLesweken(kalender: Kalender, peildatum: IsoDate, aantal = LESWEKEN_IN_VENSTER): { van: IsoDate; tot: IsoDate } | null {
  let dag = kalender.dag(peildatum);
  while (dag >= 0 && kalender.lesweek[dag] < 0) dag--;
  if (dag < 0) return null;
  return { van: kalender.datum(vensterBegin(kalender, dag, aantal)), tot: peildatum };
}
