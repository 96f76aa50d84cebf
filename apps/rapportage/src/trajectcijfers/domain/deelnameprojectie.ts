import type { ParsedEvent } from '@sluitend/contracts';
import type { Programmadeelname } from './programmaresultaten';

export const DEELNAME_GEBEURTENISTYPEN = ['trajecten.programma.deelname-gestart', 'trajecten.programma.deelname-beeindigd'] as const;
export type DeelnameGebeurtenis = ParsedEvent<(typeof DEELNAME_GEBEURTENISTYPEN)[number]>;

/**
 * A participation as the projection stores it, keyed by programme, case and day of joining (a case may join a
 * programme again after leaving it, never twice at once). The case id is trajecten's pseudonymous id, only a key.
 */
export interface Deelnamerij extends Programmadeelname {
  readonly casusId: string;
}

/**
 * One row per participation of the chunk, the chunk's events merged: the start fills the key, the end (which carries
 * the key too) the day of leaving and the result. The repository keeps what is stored, so order does not matter.
 */
export function deelnamerijen(events: readonly DeelnameGebeurtenis[]): Deelnamerij[] {
  const rijen = new Map<string, Deelnamerij>();
  for (const event of events) {
    const p = event.payload;
    const sleutel = `${p.programmaId} ${p.casusId} ${p.aangemeldOp}`;
    const eerder = rijen.get(sleutel);
    const einde =
      event.type === 'trajecten.programma.deelname-beeindigd' ? (p as ParsedEvent<'trajecten.programma.deelname-beeindigd'>['payload']) : null;
    rijen.set(sleutel, {
      programmaId: p.programmaId,
      casusId: p.casusId,
      rmcRegio: p.rmcRegio,
      aangemeldOp: p.aangemeldOp,
      afgemeldOp: eerder?.afgemeldOp ?? einde?.afgemeldOp ?? null,
      resultaat: eerder?.resultaat ?? einde?.resultaat ?? null,
    });
  }
  return [...rijen.values()];
}
