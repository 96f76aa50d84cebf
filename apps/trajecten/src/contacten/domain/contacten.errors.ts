import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const contactpogingOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('contactpoging.ongeldig', 'De contactpoging is ongeldig', issues);

export const benaderrondeOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('benaderronde.ongeldig', 'De benaderronde bevat ongeldige deelnemers', issues);

export const heraanpakInstellingenOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('heraanpak.instellingen-ongeldig', 'De termijnen voor opnieuw benaderen zijn ongeldig', issues);
