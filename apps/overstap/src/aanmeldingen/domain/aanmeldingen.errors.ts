import type { AanmeldingStatus } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';

export const AanmeldingFout = {
  /** Another institution's aanmelding does not exist for the caller. */
  nietGevonden: (aanmeldingId: string, mboBrin: string): DomainError =>
    DomainError.nietGevonden('aanmelding.niet-gevonden', `geen aanmelding ${aanmeldingId} bij ${mboBrin}`),

  /** A transition the status table does not allow; names the allowed ones. */
  overgangNietToegestaan: (van: AanmeldingStatus, naar: AanmeldingStatus, toegestaan: readonly AanmeldingStatus[]): DomainError =>
    DomainError.conflict(
      'aanmelding.overgang-niet-toegestaan',
      `van ${van} naar ${naar} mag niet; toegestaan: ${toegestaan.length ? toegestaan.join(', ') : 'geen (eindstatus)'}`,
      { toegestaan },
    ),

  aangemeldOpInDeToekomst: (): DomainError =>
    DomainError.ongeldig('validation.failed', 'aangemeldOp ligt in de toekomst', [
      { field: 'aangemeldOp', rule: 'niet-in-de-toekomst', message: 'een aanmelding kan niet later dan nu zijn gedaan' },
    ]),

  aangemeldOpTeVerTerug: (maxDagen: number): DomainError =>
    DomainError.ongeldig('validation.failed', `aangemeldOp ligt meer dan ${maxDagen} dagen terug`, [
      {
        field: 'aangemeldOp',
        rule: 'max-terugdateren',
        message: `een aanmelding mag hoogstens ${maxDagen} dagen worden teruggedateerd; het werkelijke registratiemoment wordt apart bewaard`,
      },
    ]),

  nietVoorOrganisatie: (type: string): DomainError => DomainError.geenToegang('auth.organisation-type', `aanmeldingen zijn niet voor ${type}`),
};
