import { Claims } from '@sluitend/auth';
import { ALERT_ORGANISATIE_TYPES, OrganisatieRef } from '@sluitend/contracts';
import { AlertErrors } from './alerts.errors';

const heeftInbox = (type: string): type is OrganisatieRef['type'] => (ALERT_ORGANISATIE_TYPES as readonly string[]).includes(type);

/** The inbox a user works in: their own organisation's. Ops and partners have none (ops never sees case data). */
export function inboxVan(actor: Claims): OrganisatieRef {
  const type = actor.org.type;
  if (!heeftInbox(type)) throw AlertErrors.geenInbox(type);
  return { type, code: actor.org.code };
}
