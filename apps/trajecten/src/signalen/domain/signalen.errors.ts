import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const casusRegelsOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('casusregels.ongeldig', 'De regeltabel van de regio is ongeldig', issues);
