import { DomainError } from '@sluitend/domain-nl';

export const benaderrondeNietGevonden = (): DomainError =>
  DomainError.nietGevonden('benaderronde.niet-gevonden', 'Deze benaderronde bestaat niet in deze regio');

export const rondeDeelnemerNietGevonden = (): DomainError =>
  DomainError.nietGevonden('benaderronde.geen-deelnemer', 'Deze casus staat niet in deze benaderronde');

export const benaderrondeGeenToegang = (rmcRegio: string, wat: string): DomainError =>
  DomainError.geenToegang('benaderronde.geen-toegang', `U mag de benaderrondes van ${rmcRegio} niet ${wat}`, { rmcRegio });

export const benaderrondeConflict = (
  code: 'benaderronde.afgesloten' | 'benaderronde.lege-lijst' | 'benaderronde.andere-regio',
  message: string,
  details?: Record<string, unknown>,
): DomainError => DomainError.conflict(code, message, details);
