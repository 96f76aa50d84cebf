import type { Organisatie } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';

/** Which meldingen a caller counts: one school's (BRIN), one gemeente's residents, one RMC-regio's residents, or all. */
export interface VerzuimcijfersBereik {
  readonly brin: string | null;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
  readonly onderdrukken: boolean;
}

/**
 * Scope (issue 15 item 7): a school (vo or mbo) its own meldingen, a gemeente its residents', an RMC its region's
 * residents' — unsuppressed, their own figures; ops all, small cells suppressed. A partner has none (403).
 */
export function verzuimcijfersBereik(organisatie: Organisatie): VerzuimcijfersBereik {
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
    case 'ggd':
    case 'partner':
      throw DomainError.geenToegang('verzuimcijfers.organisatie', `Verzuimcijfers zijn niet beschikbaar voor ${organisatie.type}`);
  }
}
