/**
 * Count, median and 90th percentile of durations (nearest-rank), for the "time to …" figures. A median of a handful
 * of durations describes individual cases, so under a small-cell threshold the statistics of fewer than `drempel`
 * durations are left out (null), like a suppressed count.
 */
export interface Duursamenvatting {
  readonly aantal: number;
  readonly mediaan: number | null;
  readonly p90: number | null;
}

/** Sorts a copy once: O(n log n) over a typed array, no per-value allocation. */
export function samenvatting(duren: ArrayLike<number>, drempel: number | null = null): Duursamenvatting {
  const n = duren.length;
  if (n === 0 || (drempel !== null && n < drempel)) return { aantal: n, mediaan: null, p90: null };
  const gesorteerd = Float64Array.from(duren).sort();
  return { aantal: n, mediaan: afgerond(percentiel(gesorteerd, 50)), p90: afgerond(percentiel(gesorteerd, 90)) };
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or below it. */
export function percentiel(gesorteerd: ArrayLike<number>, p: number): number {
  const rang = Math.max(1, Math.ceil((p / 100) * gesorteerd.length));
  return gesorteerd[rang - 1];
}

function afgerond(waarde: number): number {
  return Math.round(waarde * 10) / 10;
}
