import type { Claims, Role } from '@sluitend/auth';
import { benaderrondeGeenToegang } from './benaderrondes.errors';

/** What a caller does with a region's outreach rounds: read them, or run them (start, record results, close). */
export type BenaderrondeHandeling = 'lezen' | 'uitvoeren';

/** The region's own RMC staff (libs/auth's table lets only rmc-regio staff reach the routes). */
export const BENADERRONDE_ROLLEN: Readonly<Record<BenaderrondeHandeling, readonly Role[]>> = {
  lezen: ['trajectbegeleider', 'rmc-coordinator'],
  uitvoeren: ['trajectbegeleider', 'rmc-coordinator'],
};

const WAT: Readonly<Record<BenaderrondeHandeling, string>> = { lezen: 'inzien', uitvoeren: 'uitvoeren' };

/** The region's own RMC staff in a role for the handling; anyone else `benaderronde.geen-toegang` (403). */
export function eisBenaderrondeToegang(actor: Pick<Claims, 'org' | 'roles'>, rmcRegio: string, handeling: BenaderrondeHandeling): void {
  const eigenRegio = actor.org.type === 'rmc-regio' && actor.org.code === rmcRegio;
  if (!eigenRegio || !BENADERRONDE_ROLLEN[handeling].some((rol) => actor.roles.includes(rol)))
    throw benaderrondeGeenToegang(rmcRegio, WAT[handeling]);
}
