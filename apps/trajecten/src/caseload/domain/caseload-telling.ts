import type { CaseloadTelling } from './caseload';

/**
 * A caseload count from counts per casusregisseur (as the database groups the open cases) — the same as `telCaseload`
 * over the cases themselves, without reading every case.
 */
export function tellingUitAantallen(aantallen: ReadonlyArray<{ readonly regisseur: string | null; readonly aantal: number }>): CaseloadTelling {
  const perGebruiker = new Map<string, number>();
  let nietToegewezen = 0;
  for (const { regisseur, aantal } of aantallen) {
    if (regisseur === null) nietToegewezen += aantal;
    else perGebruiker.set(regisseur, (perGebruiker.get(regisseur) ?? 0) + aantal);
  }
  return { perGebruiker, nietToegewezen };
}
