export const VESTIGING_VORM = /^\d{2}[A-Z]{2}\d{2}$/;

export const VESTIGING_MELDING = 'Vestiging moet een BRIN (2 cijfers + 2 letters) + 2 cijfers zijn, bijv. 07NU00';

/** Vestigingscode (BRIN6): BRIN + 2 digits. Upper-cased; `undefined` if invalid. */
export function normaliseVestiging(input: string): string | undefined {
  const vestiging = input.trim().toUpperCase();
  return VESTIGING_VORM.test(vestiging) ? vestiging : undefined;
}

export function isValidVestiging(input: string): boolean {
  return normaliseVestiging(input) !== undefined;
}

/** The BRIN part of a valid vestigingscode (`07NU00` → `07NU`). */
export function brinVanVestiging(vestiging: string): string | undefined {
  return normaliseVestiging(vestiging)?.slice(0, 4);
}
