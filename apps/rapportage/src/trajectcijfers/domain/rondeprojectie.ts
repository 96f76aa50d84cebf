import type { ParsedEvent } from '@sluitend/contracts';
import { localDateOf, schooljaarOfInstant } from '@sluitend/domain-nl';
import type { Benaderronde } from './benaderrondes';

export type RondeGebeurtenis = ParsedEvent<'trajecten.benaderronde.afgesloten'>;

/** A round as the projection stores it: the event's totals, the Amsterdam day and school year it closed in. */
export interface Benaderronderij extends Benaderronde {
  readonly schooljaar: string;
}

/** One row per round of the chunk (a round closes once: the first event of a round id wins, as in the repository). */
export function benaderronderijen(events: readonly RondeGebeurtenis[]): Benaderronderij[] {
  const rijen = new Map<string, Benaderronderij>();
  for (const { payload: p } of events) {
    if (rijen.has(p.rondeId)) continue;
    const op = new Date(p.afgeslotenOp);
    rijen.set(p.rondeId, {
      rondeId: p.rondeId,
      rmcRegio: p.rmcRegio,
      afgeslotenOp: localDateOf(op),
      schooljaar: schooljaarOfInstant(op),
      aangeschreven: p.aangeschreven,
      zelfGereageerd: p.zelfGereageerd,
      telefonischBereikt: p.telefonischBereikt,
      andersBereikt: p.andersBereikt,
      nietBereikt: p.nietBereikt,
      nogOpen: p.nogOpen,
      inBeeld: p.inBeeld,
      overgedragenAan: p.overgedragenAan,
    });
  }
  return [...rijen.values()];
}
