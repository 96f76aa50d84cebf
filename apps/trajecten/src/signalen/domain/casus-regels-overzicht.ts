import { CasusRegel, CasusRegelInvoer, RegioCasusRegels, VASTE_CASUS_REGELS } from './casus-regels';
import { SIGNAAL_SOORTEN, SignaalSoort } from './signaal-soort';

/** Where a region's rule for a kind comes from: the law (`vast`), the region's own choice, or the default. */
export type RegelBron = 'vast' | 'regio' | 'standaard';

export interface CasusRegelsOverzicht {
  readonly rmcRegio: string;
  readonly regels: ReadonlyArray<{ signaalSoort: SignaalSoort; regel: CasusRegel; bron: RegelBron }>;
}

/**
 * The region's complete table as the coordinator sees it: every kind in the order of SIGNAAL_SOORTEN, its rule, and
 * whether it is fixed, the region's own (a stored line that differs from the default) or the default.
 */
export function casusRegelsOverzicht(rmcRegio: string, tabel: RegioCasusRegels, afwijkingen: readonly CasusRegelInvoer[]): CasusRegelsOverzicht {
  const eigen = new Set(afwijkingen.map((regel) => regel.signaalSoort));
  return {
    rmcRegio,
    regels: SIGNAAL_SOORTEN.map((signaalSoort) => ({
      signaalSoort,
      regel: tabel[signaalSoort],
      bron: VASTE_CASUS_REGELS[signaalSoort] !== undefined ? 'vast' : eigen.has(signaalSoort) ? 'regio' : 'standaard',
    })),
  };
}
