import { normaliseBsn } from './bsn';
import { normaliseOnderwijsnummer } from './onderwijsnummer';

/** A person is known by BSN or, when DUO has no BSN, by onderwijsnummer. */
export type PersoonsnummerSoort = 'bsn' | 'onderwijsnummer';

export interface Persoonsnummer {
  readonly soort: PersoonsnummerSoort;
  /** Canonical 9-digit form. */
  readonly nummer: string;
}

export const PERSOONSNUMMER_MELDING =
  'Persoonsnummer moet een BSN (9 cijfers, 11-proef) of een onderwijsnummer ' + '(9 cijfers, begint met 10, 11-proef met rest 5) zijn';

/** Classifies and normalises a BSN or onderwijsnummer; `undefined` when it is neither. */
export function parsePersoonsnummer(input: string): Persoonsnummer | undefined {
  const onderwijsnummer = normaliseOnderwijsnummer(input);
  if (onderwijsnummer !== undefined) return { soort: 'onderwijsnummer', nummer: onderwijsnummer };
  const bsn = normaliseBsn(input);
  if (bsn !== undefined) return { soort: 'bsn', nummer: bsn };
  return undefined;
}

/** Canonical 9-digit form of a BSN or onderwijsnummer, or `undefined`. */
export function normalisePersoonsnummer(input: string): string | undefined {
  return parsePersoonsnummer(input)?.nummer;
}

export function isValidPersoonsnummer(input: string): boolean {
  return parsePersoonsnummer(input) !== undefined;
}
