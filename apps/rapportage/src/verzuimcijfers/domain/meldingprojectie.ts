import type { ParsedEvent } from '@sluitend/contracts';
import { IsoDate, schooljaarOf } from '@sluitend/domain-nl';

/** The verzuim events rapportage projects (libs/contracts, "verzuim.melding.*"). */
export const MELDING_GEBEURTENISTYPEN = [
  'verzuim.melding.voor-leerplicht',
  'verzuim.melding.voor-rmc',
  'verzuim.melding.ingetrokken',
  'verzuim.melding.status-gewijzigd',
] as const;

export type MeldingGebeurtenistype = (typeof MELDING_GEBEURTENISTYPEN)[number];
export type MeldingGebeurtenis = ParsedEvent<MeldingGebeurtenistype>;

/**
 * What the events of one chunk say about one verzuimmelding: the registration (for the leerplichtambtenaar and/or the
 * RMC), its withdrawal, and the steps of its lifecycle. The school year is the one of the melding's start date.
 * Registration and withdrawal-after-correction times are the events' own occurredAt (the payload carries dates only);
 * a status change carries its instant (gewijzigdOp). The statuses run one way, so each instant keeps the earliest.
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
  inBehandelingOp: string | null;
  afgeslotenOp: string | null;
  sluitreden: string | null;
  terKennisgevingOp: string | null;
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
        inBehandelingOp: null,
        afgeslotenOp: null,
        sluitreden: null,
        terKennisgevingOp: null,
      };
      rijen.set(p.meldingId, r);
    }
    if (event.type === 'verzuim.melding.ingetrokken') {
      r.ingetrokkenOp = eerder(r.ingetrokkenOp, event.occurredAt);
      continue;
    }
    if (event.type === 'verzuim.melding.status-gewijzigd') {
      stap(r, (event as ParsedEvent<'verzuim.melding.status-gewijzigd'>).payload);
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

/** One lifecycle step: the instant of the status it reached (the earliest, should it come twice). */
function stap(r: Meldingrij, p: ParsedEvent<'verzuim.melding.status-gewijzigd'>['payload']): void {
  switch (p.naarStatus) {
    case 'in-behandeling':
      r.inBehandelingOp = eerder(r.inBehandelingOp, p.gewijzigdOp);
      return;
    case 'afgesloten':
      if (r.afgeslotenOp === null || Date.parse(p.gewijzigdOp) < Date.parse(r.afgeslotenOp)) r.sluitreden = p.sluitreden;
      r.afgeslotenOp = eerder(r.afgeslotenOp, p.gewijzigdOp);
      return;
    case 'ter-kennisgeving-aangenomen':
      r.terKennisgevingOp = eerder(r.terKennisgevingOp, p.gewijzigdOp);
      return;
    case 'ingetrokken':
      r.ingetrokkenOp = eerder(r.ingetrokkenOp, p.gewijzigdOp);
      return;
    case 'geregistreerd':
      return;
  }
}
