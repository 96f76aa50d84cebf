import { IsoDate, daysBetween } from '@sluitend/domain-nl';
import { AbsentieHistorie, HONDERDSTEN } from '../../absenties/domain/absentie-historie';
import { LesweekSom } from '../../absenties/domain/lesweken-som';
import { LESWEKEN_IN_VENSTER, vensterBegin } from '../../kalenders/domain/lesweken-venster';
import { Leerling } from '../../leerlingen/domain/leerling';
import { meldingOmvang } from './melding-omvang';
import { routeer } from './melding-routering';
import { BerekendeMelding } from './verzuimmelding';
import { STANDAARD_INSTELLINGEN, VerzuimInstellingen } from './verzuim-instellingen';

/** Leerplichtwet art. 21: 16 lesuren ongeoorloofd within four consecutive lesweken must be reported. */
export const ZESTIEN_UUR = 16;
/** DUO: with continuous absence at most one melding per 7 calendar days. */
export const DAGEN_TUSSEN_MELDINGEN = 7;

/**
 * Where counting starts: from `vanaf` (inclusive), after the last 16-uur melding that stays as it is (its einddatum).
 * A re-evaluation after a correction starts at the day after the last melding that ended before the corrected day:
 * a melding depends only on the records up to its einddatum and on the meldingen before it.
 */
export interface Telstart {
  readonly vanaf?: IsoDate;
  readonly vorigeEinddatum?: IsoDate;
}

/**
 * "16 uur in 4 weken" (DOMAIN.md, DUO): a melding when the ongeoorloofd hours within four consecutive lesweken (weeks
 * without lessons don't count) reach 16. Startdatum = the first day of absence in the window, einddatum = the day 16
 * hours is reached; counting then starts again (vervolgmelding). A melding comes at least 7 calendar days after the
 * previous one: continuous absence gives one melding per 7 days. The count also restarts when the threshold is
 * reached for a student for whom nothing is due (e.g. 18 and no regional agreement).
 *
 * Interpretation: a window is whole lesweken (Monday–Sunday), the one of the current day and the three lesweken
 * before it. Linear in the records; a fixed ring buffer, no allocation per record.
 */
export function zestienUur(
  historie: AbsentieHistorie,
  leerling: Leerling,
  instellingen: VerzuimInstellingen = STANDAARD_INSTELLINGEN,
  telstart: Telstart = {},
): BerekendeMelding[] {
  const { kalender } = historie;
  const meldingen: BerekendeMelding[] = [];
  const drempel = ZESTIEN_UUR * HONDERDSTEN;
  const vanaf = telstart.vanaf === undefined ? -Infinity : daysBetween(kalender.eersteDag, telstart.vanaf);
  let vorigeEinde = telstart.vorigeEinddatum === undefined ? -Infinity : daysBetween(kalender.eersteDag, telstart.vorigeEinddatum);
  const som = new LesweekSom(kalender, LESWEKEN_IN_VENSTER);
  for (let i = 0; i < historie.aantal; i++) {
    const dag = historie.dag[i];
    if (historie.ongeoorloofd[i] === 0 || dag < vanaf) continue;
    som.voegToe(i, dag, historie.ongeoorloofd[i]);
    if (som.som < drempel || dag < vorigeEinde + DAGEN_TUSSEN_MELDINGEN) continue;
    const eerste = som.eerste;
    const einddatum = kalender.datum(dag);
    const route = routeer('zestien-uur', leerling, einddatum, instellingen);
    if (route) {
      const begin = historie.dag[eerste];
      meldingen.push({
        soort: 'zestien-uur',
        startdatum: kalender.datum(begin),
        einddatum,
        ...meldingOmvang(historie, eerste, i),
        ...route,
        vervolgmelding: vorigeEinde >= vensterBegin(kalender, dag),
        kalenders: kalender.kalenderIds(vensterBegin(kalender, dag), dag),
      });
      vorigeEinde = dag;
    }
    som.herstart();
  }
  return meldingen;
}
