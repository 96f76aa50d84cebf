import { readFileSync } from 'node:fs';
import { GemeentenRegister, buildGemeentenRegister } from './gemeenten-register';
import { resolveDataFile } from './data-file';

export const GEMEENTEN_BESTAND = 'gemeenten-rmc.csv';
export const ALIASSEN_BESTAND = 'gemeente-aliassen.csv';

let register: GemeentenRegister | undefined;

/** The register from the shipped data files, read once on first use. */
export function gemeentenRegister(): GemeentenRegister {
  register ??= buildGemeentenRegister(
    readFileSync(resolveDataFile(GEMEENTEN_BESTAND), 'utf8'),
    readFileSync(resolveDataFile(ALIASSEN_BESTAND), 'utf8'),
  );
  return register;
}
