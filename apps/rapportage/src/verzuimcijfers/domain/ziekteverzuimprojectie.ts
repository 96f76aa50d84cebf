import type { ParsedEvent } from '@sluitend/contracts';

/** verzuim's M@ZL events rapportage projects (libs/contracts, "verzuim.ziekteverzuim.*"). */
export const ZIEKTEVERZUIM_GEBEURTENISTYPEN = ['verzuim.ziekteverzuim.zorgwekkend', 'verzuim.ziekteverzuim.ingetrokken'] as const;

export type ZiekteverzuimGebeurtenistype = (typeof ZIEKTEVERZUIM_GEBEURTENISTYPEN)[number];
export type ZiekteverzuimGebeurtenis = ParsedEvent<ZiekteverzuimGebeurtenistype>;

/**
 * What the events of one chunk say about one M@ZL signal: its grond, date and school (both events carry them), the
 * school year and woongemeente (the zorgwekkend event only), when it was raised and when and why it was withdrawn
 * (the events' own occurredAt; the earliest, should one come twice). A withdrawal may arrive before its signal: the
 * row then waits without school year until the signal comes.
 */
export interface Ziekteverzuimrij {
  readonly signaalId: string;
  readonly grond: string;
  readonly datum: string;
  readonly brin: string;
  schooljaar: string | null;
  woongemeente: string | null;
  gemeldOp: string | null;
  ingetrokkenOp: string | null;
  intrekkingsreden: string | null;
}

const eerder = (a: string | null, b: string): boolean => a === null || Date.parse(b) < Date.parse(a);

export function ziekteverzuimrijen(events: readonly ZiekteverzuimGebeurtenis[]): Ziekteverzuimrij[] {
  const rijen = new Map<string, Ziekteverzuimrij>();
  for (const event of events) {
    const p = event.payload;
    let r = rijen.get(p.signaalId);
    if (r === undefined) {
      r = {
        signaalId: p.signaalId,
        grond: p.grond,
        datum: p.datum,
        brin: p.brin,
        schooljaar: null,
        woongemeente: null,
        gemeldOp: null,
        ingetrokkenOp: null,
        intrekkingsreden: null,
      };
      rijen.set(p.signaalId, r);
    }
    if (event.type === 'verzuim.ziekteverzuim.ingetrokken') {
      const ingetrokken = (event as ParsedEvent<'verzuim.ziekteverzuim.ingetrokken'>).payload;
      if (eerder(r.ingetrokkenOp, event.occurredAt)) {
        r.ingetrokkenOp = event.occurredAt;
        r.intrekkingsreden = ingetrokken.reden;
      }
      continue;
    }
    const gemeld = (event as ParsedEvent<'verzuim.ziekteverzuim.zorgwekkend'>).payload;
    r.schooljaar ??= gemeld.schooljaar;
    r.woongemeente ??= gemeld.woongemeente;
    if (eerder(r.gemeldOp, event.occurredAt)) r.gemeldOp = event.occurredAt;
  }
  return [...rijen.values()];
}
