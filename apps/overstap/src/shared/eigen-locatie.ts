import { Claims } from '@sluitend/auth';
import { brinVanVestiging, DomainError } from '@sluitend/domain-nl';

/** An mbo reports only for its own locations: the vestiging must belong to the token's BRIN. */
export function assertEigenLocatie(actor: Claims, locatie: string, field = 'locatie'): void {
  if (brinVanVestiging(locatie) === actor.org.code) return;
  throw DomainError.ongeldig('validation.failed', 'De locatie hoort niet bij de instelling van het token', [
    { field, rule: 'locatie.eigen-instelling', message: `locatie moet een vestiging van ${actor.org.code} zijn` },
  ]);
}
