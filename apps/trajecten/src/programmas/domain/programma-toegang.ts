import type { Claims, Role } from '@sluitend/auth';
import { programmaGeenToegang } from './programmas.errors';

/** What a caller does with a region's programmes: read them, let cases join and leave, or run them (start, end). */
export type ProgrammaHandeling = 'lezen' | 'deelname' | 'beheer';

/** Who may, within the region's own RMC (libs/auth's table lets only rmc-regio staff reach the routes). */
export const PROGRAMMA_ROLLEN: Readonly<Record<ProgrammaHandeling, readonly Role[]>> = {
  lezen: ['trajectbegeleider', 'rmc-coordinator'],
  deelname: ['trajectbegeleider', 'rmc-coordinator'],
  beheer: ['rmc-coordinator'],
};

const WAT: Readonly<Record<ProgrammaHandeling, string>> = { lezen: 'inzien', deelname: 'aan- of afmelden', beheer: 'beheren' };

/** The region's own RMC staff in a role for the handling; anyone else `programma.geen-toegang` (403). */
export function eisProgrammaToegang(actor: Pick<Claims, 'org' | 'roles'>, rmcRegio: string, handeling: ProgrammaHandeling): void {
  const eigenRegio = actor.org.type === 'rmc-regio' && actor.org.code === rmcRegio;
  if (!eigenRegio || !PROGRAMMA_ROLLEN[handeling].some((rol) => actor.roles.includes(rol))) throw programmaGeenToegang(rmcRegio, WAT[handeling]);
}
