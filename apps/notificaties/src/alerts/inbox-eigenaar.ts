import { ForbiddenException } from '@nestjs/common';
import { Claims } from '@sluitend/auth';
import { ALERT_ORGANISATIE_TYPES, OrganisatieRef } from '@sluitend/contracts';

/** The inbox a user works in: their own organisation's. Ops and partners have none (ops never sees case data). */
export function inboxVan(user: Claims): OrganisatieRef {
  const type = user.org.type as OrganisatieRef['type'];
  if (!ALERT_ORGANISATIE_TYPES.includes(type)) {
    throw new ForbiddenException({ code: 'auth.organisation-type', detail: `alerts zijn voor ${ALERT_ORGANISATIE_TYPES.join(', ')}; token is van ${user.org.type}` });
  }
  return { type, code: user.org.code };
}
