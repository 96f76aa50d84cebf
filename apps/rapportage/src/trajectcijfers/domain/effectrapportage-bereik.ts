import type { Organisatie } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';

/**
 * Who reads the effectrapportage (issue 15 item 7): an RMC its own region, unsuppressed (its own cases); ops every
 * region, small cells suppressed (platform totals). trajecten's events carry the region only — no school, no
 * woongemeente — so schools, gemeenten, mbo's and partners have no effectrapportage here (403).
 */
export function effectrapportageBereik(organisatie: Organisatie): { rmcRegio: string | null; onderdrukken: boolean } {
  switch (organisatie.type) {
    case 'rmc-regio':
      return { rmcRegio: organisatie.code, onderdrukken: false };
    case 'ops':
      return { rmcRegio: null, onderdrukken: true };
    case 'vo-school':
    case 'gemeente':
    case 'mbo-instelling':
    case 'ggd':
    case 'partner':
      throw DomainError.geenToegang('effectrapportage.organisatie', `De effectrapportage is niet beschikbaar voor ${organisatie.type}`);
  }
}
