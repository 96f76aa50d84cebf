import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const programmaOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('programma.ongeldig', 'Het programma of de deelname is ongeldig', issues);

export const deelnameConflict = (
  code:
    | 'programma.casus-gesloten'
    | 'programma.andere-regio'
    | 'programma.niet-lopend'
    | 'programma.al-deelnemer'
    | 'programma.vol'
    | 'programma.al-afgemeld'
    | 'programma.al-beeindigd',
  message: string,
  details?: Record<string, unknown>,
): DomainError => DomainError.conflict(code, message, details);

export const programmaNietGevonden = (): DomainError =>
  DomainError.nietGevonden('programma.niet-gevonden', 'Dit programma bestaat niet in deze regio');

export const programmaGeenToegang = (rmcRegio: string, wat: string): DomainError =>
  DomainError.geenToegang('programma.geen-toegang', `U mag de programma's van ${rmcRegio} niet ${wat}`, { rmcRegio });

export const deelnameNietGevonden = (): DomainError =>
  DomainError.nietGevonden('programma.geen-deelname', 'Deze casus doet niet (meer) mee aan dit programma');
