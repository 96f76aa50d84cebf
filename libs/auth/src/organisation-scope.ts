import { DomainError } from '@sluitend/domain-nl';
import { Claims, OrganisatieType, Role } from './claims';

/**
 * Throws a geen-toegang DomainError (403) unless the caller acts for the organisation named (type and code) and, when roles are given, holds one
 * of them. Scoping is checked against the data, never against what the caller claims in a request body alone.
 */
export function assertActsFor(user: Claims, type: OrganisatieType, code: string, roles?: readonly Role[]): void {
  if (user.org.type !== type || user.org.code !== code) {
    throw DomainError.geenToegang(
      'auth.organisation-scope',
      `deze actie is alleen toegestaan voor ${type} ${code}; token is van ${user.org.type} ${user.org.code}`,
    );
  }
  if (roles && !roles.some((role) => user.roles.includes(role))) {
    throw DomainError.geenToegang('auth.role-missing', `vereist een van de rollen: ${roles.join(', ')}`);
  }
}

export function assertOrgType(user: Claims, types: readonly OrganisatieType[]): void {
  if (!types.includes(user.org.type)) {
    throw DomainError.geenToegang('auth.organisation-type', `alleen voor ${types.join(', ')}; token is van ${user.org.type}`);
  }
}
