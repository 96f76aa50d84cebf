import type { Organisatie } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';

/**
 * Whose alerts a caller counts (issue 15 items 6–7): an RMC-regio, a school, an mbo or a gemeente its own inbox
 * (unsuppressed: its own figures); ops every organisation, small cells suppressed (platform totals). A partner has
 * no inbox of alerts (403).
 */
export function alertcijfersBereik(organisatie: Organisatie): { organisatie: { type: string; code: string } | null; onderdrukken: boolean } {
  switch (organisatie.type) {
    case 'rmc-regio':
    case 'vo-school':
    case 'mbo-instelling':
    case 'gemeente':
      return { organisatie: { type: organisatie.type, code: organisatie.code }, onderdrukken: false };
    case 'ops':
      return { organisatie: null, onderdrukken: true };
    case 'ggd':
    case 'partner':
      throw DomainError.geenToegang('alertcijfers.organisatie', `Alertcijfers zijn niet beschikbaar voor ${organisatie.type}`);
  }
}
