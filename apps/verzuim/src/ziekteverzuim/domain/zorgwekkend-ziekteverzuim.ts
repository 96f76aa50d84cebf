import { IsoDate } from '@sluitend/domain-nl';
import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';
import { ziekmeldingen } from './ziekmeldingen';

/** M@ZL (DOMAIN.md, ncj.nl/mazl): four sick reports within twelve school weeks … */
export const ZIEKMELDINGEN = 4;
export const SCHOOLWEKEN = 12;
/** … or the seventh consecutive school day ill. */
export const AANEENGESLOTEN_ZIEKTEDAGEN = 7;

export type ZorgwekkendGrond = 'vier-ziekmeldingen-in-twaalf-schoolweken' | 'zevende-schooldag-ziek';

/**
 * A signal of worrying sick leave: the school talks with student and parents and consults the jeugdarts (GGD) of
 * the woongemeente; not a verzuimmelding (sickness is geoorloofd).
 */
export interface ZorgwekkendZiekteverzuim {
  readonly soort: 'zorgwekkend-ziekteverzuim';
  readonly grond: ZorgwekkendGrond;
  /** The day the criterion was met. */
  readonly datum: IsoDate;
  /** First days of the sick reports counted (the one report for the 7th day). */
  readonly ziekmeldingen: readonly IsoDate[];
  readonly kalenders: readonly string[];
}

/**
 * M@ZL's two criteria over a student's history:
 * - the 4th sick report (its first day) within 12 consecutive lesweken (vacation weeks don't count) of the first of
 *   the four; the count then starts again with the next report;
 * - the 7th consecutive lesdag of one sick report, once per report.
 * Linear in the records.
 */
export function zorgwekkendZiekteverzuim(historie: AbsentieHistorie): ZorgwekkendZiekteverzuim[] {
  const { kalender } = historie;
  const signalen: ZorgwekkendZiekteverzuim[] = [];
  const meldingen = ziekmeldingen(historie);
  let eerste = 0;
  for (let m = 0; m < meldingen.length; m++) {
    const [begin, einde] = meldingen[m];
    const dag = historie.dag[begin];
    while (kalender.lesweek[historie.dag[meldingen[eerste][0]]] <= kalender.lesweek[dag] - SCHOOLWEKEN) eerste++;
    if (m - eerste + 1 >= ZIEKMELDINGEN) {
      const geteld = meldingen.slice(eerste, m + 1).map(([b]) => kalender.datum(historie.dag[b]));
      signalen.push({
        soort: 'zorgwekkend-ziekteverzuim',
        grond: 'vier-ziekmeldingen-in-twaalf-schoolweken',
        datum: kalender.datum(dag),
        ziekmeldingen: geteld,
        kalenders: kalender.kalenderIds(historie.dag[meldingen[eerste][0]], dag),
      });
      eerste = m + 1;
    }
    if (einde - begin + 1 >= AANEENGESLOTEN_ZIEKTEDAGEN) {
      const zevende = historie.dag[begin + AANEENGESLOTEN_ZIEKTEDAGEN - 1];
      signalen.push({
        soort: 'zorgwekkend-ziekteverzuim',
        grond: 'zevende-schooldag-ziek',
        datum: kalender.datum(zevende),
        ziekmeldingen: [kalender.datum(dag)],
        kalenders: kalender.kalenderIds(dag, zevende),
      });
    }
  }
  return signalen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}
