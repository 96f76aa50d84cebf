/** Weights of the BSN/onderwijsnummer 11-proef, first digit to last. */
export const ELFPROEF_GEWICHTEN = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * Weighted sum of the 11-proef over exactly nine digits (weights 9..2 and -1).
 * A BSN needs `som % 11 === 0 && som > 0`; an onderwijsnummer needs `som % 11 === 5`.
 */
export function elfproefSom(negenCijfers: string): number {
  if (!/^\d{9}$/.test(negenCijfers)) {
    throw new RangeError('elfproefSom verwacht precies 9 cijfers');
  }
  let som = 0;
  for (let i = 0; i < 9; i++) {
    som += Number(negenCijfers[i]) * ELFPROEF_GEWICHTEN[i];
  }
  return som;
}

/** Remainder of a sum modulo 11, always 0..10 (also for a negative sum). */
export function rest11(som: number): number {
  return ((som % 11) + 11) % 11;
}
