import type { Organisatie } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import { ongeldigeSelectie } from './tabellenboek.errors';

/** Whose tabellenboek a caller reads, over which students, and whether it leaves the owner (suppressed). */
export interface TabellenboekBereik {
  readonly brin: string;
  readonly vestiging: string | null;
  /** Only the residents of this RMC-regio (an RMC reads its own residents); null: every student of the school. */
  readonly rmcRegio: string | null;
  /** True when the figures leave the organisation they describe: small cells are suppressed. */
  readonly onderdrukken: boolean;
}

/**
 * Scope (issue 15 item 7): a VO school reads its own tabellenboek (any of its vestigingen), unsuppressed; an RMC reads
 * any school's tabellenboek over the residents of its own region, unsuppressed (its own residents); ops reads any
 * school's, suppressed (platform figures, never inside an organisation). A gemeente, an mbo and a partner have no
 * tabellenboek here (403). An export always leaves the organisation and is suppressed (the HTTP adapter asks so).
 */
export function tabellenboekBereik(organisatie: Organisatie, gevraagd: { brin?: string; vestiging?: string }): TabellenboekBereik {
  const vestiging = gevraagd.vestiging ?? null;
  const metSchool = (brin: string | undefined, rmcRegio: string | null, onderdrukken: boolean): TabellenboekBereik => {
    if (brin === undefined) throw ongeldigeSelectie('brin', 'brin.verplicht', 'Geef de VO-school (brin) waarvan u het tabellenboek wilt zien');
    if (vestiging !== null && !vestiging.startsWith(brin)) {
      throw ongeldigeSelectie('vestiging', 'vestiging.van-school', `Vestiging ${vestiging} hoort niet bij school ${brin}`);
    }
    return { brin, vestiging, rmcRegio, onderdrukken };
  };
  switch (organisatie.type) {
    case 'vo-school':
      if (gevraagd.brin !== undefined && gevraagd.brin !== organisatie.code) {
        throw DomainError.geenToegang('tabellenboek.andere-school', 'Een school ziet alleen haar eigen tabellenboek');
      }
      return metSchool(organisatie.code, null, false);
    case 'rmc-regio':
      return metSchool(gevraagd.brin, organisatie.code, false);
    case 'ops':
      return metSchool(gevraagd.brin, null, true);
    case 'gemeente':
    case 'mbo-instelling':
    case 'ggd':
    case 'partner':
      throw DomainError.geenToegang('tabellenboek.organisatie', `Het tabellenboek is niet beschikbaar voor ${organisatie.type}`);
  }
}

/** Who reads the signals per RMC-regio: an RMC its own region (unsuppressed), ops every region (suppressed). */
export function signalenBereik(organisatie: Organisatie): { rmcRegio: string | null; onderdrukken: boolean } {
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
      throw DomainError.geenToegang('signalen.organisatie', `Signalen per RMC-regio zijn niet beschikbaar voor ${organisatie.type}`);
  }
}
