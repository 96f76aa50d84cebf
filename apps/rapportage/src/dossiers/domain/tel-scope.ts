import type { Organisatie } from '@sluitend/auth';
import { TellingenNietVoorOrganisatie } from './dossiers.errors';

/** Which projected dossiers an organisation may count. */
export type TelScope =
  { soort: 'alles' } | { soort: 'school'; brin: string } | { soort: 'rmc-regio'; rmcRegio: string } | { soort: 'gemeente'; woongemeente: string };

/**
 * A VO school counts its own dossiers (all its vestigingen), an RMC-regio the residents of its region, a gemeente its
 * own residents, ops everything (counts only, no personal data). An mbo or a partner has no scope here.
 */
export function telScope(organisatie: Organisatie): TelScope {
  switch (organisatie.type) {
    case 'vo-school':
      return { soort: 'school', brin: organisatie.code };
    case 'rmc-regio':
      return { soort: 'rmc-regio', rmcRegio: organisatie.code };
    case 'gemeente':
      return { soort: 'gemeente', woongemeente: organisatie.code };
    case 'ops':
      return { soort: 'alles' };
    case 'mbo-instelling':
    case 'ggd':
    case 'partner':
      throw new TellingenNietVoorOrganisatie(organisatie.type);
  }
}
