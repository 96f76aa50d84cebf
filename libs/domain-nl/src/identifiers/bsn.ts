import { z } from 'zod';
import { compactNumber } from './compact-number';
import { elfproefSom } from './elfproef';

const BSN_VORM = /^\d{8,9}$/;

export const BSN_MELDINGEN = {
  vorm: 'BSN moet 9 cijfers zijn (8 cijfers krijgen een voorloopnul)',
  elfproef: 'BSN voldoet niet aan de 11-proef',
} as const;

function passesBsnProef(negenCijfers: string): boolean {
  const som = elfproefSom(negenCijfers);
  return som > 0 && som % 11 === 0;
}

/**
 * The canonical 9-digit form of a valid BSN, or `undefined` when the input is not a valid BSN.
 * Accepts surrounding whitespace and the separators " " and "."; an 8-digit value gets a leading 0.
 */
export function normaliseBsn(input: string): string | undefined {
  const compact = compactNumber(input);
  if (!BSN_VORM.test(compact)) return undefined;
  const negenCijfers = compact.padStart(9, '0');
  return passesBsnProef(negenCijfers) ? negenCijfers : undefined;
}

/** True when the input is a BSN: 8 or 9 digits that pass the 11-proef (weights 9..2, -1; sum > 0). */
export function isValidBsn(input: string): boolean {
  return normaliseBsn(input) !== undefined;
}

/** A BSN; parses to the canonical 9-digit form. */
export const bsnSchema = z
  .string()
  .overwrite(compactNumber)
  .regex(BSN_VORM, { error: BSN_MELDINGEN.vorm, abort: true })
  .refine(isValidBsn, { error: BSN_MELDINGEN.elfproef })
  .overwrite((bsn) => bsn.padStart(9, '0'));
