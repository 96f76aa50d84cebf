import type { ParsedEvent } from '@sluitend/contracts';
import { schooljaarOfInstant } from '@sluitend/domain-nl';

/** The trajecten events rapportage projects (libs/contracts, "trajecten.casus.*"). */
export const CASUS_GEBEURTENISTYPEN = [
  'trajecten.casus.geopend',
  'trajecten.casus.status-gewijzigd',
  'trajecten.casus.afgesloten',
  'trajecten.casus.samengevoegd',
] as const;

export type CasusGebeurtenistype = (typeof CASUS_GEBEURTENISTYPEN)[number];
export type CasusGebeurtenis = ParsedEvent<CasusGebeurtenistype>;

/**
 * What the events of one chunk say about one case: each event fills its own fields, the rest stays null (the
 * repository keeps what is stored for those). Codes and instants only.
 */
export interface Casusrij {
  readonly casusId: string;
  readonly rmcRegio: string;
  aanleiding: string | null;
  signaalSoort: string | null;
  geopendOp: string | null;
  status: string | null;
  statusOp: string | null;
  uitkomst: string | null;
  afgeslotenOp: string | null;
  /** The school year of the closing (Amsterdam day): the year the effectrapportage counts the outcome in. */
  afgeslotenSchooljaar: string | null;
  eersteContact: string | null;
  intake: string | null;
  samengevoegdIn: string | null;
}

const leeg = (casusId: string, rmcRegio: string): Casusrij => ({
  casusId,
  rmcRegio,
  aanleiding: null,
  signaalSoort: null,
  geopendOp: null,
  status: null,
  statusOp: null,
  uitkomst: null,
  afgeslotenOp: null,
  afgeslotenSchooljaar: null,
  eersteContact: null,
  intake: null,
  samengevoegdIn: null,
});

/**
 * One row per case of the chunk, the chunk's events merged in (first value of a field wins; of status changes the
 * latest by its own time — as the repository does against the stored row, so the result is independent of order).
 */
export function casusrijen(events: readonly CasusGebeurtenis[]): Casusrij[] {
  const rijen = new Map<string, Casusrij>();
  const rij = (casusId: string, rmcRegio: string): Casusrij => {
    let r = rijen.get(casusId);
    if (r === undefined) {
      r = leeg(casusId, rmcRegio);
      rijen.set(casusId, r);
    }
    return r;
  };
  for (const event of events) {
    switch (event.type) {
      case 'trajecten.casus.geopend': {
        const p = (event as ParsedEvent<'trajecten.casus.geopend'>).payload;
        const r = rij(p.casusId, p.rmcRegio);
        r.aanleiding ??= p.aanleiding;
        r.signaalSoort ??= p.signaalSoort;
        r.geopendOp ??= p.geopendOp;
        break;
      }
      case 'trajecten.casus.status-gewijzigd': {
        const p = (event as ParsedEvent<'trajecten.casus.status-gewijzigd'>).payload;
        const r = rij(p.casusId, p.rmcRegio);
        if (r.statusOp === null || Date.parse(p.gewijzigdOp) >= Date.parse(r.statusOp)) {
          r.status = p.naarStatus;
          r.statusOp = p.gewijzigdOp;
        }
        break;
      }
      case 'trajecten.casus.afgesloten': {
        const p = (event as ParsedEvent<'trajecten.casus.afgesloten'>).payload;
        const r = rij(p.casusId, p.rmcRegio);
        r.geopendOp ??= p.geopendOp;
        r.uitkomst ??= p.uitkomst;
        if (r.afgeslotenOp === null) {
          r.afgeslotenOp = p.afgeslotenOp;
          r.afgeslotenSchooljaar = schooljaarOfInstant(new Date(p.afgeslotenOp));
        }
        r.eersteContact ??= p.tijdigheid.eersteContact;
        r.intake ??= p.tijdigheid.intake;
        break;
      }
      case 'trajecten.casus.samengevoegd': {
        const p = (event as ParsedEvent<'trajecten.casus.samengevoegd'>).payload;
        rij(p.casusId, p.rmcRegio).samengevoegdIn ??= p.in;
        break;
      }
    }
  }
  return [...rijen.values()];
}
