import { OrganisatieRef } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';

/** The errors of the bezorging capability. */
export const BezorgingErrors = {
  alleenHttps: (): DomainError =>
    DomainError.ongeldig('validation.failed', 'een webhook is een https-adres', [
      { field: 'url', rule: 'https', message: 'een webhook-adres begint met https:// (http alleen in demo-modus)' },
    ]),

  adresNietToegestaan: (): DomainError =>
    DomainError.ongeldig('validation.failed', 'een webhook gaat naar een openbaar adres', [
      { field: 'url', rule: 'openbaar-adres', message: 'geen privé-, loopback- of link-local-adres' },
    ]),

  geenWebhook: (organisatie: OrganisatieRef): DomainError =>
    DomainError.nietGevonden('webhook.niet-gevonden', `${organisatie.type} ${organisatie.code} heeft geen webhook`),
};
