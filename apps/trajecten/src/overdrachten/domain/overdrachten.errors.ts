import { DomainError, DomainIssue } from '@sluitend/domain-nl';

/** Casusregie: exactly one casusregisseur per open case, a klantmanager for complex cases. */
export const regieOngeldig = (
  code: 'regie.geen-regisseur' | 'regie.meerdere-regisseurs' | 'regie.gebruiker-vereist' | 'regie.klantmanager-vereist',
  message: string,
): DomainError => DomainError.conflict(code, message);

export const overdrachtOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('overdracht.ongeldig', 'De overdracht is onvolledig', issues);

export const overdrachtConflict = (
  code: 'overdracht.overgang-niet-toegestaan' | 'overdracht.casus-gesloten' | 'overdracht.loopt-al' | 'overdracht.niet-houder',
  message: string,
  details?: Record<string, unknown>,
): DomainError => DomainError.conflict(code, message, details);

export const nietBetrokken = (message: string): DomainError => DomainError.geenToegang('overdracht.niet-betrokken', message);

export const acceptatieTermijnOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('overdracht.termijn-ongeldig', 'De acceptatietermijn is ongeldig', issues);

/** The handover is not one of this case's (404). */
export const overdrachtNietGevonden = (): DomainError =>
  DomainError.nietGevonden('overdracht.niet-gevonden', 'Overdracht niet gevonden bij deze casus');
