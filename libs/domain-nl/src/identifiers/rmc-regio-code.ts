export const RMC_REGIO_CODE_VORM = /^MC\d{2}$/;

/** RMC regions are numbered 1..41 (14 no longer used; 41 = Arnhem since the 2021 split). */
export const HOOGSTE_RMC_REGIO_NUMMER = 41;

export const RMC_REGIO_CODE_MELDING = 'RMC-regiocode moet MC + 2 cijfers zijn (01 t/m 41), bijv. MC03';

/** `3` → `MC03`. */
export function rmcRegioCode(nummer: number): string {
  if (!Number.isInteger(nummer) || nummer < 1 || nummer > HOOGSTE_RMC_REGIO_NUMMER) {
    throw new RangeError(RMC_REGIO_CODE_MELDING);
  }
  return `MC${String(nummer).padStart(2, '0')}`;
}

/** `MC03` → `3`, or `undefined` when the code is not a well-formed RMC-regio code. */
export function rmcRegioNummer(code: string): number | undefined {
  const text = code.trim().toUpperCase();
  if (!RMC_REGIO_CODE_VORM.test(text)) return undefined;
  const nummer = Number(text.slice(2));
  return nummer >= 1 && nummer <= HOOGSTE_RMC_REGIO_NUMMER ? nummer : undefined;
}

/** Format only (MC01..MC41); whether the region is in use is data: see `rmcRegioVanCode()`. */
export function isValidRmcRegioCode(code: string): boolean {
  return rmcRegioNummer(code) !== undefined;
}
