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
    | 'programma.al-afgemeld',
  message: string,
  details?: Record<string, unknown>,
): DomainError => DomainError.conflict(code, message, details);
