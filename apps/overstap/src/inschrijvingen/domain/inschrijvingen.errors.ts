import { DomainError } from '@sluitend/domain-nl';

export const InschrijvingFout = {
  /** Another institution's inschrijving does not exist for the caller. */
  nietGevonden: (inschrijvingId: string, mboBrin: string): DomainError =>
    DomainError.nietGevonden('inschrijving.niet-gevonden', `geen inschrijving ${inschrijvingId} bij ${mboBrin}`),

  /** The inschrijving already ended (uitgeschreven or geswitcht): it cannot end again. */
  beeindigd: (inschrijving: { id: string; status: string; uitgeschrevenPer: string | null }): DomainError =>
    DomainError.conflict(
      'inschrijving.beeindigd',
      `inschrijving ${inschrijving.id} is al ${inschrijving.status} per ${inschrijving.uitgeschrevenPer}`,
    ),

  uitschrijvingInDeToekomst: (): DomainError =>
    DomainError.ongeldig('validation.failed', 'een uitschrijving wordt gemeld als ze is ingegaan', [
      { field: 'uitgeschrevenPer', rule: 'niet-in-de-toekomst', message: 'uitgeschrevenPer ligt na vandaag' },
    ]),

  uitschrijvingVoorInschrijving: (ingeschrevenPer: string): DomainError =>
    DomainError.ongeldig('validation.failed', 'uitgeschreven vóór de inschrijving begon', [
      { field: 'uitgeschrevenPer', rule: 'na-inschrijving', message: `op of na ${ingeschrevenPer}` },
    ]),
};
