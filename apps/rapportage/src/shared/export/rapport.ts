/**
 * A report as it leaves the organisation, in the shape the API serves its tables (a suppressed count is null): the
 * one input of every export (CSV, XLSX, PDF), so an export shows exactly the API's figures and hides exactly its
 * hidden cells.
 */
export interface Exporttabel {
  readonly titel: string;
  readonly rijen: readonly string[];
  readonly kolommen: readonly string[];
  readonly cellen: readonly (readonly (number | null)[])[];
  readonly rijtotalen: readonly (number | null)[];
  readonly kolomtotalen: readonly (number | null)[];
  readonly totaal: number | null;
  readonly drempel: number | null;
}

export interface Exportrapport {
  /** File name without extension (letters, digits, dashes). */
  readonly naam: string;
  readonly titel: string;
  /** Lines under the title: school year, scope. */
  readonly kenmerken: readonly string[];
  readonly tabellen: readonly Exporttabel[];
}

/** How a suppressed count is printed in every export (never a number, never a hint of its size). */
export const ONDERDRUKT = '–';
export const TOTAAL = 'totaal';
/** The line under the title of a report whose peildatum is still to come (`isVoorlopig`). */
export const VOORLOPIG = 'VOORLOPIG: de peildatum moet nog komen; wie dan nog niet is ingeschreven, telt nu als niet ingeschreven.';

export function toelichting(rapport: Exportrapport): string {
  const drempel = rapport.tabellen.find((t) => t.drempel !== null)?.drempel ?? null;
  return drempel === null
    ? 'Cijfers binnen de eigen organisatie, zonder onderdrukking.'
    : `${ONDERDRUKT} = onderdrukt: aantallen onder ${drempel} en de aantallen waaruit die terug te rekenen zijn.`;
}

/** A table as rows of printable values with a header and a totals row: what XLSX and PDF lay out. */
export function alsRaster(tabel: Exporttabel): { kop: string[]; regels: (number | string)[][] } {
  const waarde = (w: number | null): number | string => (w === null ? ONDERDRUKT : w);
  return {
    kop: ['', ...tabel.kolommen, TOTAAL],
    regels: [
      ...tabel.rijen.map((rij, r) => [rij, ...tabel.cellen[r].map(waarde), waarde(tabel.rijtotalen[r])]),
      [TOTAAL, ...tabel.kolomtotalen.map(waarde), waarde(tabel.totaal)],
    ],
  };
}
