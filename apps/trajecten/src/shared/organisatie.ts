import type { Organisatie } from '@sluitend/auth';

/** An organisation as a token's `org` names it: type and code (`rmc-regio` `MC03`, `partner` `werkplein-drentsche-aa`). */
export type OrganisatieRef = Pick<Organisatie, 'type' | 'code'>;

export const zelfdeOrganisatie = (a: OrganisatieRef, b: OrganisatieRef): boolean => a.type === b.type && a.code === b.code;

/** The RMC of a region as an organisation. */
export const rmcVanRegio = (rmcRegio: string): OrganisatieRef => ({ type: 'rmc-regio', code: rmcRegio });
