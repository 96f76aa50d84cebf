/**
 * Key for matching gemeente names from other sources: case, diacritics, spaces and punctuation are ignored.
 * `'s-Hertogenbosch` = `S HERTOGENBOSCH`, `Súdwest-Fryslân` = `SUDWEST-FRYSLAN`, `Bergen (NH.)` = `BERGEN NH`.
 */
export function naamSleutel(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The name without a CBS suffix in brackets: `Hengelo (O.)` → `Hengelo`; `undefined` when there is none. */
export function zonderCbsSuffix(naam: string): string | undefined {
  const match = /^(.*\S)\s*\([^()]*\)\s*$/.exec(naam);
  return match ? match[1] : undefined;
}
