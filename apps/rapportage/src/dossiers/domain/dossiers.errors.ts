import { DomainError } from '@sluitend/domain-nl';
import type { OrganisatieType } from '@sluitend/auth';

/** The organisation type has no scope over dossier counts (an mbo, a partner): 403 over HTTP. */
export class TellingenNietVoorOrganisatie extends DomainError {
  constructor(type: OrganisatieType) {
    super('geen-toegang', 'auth.organisation-type', `dossiertellingen zijn niet voor ${type}`);
  }
}
