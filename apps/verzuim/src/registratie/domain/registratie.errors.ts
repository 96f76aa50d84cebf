import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const AbsentieFout = {
  /** Records that break a rule, each by index, field and rule; nothing was stored. */
  ongeldig: (issues: DomainIssue[]): DomainError =>
    DomainError.ongeldig('absentie.ongeldig', 'Absenties voldoen niet aan de regels; er is niets opgeslagen', issues),

  /** The school has no calendar: lesweken cannot be counted without one (never a guess). */
  geenKalender: (): DomainError =>
    DomainError.ongeldig('kalender.ontbreekt', 'De school heeft nog geen schoolkalender; zet die eerst (PUT /kalenders/:schooljaar)', [
      { field: 'datum', rule: 'kalender.ontbreekt', message: 'geen schoolkalender' },
    ]),

  /** No import job of this school with this id. */
  importOnbekend: (): DomainError =>
    new DomainError('niet-gevonden', 'absentie-import.onbekend', 'Deze import bestaat niet (of is niet van deze school)'),
};
