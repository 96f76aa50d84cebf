export const BRIN_VORM = /^\d{2}[A-Z]{2}$/;

export const BRIN_MELDING = 'BRIN moet 2 cijfers + 2 letters zijn, bijv. 05KO';

/** BRIN (school number, being replaced by RIO codes): 2 digits + 2 letters. Upper-cased; `undefined` if invalid. */
export function normaliseBrin(input: string): string | undefined {
  const brin = input.trim().toUpperCase();
  return BRIN_VORM.test(brin) ? brin : undefined;
}

export function isValidBrin(input: string): boolean {
  return normaliseBrin(input) !== undefined;
}
