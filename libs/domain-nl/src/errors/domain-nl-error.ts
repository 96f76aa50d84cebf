/**
 * Error thrown by the domain-nl library. `code` is a stable string for callers and logs.
 * Messages never contain the offending value: it may be a BSN, which must not reach a log line.
 */
export class DomainNlError extends Error {
  constructor(
    readonly code: DomainNlErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainNlError';
  }
}

export type DomainNlErrorCode =
  | 'ONGELDIG_PERSOONSNUMMER'
  | 'ONGELDIG_BSN'
  | 'SLEUTEL_TE_KORT'
  | 'SLEUTEL_ONGELDIG'
  | 'VERSLEUTELING_ONGELDIG'
  | 'ONGELDIGE_DATUM'
  | 'ONGELDIG_SCHOOLJAAR'
  | 'ONGELDIGE_TIJDZONE'
  | 'PEILDATUM_VOOR_GEBOORTE'
  | 'KLOK_TERUG'
  | 'ONBEKENDE_GEMEENTE'
  | 'DATABESTAND_NIET_GEVONDEN'
  | 'DATABESTAND_ONGELDIG'
  | 'CSV_ONGELDIG';
