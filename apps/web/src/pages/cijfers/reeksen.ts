import type { components } from '../../api/rapportage';
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

/** A figure as rapportage serves it beside its tables (VSV, JiKP): categories with codes, series with a unit each. */
export type GrafiekAntwoord = components['schemas']['VsvDto_Output']['grafiek'];
type Eenheid = GrafiekAntwoord['reeksen'][number]['eenheid'];

/**
 * The series of one unit of a served figure, as the chart draws them (counts and percentages never share an axis):
 * category labels through `label` (a code to its name), `zonder` categories left out (e.g. the total beside its parts),
 * percentages to one decimal. null stays a gap (suppressed, or a percentage of nobody).
 */
export function reeksenVan(
  grafiek: GrafiekAntwoord,
  eenheid: Eenheid,
  { label = (code: string, tekst: string) => tekst, zonder = [] }: { label?: (code: string, tekst: string) => string; zonder?: string[] } = {},
): { categorieen: string[]; series: Serie[] } {
  const houden = grafiek.as.codes.map((code) => !zonder.includes(code));
  const rond = (waarde: number | null) => (waarde === null ? null : eenheid === 'percentage' ? Math.round(waarde * 10) / 10 : waarde);
  return {
    categorieen: grafiek.as.codes.flatMap((code, i) => (houden[i] ? [label(code, grafiek.as.labels[i] ?? code)] : [])),
    series: grafiek.reeksen
      .filter((reeks) => reeks.eenheid === eenheid)
      .map((reeks) => ({ naam: reeks.naam, waarden: reeks.waarden.flatMap((waarde, i) => (houden[i] ? [rond(waarde ?? null)] : [])) })),
  };
}

/** The day (Europe/Amsterdam) of a moment, as an ISO date. */
export const dagVan = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

/** The year of the last 1 October on or before a day (the peildatum of a JiKP count is a teldatum: 1 October). */
export function laatsteTeldatumJaar(dag: string): number {
  const jaar = Number(dag.slice(0, 4));
  return dag.slice(5) >= '10-01' ? jaar : jaar - 1;
}
