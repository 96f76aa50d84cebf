import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';

/**
 * The unbroken runs of whole-day unauthorised absence, as [first, last] record indices: consecutive lesdagen on
 * which every lesson was missed ongeoorloofd. A lesdag without such a record (present, ill, on leave) ends a run;
 * weekends and vacations between lesdagen do not.
 */
export function aaneengeslotenVerzuim(historie: AbsentieHistorie): [number, number][] {
  const { kalender } = historie;
  const runs: [number, number][] = [];
  let begin = -1;
  for (let i = 0; i < historie.aantal; i++) {
    const heel = historie.alleLessenGemist[i] === 1 && historie.ongeoorloofd[i] > 0;
    const aansluitend = begin >= 0 && kalender.lesdagNummer[historie.dag[i]] === kalender.lesdagNummer[historie.dag[i - 1]] + 1;
    if (heel && aansluitend) continue;
    if (begin >= 0) runs.push([begin, i - 1]);
    begin = heel ? i : -1;
  }
  if (begin >= 0) runs.push([begin, historie.aantal - 1]);
  return runs;
}
