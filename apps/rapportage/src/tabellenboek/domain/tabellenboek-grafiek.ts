import { Grafiek, afgeleideReeks, grafiek, tellingreeks } from '../../grafieken/domain/grafiek';
import { percentage } from '../../onthulling/domain/verhouding';
import { BESTEMMINGSCATEGORIEEN } from './bestemmingscategorie';
import { AANMELDSTATUSSEN, GepubliceerdTabellenboek } from './tabellenboek';

/**
 * The tabellenboek of one school and year as a chart: per destination category the choice on 1 April, the choice at
 * the end of the school year, the actual destination on 1 October, the choices realised (chose it and went there) and
 * that as a percentage of the final choice.
 */
export function bestemmingGrafiek(boek: GepubliceerdTabellenboek): Grafiek {
  const { keuze1AprilEnAanmelding: april, keuzeEnWerkelijk: b } = boek;
  const gerealiseerd = b.cellen.map((rij, r) => rij[r]);
  const pct = gerealiseerd.map((g, r) => percentage(g, b.rijtotalen[r]));
  return grafiek(
    'tabellenboek.bestemming',
    `Gekozen en werkelijke bestemming ${boek.selectie.schooljaar}`,
    'bestemming',
    BESTEMMINGSCATEGORIEEN,
    [
      tellingreeks('gekozen-1-april', 'gekozen op 1 april', april.rijtotalen),
      tellingreeks('gekozen-einde-schooljaar', 'gekozen aan het einde van het schooljaar', b.rijtotalen),
      tellingreeks('werkelijk-1-oktober', 'werkelijk op 1 oktober', b.kolomtotalen),
      tellingreeks('gerealiseerd', 'keuze gerealiseerd', gerealiseerd),
      afgeleideReeks(
        'gerealiseerd-percentage',
        'keuze gerealiseerd (% van de keuze)',
        'percentage',
        pct,
        pct.map((p, r) => p === null && b.rijtotalen[r] !== 0),
      ),
    ],
    b.drempel,
  );
}

/** Aanmeldingen of the mbo-bound students: on or before 1 April (toelatingsrecht) or not, in numbers and percent. */
export function aanmeldingGrafiek(boek: GepubliceerdTabellenboek): Grafiek {
  const totalen = boek.keuze1AprilEnAanmelding.kolomtotalen;
  const statussen = AANMELDSTATUSSEN.slice(0, 2);
  const aantallen = statussen.map((_, i) => totalen[i]);
  const naarMbo = aantallen[0] === null || aantallen[1] === null ? null : aantallen[0] + aantallen[1];
  const pct = aantallen.map((a) => percentage(a, naarMbo));
  return grafiek(
    'tabellenboek.aanmelding',
    `Aanmelding mbo vóór 1 april ${boek.selectie.schooljaar}`,
    'aanmelding',
    statussen,
    [
      tellingreeks('aantal', 'leerlingen met bestemming mbo', aantallen),
      afgeleideReeks(
        'percentage',
        '% van de leerlingen met bestemming mbo',
        'percentage',
        pct,
        pct.map((p) => p === null && naarMbo !== 0),
      ),
    ],
    boek.keuze1AprilEnAanmelding.drempel,
  );
}
