import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';
import { laatsteLesdagVanPeriode } from '../../kalenders/domain/lesweken-periode';
import { Leerling } from '../../leerlingen/domain/leerling';
import { aaneengeslotenVerzuim } from './aaneengesloten-verzuim';
import { meldingOmvang } from './melding-omvang';
import { routeer } from './melding-routering';
import { BerekendeMelding } from './verzuimmelding';
import { STANDAARD_INSTELLINGEN, VerzuimInstellingen, controleerInstellingen } from './verzuim-instellingen';

/**
 * RMC-verzuim (WEB art. 8.1.8a, DOMAIN.md "Ages and duties"): a student of 18–22 without startkwalificatie (or exempt
 * from kwalificatieplicht) who has not followed lessons without valid reason for **at least** four weeks — or the
 * shorter period the school sets (`rmcPeriodeWeken`) — must be reported "onverwijld": due on the last lesdag of the
 * period (`laatsteLesdagVanPeriode`), one melding per unbroken absence. Vacation weeks don't count.
 */
export function rmcVerzuim(
  historie: AbsentieHistorie,
  leerling: Leerling,
  instellingen: VerzuimInstellingen = STANDAARD_INSTELLINGEN,
): BerekendeMelding[] {
  controleerInstellingen(instellingen);
  const { kalender } = historie;
  const meldingen: BerekendeMelding[] = [];
  for (const [begin, einde] of aaneengeslotenVerzuim(historie)) {
    const doel = laatsteLesdagVanPeriode(kalender, historie.dag[begin], instellingen.rmcPeriodeWeken);
    if (doel < 0 || historie.dag[einde] < doel) continue;
    const tot = begin + kalender.lesdagNummer[doel] - kalender.lesdagNummer[historie.dag[begin]];
    const einddatum = kalender.datum(doel);
    const route = routeer('rmc', leerling, einddatum, instellingen);
    if (!route) continue;
    meldingen.push({
      soort: 'rmc',
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
