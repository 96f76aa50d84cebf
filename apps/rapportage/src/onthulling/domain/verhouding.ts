/**
 * A percentage from published counts, rounded to `decimalen`: null when either count is hidden (a rate next to its
 * denominator gives the numerator back) or the denominator is 0.
 */
export function percentage(teller: number | null, noemer: number | null, decimalen = 1): number | null {
  if (teller === null || noemer === null || noemer === 0) return null;
  const factor = 10 ** decimalen;
  return Math.round((teller * 100 * factor) / noemer) / factor;
}
