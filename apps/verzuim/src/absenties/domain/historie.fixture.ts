import { IsoDate } from '@sluitend/domain-nl';
import { Kalender } from '../../kalenders/domain/kalender';
import { AbsentieDag } from './absentie-dag';
import { AbsentieHistorie, ordenHistorie } from './absentie-historie';

/*
 * FIXTURE helpers for unit tests: absence records written compactly.
 */

/** Records from `{ '2025-09-01': { ongeoorloofd: 4 }, … }`. */
export const dagen = (per: Record<IsoDate, Omit<AbsentieDag, 'datum'>>): AbsentieDag[] =>
  Object.entries(per).map(([datum, dag]) => ({ datum, ...dag }));

/** Every lesdag from `van` through `totEnMet` missed whole, `uren` lesuren ongeoorloofd each. */
export function heleDagenOngeoorloofd(kalender: Kalender, van: IsoDate, totEnMet: IsoDate, uren = 6): AbsentieDag[] {
  const uit: AbsentieDag[] = [];
  for (let d = kalender.dag(van); d <= kalender.dag(totEnMet); d++) {
    if (kalender.isLesdag[d] === 1) uit.push({ datum: kalender.datum(d), ongeoorloofd: uren, alleLessenGemist: true });
  }
  return uit;
}

/** Every lesdag from `van` through `totEnMet` ill. */
export function ziekeDagen(kalender: Kalender, van: IsoDate, totEnMet: IsoDate, uren = 6): AbsentieDag[] {
  const uit: AbsentieDag[] = [];
  for (let d = kalender.dag(van); d <= kalender.dag(totEnMet); d++) {
    if (kalender.isLesdag[d] === 1) uit.push({ datum: kalender.datum(d), ziek: uren, alleLessenGemist: true });
  }
  return uit;
}

export const historie = (kalender: Kalender, records: readonly AbsentieDag[]): AbsentieHistorie => ordenHistorie(kalender, records);
