import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';
import { Kalender } from '../../kalenders/domain/kalender';
import { Leerling } from '../../leerlingen/domain/leerling';
import { aaneengeslotenVerzuim } from './aaneengesloten-verzuim';
import { meldingOmvang } from './melding-omvang';
import { routeer } from './melding-routering';
import { BerekendeMelding } from './verzuimmelding';
import { STANDAARD_INSTELLINGEN, VerzuimInstellingen } from './verzuim-instellingen';

/**
 * Vermoedelijk luxe verzuim: whole lesdagen missed without leave right before or right after one of the school's
 * vacations (no lesdag between the absence and the vacation) — the unapproved holiday the verlof rules exist for.
 * One melding per unbroken absence, due on its last day. Only under the Leerplichtwet (< 18 or kwalificatieplichtig).
 * Single free days and public holidays are not vacations here; granted verlof is geoorloofd and never counts.
 */
export function luxeVerzuim(
  historie: AbsentieHistorie,
  leerling: Leerling,
  instellingen: VerzuimInstellingen = STANDAARD_INSTELLINGEN,
): BerekendeMelding[] {
  const { kalender } = historie;
  const meldingen: BerekendeMelding[] = [];
  for (const [begin, einde] of aaneengeslotenVerzuim(historie)) {
    const eerste = historie.dag[begin];
    const laatste = historie.dag[einde];
    const vorigeLesdag = kalender.lesdagNummer[eerste] > 0 ? kalender.lesdagen[kalender.lesdagNummer[eerste] - 1] : -1;
    const volgendeLesdag =
      kalender.lesdagNummer[laatste] + 1 < kalender.aantalLesdagen ? kalender.lesdagen[kalender.lesdagNummer[laatste] + 1] : kalender.aantalDagen;
    const vakantie = vakantieTussen(kalender, laatste + 1, volgendeLesdag - 1) ?? vakantieTussen(kalender, vorigeLesdag + 1, eerste - 1);
    if (vakantie === undefined) continue;
    const einddatum = kalender.datum(laatste);
    const route = routeer('luxe', leerling, einddatum, instellingen);
    if (!route) continue;
    meldingen.push({
      soort: 'luxe',
      startdatum: kalender.datum(eerste),
      einddatum,
      ...meldingOmvang(historie, begin, einde),
      ...route,
      vervolgmelding: false,
      kalenders: kalender.kalenderIds(eerste, laatste),
      vakantie,
    });
  }
  return meldingen;
}

function vakantieTussen(kalender: Kalender, van: number, tot: number): string | undefined {
  for (let d = Math.max(0, van); d <= Math.min(tot, kalender.aantalDagen - 1); d++) {
    if (kalender.vakantie[d] >= 0) return kalender.vakantieNamen[kalender.vakantie[d]];
  }
  return undefined;
}
