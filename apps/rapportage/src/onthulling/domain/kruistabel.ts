import { ongeldigeTabel } from './onthulling.errors';

/**
 * A two-way frequency table: counts of people per row category and column category. Its margins (row totals, column
 * totals, grand total) are not stored: they are always the sums, and always published with the table.
 */
export interface Kruistabel {
  readonly rijen: readonly string[];
  readonly kolommen: readonly string[];
  /** `cellen[r][k]`: the count in row r, column k (non-negative integers). */
  readonly cellen: readonly (readonly number[])[];
}

/**
 * A table as it may leave the organisation: suppressed counts are `null`, everything else is the true count. The
 * reason a count is hidden (small itself, or hidden to protect another) is deliberately not published.
 */
export interface GepubliceerdeKruistabel {
  readonly rijen: readonly string[];
  readonly kolommen: readonly string[];
  readonly cellen: readonly (readonly (number | null)[])[];
  readonly rijtotalen: readonly (number | null)[];
  readonly kolomtotalen: readonly (number | null)[];
  readonly totaal: number | null;
  /** The threshold that was applied; null for a table shown unsuppressed inside the organisation. */
  readonly drempel: number | null;
}

/**
 * The table with its margins as one (m+1)×(n+1) grid, row-major: row m holds the column totals, column n the row
 * totals, the last cell the grand total. Suppression works on this grid, so margins are cells like any other.
 */
export interface UitgebreideTabel {
  /** Number of row categories (m). */
  readonly m: number;
  /** Number of column categories (n). */
  readonly n: number;
  readonly waarden: Float64Array;
}

export function isTelling(waarde: number): boolean {
  return Number.isSafeInteger(waarde) && waarde >= 0;
}

/**
 * The grid with margins; refuses a ragged table and negative or fractional counts. A table without rows (nobody in
 * the selection) is allowed: its margins are zeros.
 */
export function uitgebreid(tabel: Kruistabel): UitgebreideTabel {
  const m = tabel.rijen.length;
  const n = tabel.kolommen.length;
  if (tabel.cellen.length !== m) {
    throw ongeldigeTabel('cellen', 'cellen.vorm', `Een kruistabel met ${m} rijen heeft ${m} rijen cellen`);
  }
  const breedte = n + 1;
  const waarden = new Float64Array((m + 1) * breedte);
  for (let r = 0; r < m; r++) {
    const rij = tabel.cellen[r];
    if (rij.length !== n) {
      throw ongeldigeTabel(`cellen[${r}]`, 'cellen.vorm', `Rij ${r} heeft ${rij.length} cellen, verwacht ${n}`);
    }
    let som = 0;
    for (let k = 0; k < n; k++) {
      const waarde = rij[k];
      if (!isTelling(waarde)) {
        throw ongeldigeTabel(`cellen[${r}][${k}]`, 'cellen.telling', 'Een telling is een geheel getal van 0 of meer');
      }
      waarden[r * breedte + k] = waarde;
      som += waarde;
      waarden[m * breedte + k] += waarde;
    }
    waarden[r * breedte + n] = som;
    waarden[m * breedte + n] += som;
  }
  return { m, n, waarden };
}

/**
 * The published form of a grid: the values where `verborgen[i]` is 0, null elsewhere. Without a mask (internal use)
 * every value is shown and `drempel` is null.
 */
export function publiceerKruistabel(
  tabel: Pick<Kruistabel, 'rijen' | 'kolommen'>,
  grid: UitgebreideTabel,
  verborgen: Uint8Array | null,
  drempel: number | null,
): GepubliceerdeKruistabel {
  const { m, n, waarden } = grid;
  const breedte = n + 1;
  const lees = (i: number): number | null => (verborgen !== null && verborgen[i] !== 0 ? null : waarden[i]);
  const cellen: (number | null)[][] = new Array(m);
  const rijtotalen: (number | null)[] = new Array(m);
  for (let r = 0; r < m; r++) {
    const rij: (number | null)[] = new Array(n);
    for (let k = 0; k < n; k++) rij[k] = lees(r * breedte + k);
    cellen[r] = rij;
    rijtotalen[r] = lees(r * breedte + n);
  }
  const kolomtotalen: (number | null)[] = new Array(n);
  for (let k = 0; k < n; k++) kolomtotalen[k] = lees(m * breedte + k);
  return {
    rijen: tabel.rijen,
    kolommen: tabel.kolommen,
    cellen,
    rijtotalen,
    kolomtotalen,
    totaal: lees(m * breedte + n),
    drempel,
  };
}

/** A table for use inside the organisation: margins added, nothing suppressed. */
export function ongefilterd(tabel: Kruistabel): GepubliceerdeKruistabel {
  return publiceerKruistabel(tabel, uitgebreid(tabel), null, null);
}

/** A published table as the API serves it (plain mutable arrays, as the zod response schemas infer them). */
export function alsKruistabelAntwoord(tabel: GepubliceerdeKruistabel): {
  rijen: string[];
  kolommen: string[];
  cellen: (number | null)[][];
  rijtotalen: (number | null)[];
  kolomtotalen: (number | null)[];
  totaal: number | null;
  drempel: number | null;
} {
  return {
    rijen: [...tabel.rijen],
    kolommen: [...tabel.kolommen],
    cellen: tabel.cellen.map((r) => [...r]),
    rijtotalen: [...tabel.rijtotalen],
    kolomtotalen: [...tabel.kolomtotalen],
    totaal: tabel.totaal,
    drempel: tabel.drempel,
  };
}
