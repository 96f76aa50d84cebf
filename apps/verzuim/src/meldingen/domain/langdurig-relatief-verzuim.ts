import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';
import { eersteLesdagNaPeriode } from '../../kalenders/domain/lesweken-periode';
import { Leerling } from '../../leerlingen/domain/leerling';
import { aaneengeslotenVerzuim } from './aaneengesloten-verzuim';
import { meldingOmvang } from './melding-omvang';
import { routeer } from './melding-routering';
import { BerekendeMelding } from './verzuimmelding';
import { STANDAARD_INSTELLINGEN, VerzuimInstellingen } from './verzuim-instellingen';

/** DUO: langdurig relatief verzuim is **more than** four weeks ongeoorloofd absent. */
export const LANGDURIG_WEKEN = 4;

/**
 * Langdurig relatief verzuim: a leerplichtig or kwalificatieplichtig student absent without leave from every lesson
 * of every lesdag for more than four weeks (vacation weeks don't count) — due on the first lesdag past the four weeks
 * (`eersteLesdagNaPeriode`), one melding per unbroken absence. For 18+ this is RMC-verzuim instead.
 */
export function langdurigRelatiefVerzuim(
  historie: AbsentieHistorie,
  leerling: Leerling,
  instellingen: VerzuimInstellingen = STANDAARD_INSTELLINGEN,
): BerekendeMelding[] {
  const { kalender } = historie;
  const meldingen: BerekendeMelding[] = [];
  for (const [begin, einde] of aaneengeslotenVerzuim(historie)) {
    const doel = eersteLesdagNaPeriode(kalender, historie.dag[begin], LANGDURIG_WEKEN);
    if (doel < 0 || historie.dag[einde] < doel) continue;
    const tot = begin + kalender.lesdagNummer[doel] - kalender.lesdagNummer[historie.dag[begin]];
    const einddatum = kalender.datum(doel);
    const route = routeer('langdurig-relatief', leerling, einddatum, instellingen);
    if (!route) continue;
    meldingen.push({
      soort: 'langdurig-relatief',
      startdatum: kalender.datum(historie.dag[begin]),
      einddatum,
      ...meldingOmvang(historie, begin, tot),
      ...route,
      vervolgmelding: false,
      kalenders: kalender.kalenderIds(historie.dag[begin], doel),
    });
  }
  return meldingen;
}
