import { DomainError } from '@sluitend/domain-nl';
import { Trajectenstand } from './trajectstand';

/** Caseload norms per fte (seed 003): Ingrado's norm for leerplicht 135, the regions' agreement 250, RMC 300. */
export const CASELOAD_NORMEN = { leerplichtIngrado: 135, leerplichtRegio: 250, rmc: 300 } as const;

export interface CaseloadRegel {
  /** Pseudonymous staff id. */
  readonly medewerkerId: string;
  readonly open: number;
  readonly fte: number | null;
  /** Open cases per fte; null without a known fte. */
  readonly perFte: number | null;
  /** perFte as a percentage of the norm (100 = at the norm). */
  readonly tenOpzichteVanNorm: number | null;
}

export interface Caseload {
  readonly norm: number;
  readonly regels: readonly CaseloadRegel[];
  /** Open cases without a casusregisseur — should be none (DOMAIN.md: every open case has exactly one). */
  readonly zonderCasusregisseur: number;
  readonly totaalOpen: number;
  /** All open cases per fte of the staff with a known fte. */
  readonly perFte: number | null;
}

/**
 * Caseload now: the open cases per casusregisseur against a norm per fte. For use inside the organisation only (it is
 * about named staff, if pseudonymous); nothing here is a count of young people that leaves it.
 */
export function caseload(stand: Trajectenstand, fte: ReadonlyMap<string, number>, norm: number = CASELOAD_NORMEN.rmc): Caseload {
  if (!(norm > 0)) {
    throw DomainError.ongeldig('caseload.ongeldige-norm', 'De norm is een aantal per fte boven 0', [
      { field: 'norm', rule: 'norm.positief', message: 'De norm is een aantal per fte boven 0' },
    ]);
  }
  const open = new Map<string, number>();
  let zonder = 0;
  let totaal = 0;
  for (const traject of stand.trajecten.values()) {
    if (traject.afgeslotenMs !== null) continue;
    totaal++;
    if (traject.casusregisseur === null) zonder++;
    else open.set(traject.casusregisseur, (open.get(traject.casusregisseur) ?? 0) + 1);
  }
  for (const medewerker of fte.keys()) if (!open.has(medewerker)) open.set(medewerker, 0);
  const rond = (w: number) => Math.round(w * 10) / 10;
  const regels = [...open.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([medewerkerId, aantal]) => {
      const f = fte.get(medewerkerId) ?? null;
      const perFte = f === null || f <= 0 ? null : rond(aantal / f);
      return { medewerkerId, open: aantal, fte: f, perFte, tenOpzichteVanNorm: perFte === null ? null : rond((perFte / norm) * 100) };
    });
  let fteSom = 0;
  let metFte = 0;
  for (const regel of regels) {
    if (regel.fte !== null && regel.fte > 0) {
      fteSom += regel.fte;
      metFte += regel.open;
    }
  }
  return { norm, regels, zonderCasusregisseur: zonder, totaalOpen: totaal, perFte: fteSom > 0 ? rond(metFte / fteSom) : null };
}
