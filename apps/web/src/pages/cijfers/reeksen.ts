import type { Kruistabel } from './tabel';

/** One line or one colour of bars: a value per category, null where suppressed. */
export type Serie = { naam: string; waarden: (number | null)[] };

/** The columns of a two-way table as series over its rows (one bar group per row, one colour per column). */
export const kolommenAlsSeries = (tabel: Kruistabel): Serie[] =>
  tabel.kolommen.map((naam, k) => ({ naam, waarden: tabel.rijen.map((_, r) => tabel.cellen[r]?.[k] ?? null) }));

/** Chosen against actual: the row totals and the column totals of a table whose rows and columns share categories. */
export function margesNaastElkaar(tabel: Kruistabel, rijnaam: string, kolomnaam: string): { categorieen: string[]; series: Serie[] } {
  const categorieen = [...tabel.rijen, ...tabel.kolommen.filter((kolom) => !tabel.rijen.includes(kolom))];
  const waarde = (lijst: string[], totalen: (number | null)[], categorie: string) => {
    const index = lijst.indexOf(categorie);
    return index < 0 ? 0 : (totalen[index] ?? null);
  };
  return {
    categorieen,
    series: [
      { naam: rijnaam, waarden: categorieen.map((c) => waarde(tabel.rijen, tabel.rijtotalen, c)) },
      { naam: kolomnaam, waarden: categorieen.map((c) => waarde(tabel.kolommen, tabel.kolomtotalen, c)) },
    ],
  };
}

/** The school years up to and including one, oldest first ("2026-2027" → ["2023-2024", …, "2026-2027"]). */
export function schooljarenTot(schooljaar: string, aantal: number): string[] {
  const begin = Number(schooljaar.slice(0, 4));
  return Array.from({ length: aantal }, (_, index) => begin - (aantal - 1) + index).map((jaar) => `${jaar}-${jaar + 1}`);
}

/** The chart's text for screen readers: what it shows, each value (a suppressed one as such), and where the table is. */
export function beschrijf(titel: string, categorieen: string[], series: Serie[]): string {
  const waarden = categorieen.length * series.length;
  if (waarden === 0) return `${titel}: geen gegevens.`;
  if (waarden > 48)
    return `${titel}. ${series.length} reeksen (${series.map((serie) => serie.naam).join(', ')}) over ${categorieen.join(', ')}; de tabel eronder geeft alle cijfers.`;
  const delen = series.map(
    (serie) =>
      `${series.length > 1 ? `${serie.naam}: ` : ''}${categorieen.map((c, i) => `${c} ${serie.waarden[i] === null || serie.waarden[i] === undefined ? 'onderdrukt' : serie.waarden[i]}`).join(', ')}`,
  );
  return `${titel}. ${delen.join('; ')}. De tabel eronder geeft dezelfde cijfers.`;
}
