import { AbsentieHistorie, HONDERDSTEN } from '../../absenties/domain/absentie-historie';

export interface MeldingOmvang {
  readonly urenGemist: number;
  readonly dagenGemist: number;
  readonly alleLessenGemist: boolean;
}

/** Hours and days of ongeoorloofd absence in records `van` … `tot`, and whether every lesdag between was missed whole. */
export function meldingOmvang(historie: AbsentieHistorie, van: number, tot: number): MeldingOmvang {
  let uren = 0;
  let dagen = 0;
  let heleDagen = 0;
  for (let i = van; i <= tot; i++) {
    if (historie.ongeoorloofd[i] === 0) continue;
    uren += historie.ongeoorloofd[i];
    dagen++;
    if (historie.alleLessenGemist[i] === 1) heleDagen++;
  }
  const { kalender } = historie;
  const lesdagen = kalender.lesdagNummer[historie.dag[tot]] - kalender.lesdagNummer[historie.dag[van]] + 1;
  return { urenGemist: uren / HONDERDSTEN, dagenGemist: dagen, alleLessenGemist: heleDagen === lesdagen };
}
