import { ALERT_ORGANISATIE_TYPES, OrganisatieRef } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { AlertActie } from './alert-overgang';

/** The errors of the alerts capability, each with its stable code. */
export const AlertErrors = {
  /** Also for another organisation's alert: its existence is not revealed. */
  nietGevonden: (id: string, inbox: OrganisatieRef): DomainError =>
    DomainError.nietGevonden('alert.niet-gevonden', `geen alert ${id} in de inbox van ${inbox.type} ${inbox.code}`),

  overgangNietToegestaan: (status: string, actie: AlertActie, toegestaan: readonly AlertActie[]): DomainError =>
    DomainError.conflict(
      'alert.overgang-niet-toegestaan',
      `alert is ${status}; ${actie} kan niet. Toegestaan: ${toegestaan.length ? toegestaan.join(', ') : 'niets (afgehandeld is definitief)'}`,
      { toegestaan },
    ),

  /** The assignee is neither the caller nor a user known in the caller's organisation (nothing said about who exists). */
  onbekendeMedewerker: (): DomainError =>
    DomainError.ongeldig('validation.failed', 'toegewezenAan is geen bekende medewerker van deze organisatie', [
      {
        field: 'toegewezenAan.sub',
        rule: 'medewerker-van-organisatie',
        message: 'een alert gaat naar uzelf of naar een medewerker die met een account van deze organisatie in de inbox heeft gewerkt',
      },
    ]),

  /** Ops and partners have no inbox (ops never sees case data). */
  geenInbox: (type: string): DomainError =>
    DomainError.geenToegang('auth.organisation-type', `alerts zijn voor ${ALERT_ORGANISATIE_TYPES.join(', ')}; token is van ${type}`),
};
