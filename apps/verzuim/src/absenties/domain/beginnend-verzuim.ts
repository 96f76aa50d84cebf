import { IsoDate } from '@sluitend/domain-nl';
import { VerzuimFout } from '../../shared/verzuim-fout';
import { AbsentieHistorie, HONDERDSTEN } from './absentie-historie';
import { LesweekSom } from './lesweken-som';

/** The legal threshold of the 16-uur rule; a preventive signal is about absence below it. */
const WETTELIJKE_DREMPEL_UREN = 16;

/**
 * Thresholds for the preventive signal on beginning absence (DOMAIN.md: "configurable"; seed 000: RMC+ talks to
 * students at the first signs). `null` switches a cause off. The defaults are the platform's choice, not law.
 */
export interface PreventiefInstellingen {
  /** Lesuren ongeoorloofd within the window (below 16). */
  readonly urenOngeoorloofd: number | null;
  /** Times late within the window. */
  readonly teLaat: number | null;
  /** Times sent out within the window. */
  readonly uitgestuurd: number | null;
  /** Length of the window in consecutive lesweken (1 … 8). */
  readonly lesweken: number;
}

export const STANDAARD_PREVENTIEF: PreventiefInstellingen = { urenOngeoorloofd: 8, teLaat: 3, uitgestuurd: 2, lesweken: 4 };

export type PreventiefOorzaak = 'uren-ongeoorloofd' | 'te-laat' | 'uitgestuurd';

/** "Beginnend verzuim" (the Besluit verzuimmelding's "signaal"): a reason for the school to talk, not a melding. */
export interface PreventiefSignaal {
  readonly soort: 'beginnend-verzuim';
  readonly oorzaak: PreventiefOorzaak;
  /** First day in the window with the cause. */
  readonly vanaf: IsoDate;
  /** The day the threshold was reached. */
  readonly datum: IsoDate;
  /** Hours (uren-ongeoorloofd) or times (te-laat, uitgestuurd) in the window. */
  readonly aantal: number;
  readonly kalenders: readonly string[];
}

export function controleerPreventiefInstellingen(instellingen: PreventiefInstellingen): void {
  const { urenOngeoorloofd, teLaat, uitgestuurd, lesweken } = instellingen;
  if (!Number.isInteger(lesweken) || lesweken < 1 || lesweken > 8) {
    throw new VerzuimFout('INSTELLING_ONGELDIG', 'Het venster is 1 tot 8 lesweken', 'preventief.lesweken');
  }
  if (urenOngeoorloofd !== null && !(urenOngeoorloofd > 0 && urenOngeoorloofd < WETTELIJKE_DREMPEL_UREN)) {
    throw new VerzuimFout('INSTELLING_ONGELDIG', 'De urendrempel ligt boven 0 en onder de wettelijke 16 uur', 'preventief.urenOngeoorloofd');
  }
  for (const [veld, waarde] of [
    ['teLaat', teLaat],
    ['uitgestuurd', uitgestuurd],
  ] as const) {
    if (waarde !== null && !(Number.isInteger(waarde) && waarde > 0)) {
      throw new VerzuimFout('INSTELLING_ONGELDIG', 'Een drempel in keren is een geheel getal boven 0', `preventief.${veld}`);
    }
  }
}

/**
 * Preventive signals, per cause: when its count within `lesweken` consecutive lesweken reaches the threshold, one
 * signal, after which that cause counts afresh. Hours that jump past the legal 16 at once give no preventive
 * signal (the 16-uur melding is the signal) and also restart the count. Linear in the records.
 */
export function beginnendVerzuim(historie: AbsentieHistorie, instellingen: PreventiefInstellingen = STANDAARD_PREVENTIEF): PreventiefSignaal[] {
  controleerPreventiefInstellingen(instellingen);
  const signalen: PreventiefSignaal[] = [];
  const oorzaken: [PreventiefOorzaak, Int32Array, number | null, number][] = [
    ['uren-ongeoorloofd', historie.ongeoorloofd, instellingen.urenOngeoorloofd, HONDERDSTEN],
    ['te-laat', historie.teLaat, instellingen.teLaat, 1],
    ['uitgestuurd', historie.uitgestuurd, instellingen.uitgestuurd, 1],
  ];
  const { kalender } = historie;
  for (const [oorzaak, waarden, drempel, eenheid] of oorzaken) {
    if (drempel === null) continue;
    const grens = Math.round(drempel * eenheid);
    const bovengrens = oorzaak === 'uren-ongeoorloofd' ? WETTELIJKE_DREMPEL_UREN * HONDERDSTEN : Infinity;
    const som = new LesweekSom(kalender, instellingen.lesweken);
    for (let i = 0; i < historie.aantal; i++) {
      if (waarden[i] === 0) continue;
      const dag = historie.dag[i];
      som.voegToe(i, dag, waarden[i]);
      if (som.som < grens) continue;
      if (som.som < bovengrens) {
        const begin = historie.dag[som.eerste];
        signalen.push({
          soort: 'beginnend-verzuim',
          oorzaak,
          vanaf: kalender.datum(begin),
          datum: kalender.datum(dag),
          aantal: som.som / eenheid,
          kalenders: kalender.kalenderIds(begin, dag),
        });
      }
      som.herstart();
    }
  }
  return signalen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}
