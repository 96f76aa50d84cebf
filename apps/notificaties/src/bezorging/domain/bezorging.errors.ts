import { OrganisatieRef } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';

/** The errors of the bezorging capability. */
export const BezorgingErrors = {
  geenWebhook: (organisatie: OrganisatieRef): DomainError =>
    DomainError.nietGevonden('webhook.niet-gevonden', `${organisatie.type} ${organisatie.code} heeft geen webhook`),
};
