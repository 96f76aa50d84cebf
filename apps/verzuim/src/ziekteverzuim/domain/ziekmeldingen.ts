import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';

/**
 * The sick reports (ziekmeldingen) in a history, as [first, last] record indices: a run of consecutive lesdagen with
 * sick hours is one report, from the first day ill to the last. Weekends and vacations between lesdagen don't break
 * a run (M@ZL counts school days); a lesdag without sick hours does.
 */
export function ziekmeldingen(historie: AbsentieHistorie): [number, number][] {
  const { kalender } = historie;
  const meldingen: [number, number][] = [];
  let begin = -1;
  for (let i = 0; i < historie.aantal; i++) {
    const ziek = historie.ziek[i] > 0;
    const aansluitend = begin >= 0 && kalender.lesdagNummer[historie.dag[i]] === kalender.lesdagNummer[historie.dag[i - 1]] + 1;
    if (ziek && aansluitend) continue;
    if (begin >= 0) meldingen.push([begin, i - 1]);
    begin = ziek ? i : -1;
  }
  if (begin >= 0) meldingen.push([begin, historie.aantal - 1]);
  return meldingen;
}
