import { z } from 'zod';
import { compactNumber } from './compact-number';
import { elfproefSom, rest11 } from './elfproef';

const ONDERWIJSNUMMER_VORM = /^10\d{7}$/;

export const ONDERWIJSNUMMER_MELDINGEN = {
  vorm: 'Onderwijsnummer moet 9 cijfers zijn en met 10 beginnen',
  elfproef: 'Onderwijsnummer voldoet niet aan de 11-proef (de gewogen som moet rest 5 geven)',
} as const;

/**
 * The canonical form of a valid onderwijsnummer (given by DUO when no BSN is known), or `undefined`.
 * Rule: 9 digits, starts with 10, the 11-proef weighted sum leaves remainder 5 (so it is never also a BSN).
 */
export function normaliseOnderwijsnummer(input: string): string | undefined {
  const compact = compactNumber(input);
  if (!ONDERWIJSNUMMER_VORM.test(compact)) return undefined;
  return rest11(elfproefSom(compact)) === 5 ? compact : undefined;
}

export function isValidOnderwijsnummer(input: string): boolean {
  return normaliseOnderwijsnummer(input) !== undefined;
}

/** An onderwijsnummer; parses to its 9-digit form. */
export const onderwijsnummerSchema = z
  .string()
  .overwrite(compactNumber)
  .regex(ONDERWIJSNUMMER_VORM, { error: ONDERWIJSNUMMER_MELDINGEN.vorm, abort: true })
  .refine(isValidOnderwijsnummer, { error: ONDERWIJSNUMMER_MELDINGEN.elfproef });
