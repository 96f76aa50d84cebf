import { GemeentenRegister, buildGemeentenRegister } from './gemeenten-register';
import { GEMEENTE_ALIASSEN_CSV, GEMEENTEN_RMC_CSV } from './gemeenten-data.generated';

export const GEMEENTEN_BESTAND = 'gemeenten-rmc.csv';
export const ALIASSEN_BESTAND = 'gemeente-aliassen.csv';

let register: GemeentenRegister | undefined;

/**
 * The register of the shipped data files (`data/gemeenten-rmc.csv`, `data/gemeente-aliassen.csv`), built once on
 * first use. The files are compiled in (`gemeenten-data.generated.ts`), so this works in a browser as well.
 */
export function gemeentenRegister(): GemeentenRegister {
  register ??= buildGemeentenRegister(GEMEENTEN_RMC_CSV, GEMEENTE_ALIASSEN_CSV);
  return register;
}
