import { DomainError, DomainIssue } from '@sluitend/domain-nl';

/** The file as a whole cannot be used (its header); nothing is imported. Issues on line 1, per column. */
export const kolommenOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('duo-lijst.kolommen', 'De kopregel van de lijst klopt niet', issues);

export const lijstLeeg = (): DomainError =>
  DomainError.ongeldig('duo-lijst.leeg', 'De lijst heeft geen rijen', [
    { field: '(bestand)', rule: 'lijst.leeg', message: 'verwacht een kopregel en minstens één rij' },
  ]);

export const lijstTeGroot = (maximum: number): DomainError =>
  new DomainError('te-groot', 'duo-lijst.te-groot', `Een lijst heeft hoogstens ${maximum} rijen; splits hem op`, { details: { maximum } });

export const lijstNietGevonden = (): DomainError => DomainError.nietGevonden('duo-lijst.niet-gevonden', 'Deze DUO-lijst bestaat niet in uw regio');
