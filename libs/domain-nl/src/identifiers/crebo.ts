export const CREBO_VORM = /^\d{5}$/;

export const CREBO_MELDING = 'Crebo (erkende opleidingscode) moet 5 cijfers zijn, bijv. 25168';

/** Crebo code: 5 digits; `undefined` if invalid. */
export function normaliseCrebo(input: string): string | undefined {
  const crebo = input.trim();
  return CREBO_VORM.test(crebo) ? crebo : undefined;
}

export function isValidCrebo(input: string): boolean {
  return normaliseCrebo(input) !== undefined;
}
