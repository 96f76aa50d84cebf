/*
 * The chart-ready shape every figure is served in (issue 15, item 8): one category axis and one or more series of
 * numbers along it, ready for a chart library (ECharts: xAxis.data = as.labels, series[i].data = reeksen[i].waarden)
 * and for the tables of an export. A suppressed number is null with `onderdrukt` true at its place, so a chart shows a
 * gap and an export shows the suppression mark; a number that does not exist (a rate over nobody) is null with
 * `onderdrukt` false.
 */

export type Eenheid = 'aantal' | 'percentage' | 'dagen' | 'weken' | 'per-fte';

export interface Grafiekreeks {
  /** Stable key of the series, e.g. `werkelijk-1-oktober`. */
  readonly code: string;
  readonly naam: string;
  readonly eenheid: Eenheid;
  readonly waarden: readonly (number | null)[];
  readonly onderdrukt: readonly boolean[];
}

export interface Grafiek {
  /** Stable key of the figure, e.g. `tabellenboek.bestemming`. */
  readonly figuur: string;
  readonly titel: string;
  /** The category axis: codes for filters and links, labels for people. */
  readonly as: { readonly naam: string; readonly codes: readonly string[]; readonly labels: readonly string[] };
  readonly reeksen: readonly Grafiekreeks[];
  /** The small-cell threshold applied to the counts, or null when shown unsuppressed inside the organisation. */
  readonly drempel: number | null;
}

export interface Categorie {
  readonly code: string;
  readonly label: string;
}

/** A series from published numbers (null = suppressed). */
export function tellingreeks(code: string, naam: string, waarden: readonly (number | null)[], eenheid: Eenheid = 'aantal'): Grafiekreeks {
  return { code, naam, eenheid, waarden, onderdrukt: waarden.map((w) => w === null) };
}

/**
 * A series of derived numbers (rates, durations): null where the figure does not exist; `onderdrukt` marks the places
 * where it is null because a count it comes from is suppressed.
 */
export function afgeleideReeks(
  code: string,
  naam: string,
  eenheid: Eenheid,
  waarden: readonly (number | null)[],
  onderdrukt: readonly boolean[],
): Grafiekreeks {
  return { code, naam, eenheid, waarden, onderdrukt };
}

export function grafiek(
  figuur: string,
  titel: string,
  asNaam: string,
  categorieen: readonly Categorie[],
  reeksen: readonly Grafiekreeks[],
  drempel: number | null,
): Grafiek {
  for (const reeks of reeksen) {
    if (reeks.waarden.length !== categorieen.length || reeks.onderdrukt.length !== categorieen.length) {
      throw new Error(`grafiek ${figuur}: reeks ${reeks.code} heeft ${reeks.waarden.length} waarden voor ${categorieen.length} categorieën`);
    }
  }
  return {
    figuur,
    titel,
    as: { naam: asNaam, codes: categorieen.map((c) => c.code), labels: categorieen.map((c) => c.label) },
    reeksen,
    drempel,
  };
}

/** A figure as the API serves it (plain mutable arrays, as the zod response schemas infer them). */
export function alsGrafiekAntwoord(g: Grafiek): {
  figuur: string;
  titel: string;
  as: { naam: string; codes: string[]; labels: string[] };
  reeksen: { code: string; naam: string; eenheid: Eenheid; waarden: (number | null)[]; onderdrukt: boolean[] }[];
  drempel: number | null;
} {
  return {
    figuur: g.figuur,
    titel: g.titel,
    as: { naam: g.as.naam, codes: [...g.as.codes], labels: [...g.as.labels] },
    reeksen: g.reeksen.map((r) => ({ code: r.code, naam: r.naam, eenheid: r.eenheid, waarden: [...r.waarden], onderdrukt: [...r.onderdrukt] })),
    drempel: g.drempel,
  };
}
