import { DomainError } from '@sluitend/domain-nl';

export const MeldingFout = {
  /** Nobody has a duty for the student on the melding's end (under 5, 23 or older, or a startkwalificatie after leerplicht). */
  geenOntvanger: (einddatum: string): DomainError =>
    DomainError.ongeldig('melding.geen-ontvanger', `Op ${einddatum} heeft geen leerplichtambtenaar of RMC een taak voor deze leerling`, [
      { field: 'einddatum', rule: 'melding.geen-ontvanger', message: 'geen leerplicht, kwalificatieplicht of RMC-doelgroep op de einddatum' },
    ]),

  /** No such melding — or not one of the caller's (a school's own, a behandelaar's residents or region). */
  nietGevonden: (id: string): DomainError => DomainError.nietGevonden('melding.niet-gevonden', `geen verzuimmelding ${id}`),

  /** A step the lifecycle does not allow from the current status for this role; `toegestaan` names what is. */
  overgangNietToegestaan: (message: string, toegestaan: readonly string[]): DomainError =>
    DomainError.conflict('melding.overgang-niet-toegestaan', message, { toegestaan }),

  /** The MAS is the behandelaar's, while the melding is in behandeling. */
  masNietNu: (status: string): DomainError =>
    DomainError.conflict('melding.mas-niet-nu', `MAS-stappen horen bij een melding in behandeling (nu: ${status})`),

  masAlleenBehandelaar: (): DomainError =>
    DomainError.geenToegang('melding.mas-behandelaar', 'MAS-fasen en routes zet de leerplichtambtenaar of de RMC die de melding behandelt'),
};
