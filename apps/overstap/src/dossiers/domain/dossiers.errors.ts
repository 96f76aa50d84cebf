import { DomainError, DomainIssue } from '@sluitend/domain-nl';

/**
 * The errors of the dossiers capability. A row-level issue carries `row`: the dossier's position in the submission
 * (bulk: `dossiers[row]`, CSV import: the row's line), its `field` the path inside one dossier (`school.vestiging`).
 */
export const DossierFout = {
  /** No transfer request with this id in the caller's reach (a school that does not hold the student finds nothing). */
  overdrachtNietGevonden: (): DomainError =>
    DomainError.nietGevonden('overdracht.niet-gevonden', 'geen overdrachtverzoek met dit id voor deze organisatie'),

  /** The request was decided already: released, refused or overridden. */
  overdrachtAlBesloten: (status: string): DomainError =>
    DomainError.conflict('overdracht.al-besloten', `over dit overdrachtverzoek is al besloten (${status})`, { status }),

  /** The same student twice in one submission: which one is right? */
  dubbeleLeerling: (dubbel: ReadonlyArray<{ row: number; eerste: number }>): DomainError =>
    DomainError.ongeldig(
      'validation.failed',
      'Een leerling staat meer dan eens in het verzoek',
      dubbel.map(({ row, eerste }) => ({
        field: 'leerling.persoonsnummer',
        rule: 'uniek',
        message: `dezelfde leerling staat ook op rij ${eerste}`,
        row,
      })),
    ),

  nietGevonden: (dossierId: string, organisatie: string): DomainError =>
    DomainError.nietGevonden('dossier.niet-gevonden', `geen dossier ${dossierId} voor ${organisatie}`),

  importNietGevonden: (): DomainError => DomainError.nietGevonden('import.niet-gevonden', 'geen import met dit id voor deze school'),

  importWachtrijVol: (): DomainError =>
    new DomainError('tijdelijk', 'import.wachtrij-vol', 'er lopen al te veel imports; probeer het over een paar minuten opnieuw'),

  /** The uploads held for import jobs would exceed IMPORT_WACHTRIJ_MAX_BYTES with this file: 413, nothing stored. */
  importWachtrijTeGroot: (): DomainError =>
    new DomainError(
      'te-groot',
      'import.wachtrij-te-groot',
      'de imports die nu wachten of lopen zijn samen te groot om dit bestand erbij te nemen; probeer het later opnieuw of splits het bestand',
    ),

  /** The file as a whole cannot be read (syntax, header, row count): the upload is refused, no job starts. */
  bestandOngeldig: (code: string, message: string, issues: readonly DomainIssue[]): DomainError => DomainError.ongeldig(code, message, issues),

  /** More rows than one import takes (413, as for a body over the byte limit): the upload is refused, no job starts. */
  bestandTeGroot: (code: string, message: string): DomainError => new DomainError('te-groot', code, message),

  /** Rows of another school in the upload (their lines as `row`): nothing is stored, no job starts. */
  bestandVanAndereSchool: (brin: string, regels: readonly number[], getoond: number): DomainError =>
    new DomainError(
      'geen-toegang',
      'auth.organisation-scope',
      `${regels.length} rij(en) horen bij een andere school dan ${brin}; er is niets opgeslagen`,
      {
        issues: regels
          .slice(0, getoond)
          .map((row) => ({ field: 'school.brin', rule: 'auth.organisation-scope', message: `regel ${row}: BRIN is niet die van ${brin}`, row })),
      },
    ),
};
