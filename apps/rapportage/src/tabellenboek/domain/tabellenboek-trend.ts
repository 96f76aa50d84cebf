import { Grafiek, afgeleideReeks, grafiek, tellingreeks } from '../../grafieken/domain/grafiek';
import { percentage } from '../../onthulling/domain/verhouding';
import { BESTEMMINGSCATEGORIEEN } from './bestemmingscategorie';
import { GepubliceerdTabellenboek } from './tabellenboek';
import { ongeldigeSelectie } from './tabellenboek.errors';

/**
 * Trends across years for one school (seed 001: "kerngegevens uit voorgaande jaren, zodat trends en ontwikkelingen
 * zichtbaar worden"): per school year the actual destination on 1 October per category, as a count or as a percentage
 * of the year's students. Built from the *published* tabellenboeken, so a number hidden in a year's tabellenboek stays
 * hidden in the trend and the trend reveals nothing the yearly tables do not.
 */
export function bestemmingTrend(jaren: readonly GepubliceerdTabellenboek[], eenheid: 'aantal' | 'percentage'): Grafiek {
  const geordend = gecontroleerd(jaren);
  const reeksen = BESTEMMINGSCATEGORIEEN.map((categorie, c) => {
    const aantallen = geordend.map((jaar) => jaar.keuzeEnWerkelijk.kolomtotalen[c]);
    if (eenheid === 'aantal') return tellingreeks(categorie.code, categorie.label, aantallen);
    const pct = geordend.map((jaar, j) => percentage(aantallen[j], jaar.keuzeEnWerkelijk.totaal));
    return afgeleideReeks(
      categorie.code,
      categorie.label,
      'percentage',
      pct,
      pct.map((p, j) => p === null && geordend[j].keuzeEnWerkelijk.totaal !== 0),
    );
  });
  return grafiek(
    eenheid === 'aantal' ? 'tabellenboek.trend.aantal' : 'tabellenboek.trend.percentage',
    'Werkelijke bestemming op 1 oktober per schooljaar',
    'schooljaar',
    geordend.map((jaar) => ({ code: jaar.selectie.schooljaar, label: jaar.selectie.schooljaar })),
    reeksen,
    drempelVan(geordend),
  );
}

/** Per school year: the share of mbo-bound students who applied on or before 1 April, and of choices realised. */
export function kerncijfersTrend(jaren: readonly GepubliceerdTabellenboek[]): Grafiek {
  const geordend = gecontroleerd(jaren);
  const opTijd = geordend.map(({ keuze1AprilEnAanmelding: a }) => {
    const [op, niet] = a.kolomtotalen;
    return percentage(op, op === null || niet === null ? null : op + niet);
  });
  const gerealiseerd = geordend.map(({ keuzeEnWerkelijk: b }) => {
    let som = 0;
    for (let r = 0; r < b.cellen.length; r++) {
      const cel = b.cellen[r][r];
      if (cel === null) return null;
      som += cel;
    }
    return percentage(som, b.totaal);
  });
  return grafiek(
    'tabellenboek.trend.kerncijfers',
    'Aanmelding vóór 1 april en gerealiseerde keuzes per schooljaar',
    'schooljaar',
    geordend.map((jaar) => ({ code: jaar.selectie.schooljaar, label: jaar.selectie.schooljaar })),
    [
      afgeleideReeks(
        'op-tijd-aangemeld',
        '% mbo-kiezers op tijd aangemeld',
        'percentage',
        opTijd,
        opTijd.map((p, j) => p === null && geordend[j].keuze1AprilEnAanmelding.totaal !== 0),
      ),
      afgeleideReeks(
        'keuze-gerealiseerd',
        '% keuze gerealiseerd',
        'percentage',
        gerealiseerd,
        gerealiseerd.map((p, j) => p === null && geordend[j].keuzeEnWerkelijk.totaal !== 0),
      ),
    ],
    drempelVan(geordend),
  );
}

/** The years of one school (or vestiging), each once, oldest first. */
function gecontroleerd(jaren: readonly GepubliceerdTabellenboek[]): GepubliceerdTabellenboek[] {
  if (jaren.length === 0) throw ongeldigeSelectie('jaren', 'jaren.niet-leeg', 'Een trend heeft minstens één schooljaar');
  const { brin, vestiging } = jaren[0].selectie;
  const gezien = new Set<string>();
  for (const jaar of jaren) {
    if (jaar.selectie.brin !== brin || jaar.selectie.vestiging !== vestiging) {
      throw ongeldigeSelectie('jaren', 'jaren.zelfde-school', 'Een trend gaat over één school of vestiging');
    }
    if (gezien.has(jaar.selectie.schooljaar)) {
      throw ongeldigeSelectie('jaren', 'jaren.uniek', `Schooljaar ${jaar.selectie.schooljaar} staat er twee keer in`);
    }
    gezien.add(jaar.selectie.schooljaar);
  }
  return [...jaren].sort((a, b) => (a.selectie.schooljaar < b.selectie.schooljaar ? -1 : 1));
}

/** The threshold all years were published under (null: all unsuppressed); mixing them is refused. */
function drempelVan(jaren: readonly GepubliceerdTabellenboek[]): number | null {
  const drempel = jaren[0].keuzeEnWerkelijk.drempel;
  if (!jaren.every((jaar) => jaar.keuzeEnWerkelijk.drempel === drempel && jaar.keuze1AprilEnAanmelding.drempel === drempel)) {
    throw ongeldigeSelectie('jaren', 'jaren.zelfde-drempel', 'De schooljaren van een trend zijn met dezelfde drempel gepubliceerd');
  }
  return drempel;
}
