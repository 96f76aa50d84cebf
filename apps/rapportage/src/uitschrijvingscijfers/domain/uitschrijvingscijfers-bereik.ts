import type { Organisatie } from '@sluitend/auth';
import { DomainError, gemeente } from '@sluitend/domain-nl';

/** Whose inschrijvingen a caller counts, whether they leave the organisation, and the region it compares with by default. */
export interface UitschrijvingBereik {
  readonly brin: string | null;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
  /** ops: the platform's totals, small cells suppressed. */
  readonly onderdrukken: boolean;
  /** The comparison row without `rmcRegio`: the caller's own region, the region most of its students live in, or none. */
  readonly standaardRegio: { readonly keuze: 'eigen-regio'; readonly code: string } | { readonly keuze: 'meeste-studenten' } | null;
}

/**
 * Scope (issue 15 items 2 and 7): an mbo institution its own inschrijvingen (every student, wherever they live), an RMC
 * the inschrijvingen of its region's residents at any institution, a gemeente its residents' — unsuppressed, their
 * own figures; ops all of them, small cells suppressed. Each may compare with any region (`rmcRegio`); that row counts
 * other organisations' students and is always suppressed (`publiceerRegiorij`). A VO school, a partner or a GGD has
 * none (403): the figures are the mbo's and the region's — a VO school's view of its former students is another figure.
 */
export function uitschrijvingBereik(organisatie: Organisatie): UitschrijvingBereik {
  const geen = { brin: null, woongemeente: null, rmcRegio: null, onderdrukken: false };
  switch (organisatie.type) {
    case 'mbo-instelling':
      return { ...geen, brin: organisatie.code, standaardRegio: { keuze: 'meeste-studenten' } };
    case 'rmc-regio':
      return { ...geen, rmcRegio: organisatie.code, standaardRegio: { keuze: 'eigen-regio', code: organisatie.code } };
    case 'gemeente': {
      const regio = gemeente(organisatie.code)?.rmcRegio;
      return { ...geen, woongemeente: organisatie.code, standaardRegio: regio === undefined ? null : { keuze: 'eigen-regio', code: regio.code } };
    }
    case 'ops':
      return { ...geen, onderdrukken: true, standaardRegio: null };
    case 'vo-school':
    case 'partner':
    case 'ggd':
      throw DomainError.geenToegang(
        'uitschrijvingen.organisatie',
        'Uitschrijvingscijfers zijn van de mbo-instellingen, de RMC-regio en de gemeenten, niet van een VO-school, partner of GGD',
      );
  }
}
