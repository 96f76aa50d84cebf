import type { Organisatie } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';

/** The figures of the effectrapportage: the cases' outcomes and timeliness, the outreach rounds, the programmes. */
export type Effectrapportagefiguur = 'effectrapportage' | 'benaderrondes' | 'programmas';

const ONDERWERP: Readonly<Record<Effectrapportagefiguur, string>> = {
  effectrapportage: 'De effectrapportage is',
  benaderrondes: 'De cijfers van de benaderrondes zijn',
  programmas: 'De programmaresultaten zijn',
};

/**
 * Who reads the effectrapportage and its outreach rounds and programmes (issue 15 item 7): an RMC its own region,
 * unsuppressed (its own cases); ops every region, small cells suppressed (platform totals). trajecten's events carry
 * the region only — no school, no woongemeente — so schools, gemeenten, mbo's and partners have none of it here (403).
 */
export function effectrapportageBereik(
  organisatie: Organisatie,
  figuur: Effectrapportagefiguur = 'effectrapportage',
): { rmcRegio: string | null; onderdrukken: boolean } {
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
      throw DomainError.geenToegang(`${figuur}.organisatie`, `${ONDERWERP[figuur]} niet beschikbaar voor ${organisatie.type}`);
  }
}
