import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const screeningOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('screening.ongeldig', 'De screening is onvolledig of ongeldig', issues);
