import { DomainError } from '@sluitend/domain-nl';

/** The case does not exist for this caller: it may not even know the case is there (404, not 403). */
export const casusNietGevonden = (): DomainError => DomainError.nietGevonden('casus.niet-gevonden', 'Casus niet gevonden');

const WAT: Readonly<Record<string, string>> = { lezen: 'inzien', wijzigen: 'wijzigen', 'overdracht-beoordelen': 'als overdracht beoordelen' };

export const casusGeenToegang = (handeling: string): DomainError =>
  DomainError.geenToegang('casus.geen-toegang', `U mag deze casus niet ${WAT[handeling] ?? handeling}`, { handeling });

export const regioGeenToegang = (rmcRegio: string): DomainError =>
  DomainError.geenToegang('regio.geen-toegang', `Alleen de RMC-coördinator van ${rmcRegio} beheert de instellingen van de regio`, { rmcRegio });
