import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const KoppelingFout = {
  /** The onderwijsnummer is linked to another BSN already: DUO's data or the file is wrong; a person decides, not us. */
  andereBsn: (regel?: number): DomainError =>
    DomainError.conflict(
      'koppeling.ander-bsn',
      `dit onderwijsnummer is al aan een ander BSN gekoppeld${regel === undefined ? '' : ` (regel ${regel})`}; een onderwijsnummer hoort bij één BSN`,
      regel === undefined ? {} : { regel },
    ),

  /** Both pseudonyms have a dossier for the same schooljaar: two VO schools disagree; merging would drop one. */
  dossiersBotsen: (schooljaren: readonly string[]): DomainError =>
    DomainError.conflict(
      'koppeling.dossiers-botsen',
      `onder het onderwijsnummer én onder het BSN staat een dossier voor ${schooljaren.join(', ')}; los dat eerst op bij de scholen`,
      { schooljaren },
    ),

  /** A CSV file with rows that break a rule: nothing is stored; each issue names the line and column. */
  ongeldigBestand: (issues: readonly DomainIssue[]): DomainError =>
    DomainError.ongeldig('koppeling.bestand-ongeldig', `het koppelbestand heeft ${issues.length} fout(en); er is niets vastgelegd`, issues),

  teVeelRijen: (rijen: number, max: number): DomainError =>
    new DomainError('te-groot', 'koppeling.te-veel-rijen', `het koppelbestand heeft ${rijen} rijen; het maximum is ${max}`, {
      details: { rijen, max },
    }),
};
