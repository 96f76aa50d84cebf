/** A link as the table holds it: the onderwijsnummer's pseudonym (`van`) → the BSN's pseudonym (`naar`). */
export type Koppeling = { van: string; naar: string };

export type KoppelBesluit = 'nieuw' | 'al-bekend' | 'ander-bsn';

/**
 * The rule of the link table. One onderwijsnummer belongs to one BSN: the same pair again changes nothing, a second,
 * different BSN for an onderwijsnummer is a conflict for a person to resolve (never a guess). Several onderwijsnummers
 * may lead to one BSN (DUO gave a person a second onderwijsnummer before the BSN was known). No chains can form: `van`
 * is always an onderwijsnummer's pseudonym and `naar` a BSN's, and the two kinds of number never coincide (11-proef).
 */
export function koppelBesluit(bestaand: Koppeling | undefined, nieuw: Koppeling): KoppelBesluit {
  if (!bestaand) return 'nieuw';
  return bestaand.naar === nieuw.naar ? 'al-bekend' : 'ander-bsn';
}

/**
 * The rule within one file: a pair repeated is one link; the same onderwijsnummer with two different BSNs is a
 * conflict, reported at the later line. Returns per line its decision against the file so far.
 */
export function binnenBestand(regels: ReadonlyArray<{ regel: number; koppeling: Koppeling }>): {
  uniek: Array<{ regel: number; koppeling: Koppeling }>;
  conflicten: number[];
} {
  const gezien = new Map<string, Koppeling>();
  const uniek: Array<{ regel: number; koppeling: Koppeling }> = [];
  const conflicten: number[] = [];
  for (const { regel, koppeling } of regels) {
    const besluit = koppelBesluit(gezien.get(koppeling.van), koppeling);
    if (besluit === 'ander-bsn') conflicten.push(regel);
    if (besluit !== 'nieuw') continue;
    gezien.set(koppeling.van, koppeling);
    uniek.push({ regel, koppeling });
  }
  return { uniek, conflicten };
}
