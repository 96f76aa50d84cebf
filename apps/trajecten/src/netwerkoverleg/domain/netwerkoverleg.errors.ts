import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const adviesOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('netwerkoverleg.advies-ongeldig', 'Het advies van het netwerkoverleg is onvolledig', issues);

export const nietGeagendeerd = (status: string): DomainError =>
  DomainError.conflict(
    'netwerkoverleg.niet-geagendeerd',
    `Alleen een casus op de lijst van het netwerkoverleg krijgt een advies (status nu: ${status})`,
    { status },
  );

export const instellingenOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('netwerkoverleg.instellingen-ongeldig', 'De instellingen van het netwerkoverleg zijn ongeldig', issues);
