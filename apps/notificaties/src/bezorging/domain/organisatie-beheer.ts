import { assertActsFor, Claims } from '@sluitend/auth';
import { OrganisatieRef } from '@sluitend/contracts';

/** Channel settings are an organisation's own: its beheerder (or, for an RMC-regio, its coordinator) sets them. */
export function assertBeheerder(user: Claims, organisatie: OrganisatieRef): void {
  assertActsFor(user, organisatie.type, organisatie.code, organisatie.type === 'rmc-regio' ? ['beheerder', 'rmc-coordinator'] : ['beheerder']);
}

/** Delivery logs and re-enabling a webhook: the organisation's beheerder, or ops (the logs hold no personal data). */
export function assertBeheerderOfOps(user: Claims, organisatie: OrganisatieRef): void {
  if (user.org.type === 'ops') assertActsFor(user, 'ops', 'platform', ['ops']);
  else assertBeheerder(user, organisatie);
}
