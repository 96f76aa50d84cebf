import type { DomainErrorKind } from '@sluitend/domain-nl';

/** The one mapping of a domain error's kind to an HTTP status. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorKind, number> = {
  ongeldig: 400,
  'niet-gevonden': 404,
  'geen-toegang': 403,
  conflict: 409,
  verouderd: 412,
  'versie-vereist': 428,
  'te-groot': 413,
  tijdelijk: 503,
};
