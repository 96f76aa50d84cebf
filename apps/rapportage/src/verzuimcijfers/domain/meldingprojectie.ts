import type { ParsedEvent } from '@sluitend/contracts';
import { IsoDate, schooljaarOf } from '@sluitend/domain-nl';

/** The verzuim events rapportage projects (libs/contracts, "verzuim.melding.*"). */
export const MELDING_GEBEURTENISTYPEN = ['verzuim.melding.voor-leerplicht', 'verzuim.melding.voor-rmc', 'verzuim.melding.ingetrokken'] as const;

export type MeldingGebeurtenistype = (typeof MELDING_GEBEURTENISTYPEN)[number];
export type MeldingGebeurtenis = ParsedEvent<MeldingGebeurtenistype>;

/**
 * What the events of one chunk say about one verzuimmelding: the registration (for the leerplichtambtenaar and/or the
 * RMC) or its withdrawal. The school year is the one of the melding's start date. Registration and withdrawal times
 * are the events' own occurredAt (the payload carries dates only).
 */
export interface Meldingrij {
  readonly meldingId: string;
  readonly soort: string;
  readonly brin: string;
  readonly startdatum: string;
  readonly schooljaar: string;
  woongemeente: string | null;
  rmcRegio: string | null;
  voorLeerplicht: boolean;
  voorRmc: boolean;
  verplicht: boolean | null;
  vervolgmelding: boolean | null;
  geregistreerdOp: string | null;
  ingetrokkenOp: string | null;
}

const eerder = (a: string | null, b: string): string => (a === null || Date.parse(b) < Date.parse(a) ? b : a);

export function meldingrijen(events: readonly MeldingGebeurtenis[]): Meldingrij[] {
  const rijen = new Map<string, Meldingrij>();
  for (const event of events) {
    const p = event.payload;
    let r = rijen.get(p.meldingId);
    if (r === undefined) {
      r = {
        meldingId: p.meldingId,
        soort: p.soort,
        brin: p.brin,
        startdatum: p.startdatum,
        schooljaar: schooljaarOf(p.startdatum as IsoDate),
        woongemeente: null,
        rmcRegio: null,
        voorLeerplicht: false,
        voorRmc: false,
        verplicht: null,
        vervolgmelding: null,
        geregistreerdOp: null,
        ingetrokkenOp: null,
      };
      rijen.set(p.meldingId, r);
    }
    if (event.type === 'verzuim.melding.ingetrokken') {
      r.ingetrokkenOp = eerder(r.ingetrokkenOp, event.occurredAt);
      continue;
    }
    const g = (event as ParsedEvent<'verzuim.melding.voor-leerplicht' | 'verzuim.melding.voor-rmc'>).payload;
    r.woongemeente ??= g.woongemeente;
    r.rmcRegio ??= g.rmcRegio;
    r.verplicht ??= g.verplicht;
    r.vervolgmelding ??= g.vervolgmelding;
    r.geregistreerdOp = eerder(r.geregistreerdOp, event.occurredAt);
    if (event.type === 'verzuim.melding.voor-leerplicht') r.voorLeerplicht = true;
    else r.voorRmc = true;
  }
  return [...rijen.values()];
}
