import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const caseloadOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('caseload.ongeldig', 'De caseloadnorm of de formatie is ongeldig', issues);
