import type { CasusStatus } from '../../casussen/domain/casus-status';
import type { StatusOvergang } from './heraanpak';

/** A case's history lines as the re-approach rules read them: only the lines that set a status, in order. */
export const statusOvergangen = (historie: ReadonlyArray<{ readonly naarStatus: CasusStatus | null; readonly op: Date }>): StatusOvergang[] =>
  historie.flatMap((regel) => (regel.naarStatus === null ? [] : [{ naar: regel.naarStatus, op: regel.op }]));
