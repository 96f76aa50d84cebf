import { DomainIssue } from '@sluitend/domain-nl';
import { CasusStatus, isOpen } from '../../casussen/domain/casus-status';
import { caseloadOngeldig } from './caseload.errors';
import { CaseloadNormen, CaseloadSoort } from './caseload-norm';

export interface Professional {
  /** The user (token `sub`). */
  readonly gebruiker: string;
  readonly soort: CaseloadSoort;
  /** Part of a full-time job, more than 0 and at most 1. */
  readonly fte: number;
}

export interface CaseloadTelling {
  /** Open cases per casusregisseur. */
  readonly perGebruiker: ReadonlyMap<string, number>;
  /** Open cases whose regisseur organisation has not named a person yet (the coordinator's list). */
  readonly nietToegewezen: number;
}

/** A professional's caseload: the open cases they are casusregisseur of. One pass. */
export function telCaseload(casussen: Iterable<{ readonly regisseur: string | null; readonly status: CasusStatus }>): CaseloadTelling {
  const perGebruiker = new Map<string, number>();
  let nietToegewezen = 0;
  for (const casus of casussen) {
    if (!isOpen(casus.status)) continue;
    if (casus.regisseur === null) nietToegewezen += 1;
    else perGebruiker.set(casus.regisseur, (perGebruiker.get(casus.regisseur) ?? 0) + 1);
  }
  return { perGebruiker, nietToegewezen };
}

export interface CaseloadRegel {
  readonly gebruiker: string;
  readonly soort: CaseloadSoort;
  readonly fte: number;
  readonly aantal: number;
  /** The norm times the fte, in whole cases. */
  readonly capaciteit: number;
  /** The caseload as a percentage of the capacity. */
  readonly bezettingProcent: number;
  readonly bovenNorm: boolean;
}

export interface CaseloadOverzicht {
  /** Fullest first. */
  readonly regels: readonly CaseloadRegel[];
  readonly totaal: { readonly aantal: number; readonly capaciteit: number; readonly bezettingProcent: number };
  readonly nietToegewezen: number;
  /** Regisseurs with open cases who are not among the professionals (left, or another team): cases to reassign. */
  readonly onbekendeRegisseurs: readonly string[];
}

/**
 * The coordinator's overview: per professional the open cases against the norm for their kind of work times their
 * fte; over the norm when the count exceeds the capacity. A professional's fte must be more than 0 and at most 1
 * (`caseload.ongeldig`, field `professionals[i].fte`).
 */
export function caseloadOverzicht(professionals: readonly Professional[], telling: CaseloadTelling, normen: CaseloadNormen): CaseloadOverzicht {
  const meldingen: DomainIssue[] = [];
  professionals.forEach((p, i) => {
    if (!(typeof p.fte === 'number' && p.fte > 0 && p.fte <= 1))
      meldingen.push({ field: `professionals[${i}].fte`, rule: 'fte.0-1', message: 'fte is meer dan 0 en hoogstens 1' });
  });
  if (meldingen.length > 0) throw caseloadOngeldig(meldingen);
  const bekend = new Set<string>();
  let aantal = 0;
  let capaciteit = 0;
  const regels = professionals.map((p): CaseloadRegel => {
    bekend.add(p.gebruiker);
    const eigen = telling.perGebruiker.get(p.gebruiker) ?? 0;
    const cap = Math.round(normen[p.soort] * p.fte);
    aantal += eigen;
    capaciteit += cap;
    return {
      gebruiker: p.gebruiker,
      soort: p.soort,
      fte: p.fte,
      aantal: eigen,
      capaciteit: cap,
      bezettingProcent: procent(eigen, cap),
      bovenNorm: eigen > cap,
    };
  });
  regels.sort((a, b) => b.aantal / b.capaciteit - a.aantal / a.capaciteit || (a.gebruiker < b.gebruiker ? -1 : 1));
  const onbekendeRegisseurs = [...telling.perGebruiker.keys()].filter((g) => !bekend.has(g)).sort();
  return {
    regels,
    totaal: { aantal, capaciteit, bezettingProcent: procent(aantal, capaciteit) },
    nietToegewezen: telling.nietToegewezen,
    onbekendeRegisseurs,
  };
}

const procent = (aantal: number, capaciteit: number): number => (capaciteit === 0 ? 0 : Math.round((100 * aantal) / capaciteit));
