import { DomainError, DomainIssue } from '@sluitend/domain-nl';

/** The errors of the uitkomsten rules (outcome of a case, nazorg settings). */
export const uitkomstOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('uitkomst.ongeldig', 'De uitkomst voldoet niet aan de categorieën van de effectrapportage', issues);

export const nazorgInstellingenOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('nazorg.instellingen-ongeldig', 'De nazorgtermijn is ongeldig', issues);

export const nazorgcontroleConflict = (code: 'nazorg.niet-aan-de-beurt' | 'nazorg.al-vastgelegd', message: string): DomainError =>
  DomainError.conflict(code, message);
