import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const LeerlingFout = {
  /** The same student twice in one request. */
  dubbel: (issues: DomainIssue[]): DomainError =>
    DomainError.ongeldig('leerling.dubbel', 'Dezelfde leerling staat meer dan eens in het verzoek', issues),

  /** Students the school has not registered. */
  onbekend: (issues: DomainIssue[]): DomainError =>
    DomainError.ongeldig('leerling.onbekend', 'De school heeft deze leerling niet geregistreerd', issues),
};
