import type { Inkomensklasse, ParsedEvent } from '@sluitend/contracts';
import { IsoDate, localDateOf } from '@sluitend/domain-nl';

/** The events the JiKP projection reads: trajecten's closed cases, and overstap's person links (ADR 0018). */
export const JIKP_GEBEURTENISTYPEN = ['trajecten.casus.afgesloten', 'overstap.persoon.gekoppeld'] as const;

export type JikpGebeurtenis = ParsedEvent<(typeof JIKP_GEBEURTENISTYPEN)[number]>;

export interface JikpUitkomstrij {
  readonly casusId: string;
  readonly jongereId: string;
  readonly uitkomst: string;
  readonly inkomensklasse: Inkomensklasse | null;
  /** The Amsterdam day of closing. */
  readonly afgeslotenOp: IsoDate;
}

export interface JikpProjectiewerk {
  readonly uitkomsten: JikpUitkomstrij[];
  /** Person links, applied after the chunk's outcomes, in log order. */
  readonly koppelingen: { readonly van: string; readonly naar: string }[];
  /** Closed cases without a jongere id in their envelope: nothing to count them under. */
  zonderJongere: number;
}

/** One chunk of events as the repository's work; a case closes once (the first event of a case id wins). */
export function jikpProjectiewerk(events: readonly JikpGebeurtenis[]): JikpProjectiewerk {
  const werk: JikpProjectiewerk = { uitkomsten: [], koppelingen: [], zonderJongere: 0 };
  const gezien = new Set<string>();
  for (const event of events) {
    if (event.type === 'overstap.persoon.gekoppeld') {
      const p = (event as ParsedEvent<'overstap.persoon.gekoppeld'>).payload;
      werk.koppelingen.push({ van: p.van, naar: p.naar });
      continue;
    }
    const p = (event as ParsedEvent<'trajecten.casus.afgesloten'>).payload;
    if (event.jongereId == null) {
      werk.zonderJongere++;
      continue;
    }
    if (gezien.has(p.casusId)) continue;
    gezien.add(p.casusId);
    werk.uitkomsten.push({
      casusId: p.casusId,
      jongereId: event.jongereId,
      uitkomst: p.uitkomst,
      inkomensklasse: p.inkomensklasse ?? null,
      afgeslotenOp: localDateOf(new Date(p.afgeslotenOp)),
    });
  }
  return werk;
}
