import { DomainError } from '@sluitend/domain-nl';

export const VerlofFout = {
  /** The school has not registered this student. */
  leerlingOnbekend: (): DomainError =>
    DomainError.ongeldig('verlof.leerling-onbekend', 'De school heeft deze leerling niet geregistreerd', [
      { field: 'persoonsnummer', rule: 'leerling.geregistreerd', message: 'de school heeft deze leerling niet geregistreerd' },
    ]),

  /** Lesdagen are counted on the school's calendar: without one, no request can be weighed. */
  geenKalender: (): DomainError =>
    DomainError.ongeldig('verlof.geen-kalender', 'De school heeft nog geen schoolkalender', [
      { field: 'van', rule: 'kalender.onbekend', message: 'zet eerst de schoolkalender van dit schooljaar' },
    ]),

  /** No such request — or not one of the caller's (the school's own; the leerplicht's residents it decides on). */
  nietGevonden: (id: string): DomainError => DomainError.nietGevonden('verlof.niet-gevonden', `geen verlofaanvraag ${id}`),

  /** Decided already (or a notice that needs no decision). */
  alBesloten: (status: string): DomainError => DomainError.conflict('verlof.al-besloten', `Over deze verlofaanvraag is al beslist (${status})`),

  /** A legal bar stands in the way: it can only be refused. */
  nietToewijsbaar: (bezwaren: readonly string[]): DomainError =>
    DomainError.conflict('verlof.niet-toewijsbaar', `Deze aanvraag kan niet worden verleend: ${bezwaren.join(', ')}`, { bezwaren }),

  /** Beyond 10 school days the leerplichtambtenaar decides; up to 10 the head of the school. */
  andereBeslisser: (beslisser: string): DomainError =>
    DomainError.geenToegang(
      'verlof.beslisser',
      beslisser === 'leerplichtambtenaar'
        ? 'Verlof van meer dan 10 schooldagen beslist de leerplichtambtenaar van de woongemeente'
        : 'Verlof tot en met 10 schooldagen beslist de directeur van de school',
    ),
};
