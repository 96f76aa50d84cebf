import type { Organisatie } from '@sluitend/auth';
import { DomainError, Gemeente, gemeente, gemeentenInRegio } from '@sluitend/domain-nl';

/** Whose young people a caller counts: the gemeenten (columns, in order), and whether small cells are suppressed. */
export interface JikpBereik {
  readonly gemeenten: readonly Gemeente[];
  readonly onderdrukken: boolean;
}

const ongeldigeRegio = (message: string) =>
  DomainError.ongeldig('jikp.rmc-regio', message, [{ field: 'rmcRegio', rule: 'rmcRegio.bereik', message }]);

/**
 * Scope (issue 15 item 7): JiKP and the kwetsbare positie are counted by woongemeente, so an RMC-regio reads its own
 * gemeenten and a gemeente its residents, unsuppressed; ops reads one region at a time (rmcRegio required), small cells
 * suppressed. A school, a partner or a GGD has no JiKP figures (403): they are the region's and the gemeenten's.
 */
export function jikpBereik(organisatie: Organisatie, rmcRegio: string | undefined): JikpBereik {
  switch (organisatie.type) {
    case 'rmc-regio':
      if (rmcRegio !== undefined && rmcRegio !== organisatie.code) {
        throw DomainError.geenToegang('jikp.andere-regio', 'Een RMC-regio ziet alleen de JiKP-cijfers van haar eigen gemeenten');
      }
      return { gemeenten: gemeentenInRegio(organisatie.code), onderdrukken: false };
    case 'gemeente': {
      const eigen = gemeente(organisatie.code);
      if (eigen === undefined) throw DomainError.geenToegang('jikp.gemeente', 'Onbekende gemeente in het token');
      if (rmcRegio !== undefined && eigen.rmcRegio?.code !== rmcRegio) {
        throw DomainError.geenToegang('jikp.andere-regio', 'Een gemeente ziet alleen de JiKP-cijfers van haar eigen inwoners');
      }
      return { gemeenten: [eigen], onderdrukken: false };
    }
    case 'ops': {
      if (rmcRegio === undefined) throw ongeldigeRegio('Kies een RMC-regio (rmcRegio): JiKP-cijfers gaan per regio en gemeente');
      const gemeenten = gemeentenInRegio(rmcRegio);
      if (gemeenten.length === 0) throw ongeldigeRegio(`RMC-regio ${rmcRegio} heeft geen gemeenten`);
      return { gemeenten, onderdrukken: true };
    }
    case 'vo-school':
    case 'mbo-instelling':
    case 'partner':
    case 'ggd':
      throw DomainError.geenToegang('jikp.organisatie', 'JiKP-cijfers zijn van de RMC-regio en de gemeenten, niet van een school, partner of GGD');
  }
}
