export const POSTCODE_VORM = /^[1-9]\d{3} ?[A-Z]{2}$/;
const ONGEBRUIKTE_LETTERS: ReadonlySet<string> = new Set(['SA', 'SD', 'SS']);

export const POSTCODE_MELDINGEN = {
  vorm: 'Postcode moet 4 cijfers (niet beginnend met 0) + 2 letters zijn, bijv. 1234 AB',
  letters: 'Postcode met de letters SA, SD of SS wordt niet gebruikt',
} as const;

function formatPostcode(vormGoed: string): string {
  const compact = vormGoed.replace(' ', '');
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}

function hasUsedLetters(vormGoed: string): boolean {
  return !ONGEBRUIKTE_LETTERS.has(vormGoed.slice(-2));
}

/**
 * Dutch postcode in the normal form `1234 AB`, or `undefined`.
 * Accepts lower case and a missing space; rejects a leading 0 and the unused letter pairs SA, SD, SS.
 */
export function normalisePostcode(input: string): string | undefined {
  const postcode = input.trim().toUpperCase();
  if (!POSTCODE_VORM.test(postcode) || !hasUsedLetters(postcode)) return undefined;
  return formatPostcode(postcode);
}

export function isValidPostcode(input: string): boolean {
  return normalisePostcode(input) !== undefined;
}
