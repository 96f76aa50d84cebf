import { AbsentieDag } from './absentie-dag';

/** A student's absence over a period as the school's students page shows it: hours in lesuren, counts as times. */
export type AbsentieTotalen = { ongeoorloofd: number; ziek: number; geoorloofd: number; teLaat: number; uitgestuurd: number };

/** Hours are summed in hundredths (as stored and as the rules count), so the totals carry no floating-point drift. */
const honderdsten = (uren: number | undefined): number => Math.round((uren ?? 0) * 100);

/**
 * The totals of a student's days: geoorloofd is verlof plus schorsing (sickness apart). The caller applies granted
 * verlof first (`metVerleendVerlof`), so hours recorded ongeoorloofd on a granted day count as geoorloofd here too.
 */
export function absentieTotalen(dagen: readonly AbsentieDag[]): AbsentieTotalen {
  let ongeoorloofd = 0;
  let ziek = 0;
  let geoorloofd = 0;
  let teLaat = 0;
  let uitgestuurd = 0;
  for (const dag of dagen) {
    ongeoorloofd += honderdsten(dag.ongeoorloofd);
    ziek += honderdsten(dag.ziek);
    geoorloofd += honderdsten(dag.verlof) + honderdsten(dag.schorsing);
    teLaat += dag.teLaat ?? 0;
    uitgestuurd += dag.uitgestuurd ?? 0;
  }
  return { ongeoorloofd: ongeoorloofd / 100, ziek: ziek / 100, geoorloofd: geoorloofd / 100, teLaat, uitgestuurd };
}
