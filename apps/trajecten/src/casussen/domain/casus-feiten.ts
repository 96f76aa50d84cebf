import type { Claims } from '@sluitend/auth';
import { CasusStatus } from './casus-status';
import { casusNietGevonden } from './casussen.errors';

/** What a case use case does with it: read, or change (a step, a regisseur, a contact attempt). */
export type RegioHandeling = 'lezen' | 'wijzigen';

/** The roles of a region's staff that work cases (toegang/domain/toegangsregels.ts, its `eigen-regio` row). */
export const REGIO_CASUS_ROLLEN = ['trajectbegeleider', 'rmc-coordinator'] as const;

/**
 * Access to a case while the region's RMC holds every case (warm handovers are not served yet): the staff of the
 * case's own region with a case role read and change it; anyone else (another region, a partner, a region user
 * without a case role) does not learn it exists (`casus.niet-gevonden`, 404). The same answers as toegang's
 * `eisCasusToegang` with no handovers — `src/contracten.spec.ts` compares them — kept here because casussen sits
 * below toegang in the import order (toegang's spec imports overdrachten, which imports casussen).
 */
export function eisRegioToegang(
  actor: Pick<Claims, 'org' | 'roles'>,
  casus: { readonly rmcRegio: string; readonly status: CasusStatus },
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- both handlings follow the same row today; the parameter keeps the call sites honest
  handeling: RegioHandeling,
): void {
  const eigenRegio = actor.org.type === 'rmc-regio' && actor.org.code === casus.rmcRegio;
  if (!eigenRegio || !REGIO_CASUS_ROLLEN.some((rol) => actor.roles.includes(rol))) throw casusNietGevonden();
}
