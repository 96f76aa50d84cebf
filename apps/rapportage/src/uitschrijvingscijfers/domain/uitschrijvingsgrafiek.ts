import { Categorie, Grafiek, Grafiekreeks, afgeleideReeks, grafiek } from '../../grafieken/domain/grafiek';
import { GepubliceerdeKruistabel } from '../../onthulling/domain/kruistabel';
import { percentage } from '../../onthulling/domain/verhouding';
import { KOLOM_GEEN_UITVAL, KOLOM_NIET_BEEINDIGD, KOLOM_SWITCH } from './uitschrijvingstabel';

/**
 * The uitschrijvingen of a published row (reasons 1–9 together), from published numbers only: the sum of the nine
 * when all are visible, else the row total minus the switches and those not ended when those are — the same number,
 * so nothing is given that the row does not give already. Null when neither can be read.
 */
export function uitgeschreven(cellen: readonly (number | null)[], totaal: number | null): number | null {
  let som = 0;
  for (let k = 0; k < KOLOM_SWITCH; k++) {
    const waarde = cellen[k];
    if (waarde === null) {
      const overig = [totaal, cellen[KOLOM_SWITCH], cellen[KOLOM_NIET_BEEINDIGD]];
      return overig.some((w) => w === null) ? null : (totaal as number) - (cellen[KOLOM_SWITCH] as number) - (cellen[KOLOM_NIET_BEEINDIGD] as number);
    }
    som += waarde;
  }
  return som;
}

/** Uitval: the uitschrijvingen but those with reason 8 ("geen uitval"). */
export function uitval(cellen: readonly (number | null)[], totaal: number | null): number | null {
  const alle = uitgeschreven(cellen, totaal);
  const geenUitval = cellen[KOLOM_GEEN_UITVAL];
  return alle === null || geenUitval === null ? null : alle - geenUitval;
}

export interface GrafiekRegio {
  readonly code: string;
  readonly label: string;
  readonly tabel: GepubliceerdeKruistabel;
}

/**
 * Uitschrijving, uitval and switch as a percentage of the inschrijvingen in the year (one decimal), per row, for the
 * whole table, and for the region (the last categories): the region is the benchmark each row is read against. Rates
 * come from the published counts: a hidden count hides its rate.
 */
export function uitschrijvingsgrafiek(
  schooljaar: string,
  dimensie: string,
  codes: readonly string[],
  tabel: GepubliceerdeKruistabel,
  regio: GrafiekRegio | null,
): Grafiek {
  const rijen: { categorie: Categorie; cellen: readonly (number | null)[]; totaal: number | null }[] = [
    ...codes.map((code, r) => ({ categorie: { code, label: tabel.rijen[r] }, cellen: tabel.cellen[r], totaal: tabel.rijtotalen[r] })),
    { categorie: { code: 'totaal', label: 'totaal' }, cellen: tabel.kolomtotalen, totaal: tabel.totaal },
    ...(regio === null
      ? []
      : [{ categorie: { code: `regio-${regio.code}`, label: regio.label }, cellen: regio.tabel.cellen[0], totaal: regio.tabel.rijtotalen[0] }]),
  ];
  const reeks = (code: string, naam: string, teller: (cellen: readonly (number | null)[], totaal: number | null) => number | null): Grafiekreeks => {
    const waarden = rijen.map((rij) => percentage(teller(rij.cellen, rij.totaal), rij.totaal));
    return afgeleideReeks(
      code,
      naam,
      'percentage',
      waarden,
      waarden.map((w, i) => w === null && rijen[i].totaal !== 0),
    );
  };
  return grafiek(
    `uitschrijvingen.${dimensie}`,
    `Uitschrijving en switch ${schooljaar}`,
    dimensie,
    rijen.map((rij) => rij.categorie),
    [
      reeks('uitschrijving-percentage', '% uitgeschreven', uitgeschreven),
      reeks('uitval-percentage', '% uitgevallen (zonder reden 8)', uitval),
      reeks('switch-percentage', '% geswitcht', (cellen) => cellen[KOLOM_SWITCH]),
    ],
    tabel.drempel,
  );
}
