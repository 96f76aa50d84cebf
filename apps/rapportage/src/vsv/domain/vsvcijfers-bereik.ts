import type { Organisatie } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';

/** Whose deelnemers a caller counts: one school's (BRIN), one gemeente's residents, one RMC-regio's residents, or all. */
export interface VsvBereik {
  readonly brin: string | null;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
  readonly onderdrukken: boolean;
}

/**
 * Scope (issue 15 item 7): a school (vo or mbo) its own enrolments on 1 October t, a gemeente its residents, an RMC its
 * region's residents — unsuppressed, their own figures; ops the platform's totals, small cells suppressed. A partner
 * or a GGD has none (403). Every dimension is open to every scope: a gemeente sees its residents per school and per level.
 */
export function vsvBereik(organisatie: Organisatie): VsvBereik {
  const geen = { brin: null, woongemeente: null, rmcRegio: null };
  switch (organisatie.type) {
    case 'vo-school':
    case 'mbo-instelling':
      return { ...geen, brin: organisatie.code, onderdrukken: false };
    case 'gemeente':
      return { ...geen, woongemeente: organisatie.code, onderdrukken: false };
    case 'rmc-regio':
      return { ...geen, rmcRegio: organisatie.code, onderdrukken: false };
    case 'ops':
      return { ...geen, onderdrukken: true };
    case 'partner':
    case 'ggd':
      throw DomainError.geenToegang('vsv.organisatie', 'VSV-cijfers zijn niet beschikbaar voor een partner of GGD');
  }
}
