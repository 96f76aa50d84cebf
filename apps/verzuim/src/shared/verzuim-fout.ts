/**
 * A broken verzuim rule or input: a stable `code` for callers (problem+json, dead letters, import reports), the
 * `veld` it concerns when there is one, and a Dutch message. Use cases throw it; they never throw HTTP exceptions.
 * Messages name dates and fields, never a person.
 */
export class VerzuimFout extends Error {
  constructor(
    readonly code: VerzuimFoutCode,
    message: string,
    readonly veld?: string,
  ) {
    super(message);
    this.name = 'VerzuimFout';
  }
}

export type VerzuimFoutCode =
  | 'KALENDER_ONGELDIG'
  | 'KALENDER_ONBEKEND'
  | 'LANDELIJK_ADVIES_ONBEKEND'
  | 'GEEN_LESDAG'
  | 'ABSENTIE_ONGELDIG'
  | 'ABSENTIE_DUBBEL'
  | 'INSTELLING_ONGELDIG'
  | 'PERIODE_ONGELDIG'
  | 'OVERGANG_NIET_TOEGESTAAN'
  | 'SLUITREDEN_VEREIST';
