import { DomainIssue } from '@sluitend/domain-nl';
import { RijKoppeling } from './rij-koppeling';

export type RijStatus = 'ongeldig' | 'nieuwe-casus' | 'bij-open-casus' | 'buiten-doelgroep';

export interface RapportRegel {
  readonly regel: number;
  readonly status: RijStatus;
  /** The open case the row was attached to. */
  readonly casusId?: string;
  readonly zelfdeCasusAlsRegel?: number;
  /** Why the row was not taken: column and rule per problem. */
  readonly meldingen: readonly DomainIssue[];
}

export interface LijstRapport {
  readonly regels: readonly RapportRegel[];
  readonly telling: Readonly<Record<RijStatus, number>>;
}

/**
 * The per-row report of an imported list: every line with its fate — refused with its problems, a new case, attached
 * to the open case, outside the target group — in line order, and the counts. No personal data: lines, columns,
 * rules, case ids.
 */
export function lijstRapport(meldingen: readonly DomainIssue[], koppelingen: readonly RijKoppeling[]): LijstRapport {
  const perRegel = new Map<number, DomainIssue[]>();
  for (const melding of meldingen) {
    const regel = melding.row ?? 0;
    const lijst = perRegel.get(regel);
    if (lijst) lijst.push(melding);
    else perRegel.set(regel, [melding]);
  }
  const telling: Record<RijStatus, number> = { ongeldig: perRegel.size, 'nieuwe-casus': 0, 'bij-open-casus': 0, 'buiten-doelgroep': 0 };
  const regels: RapportRegel[] = [...perRegel].map(([regel, fouten]) => ({ regel, status: 'ongeldig', meldingen: fouten }));
  for (const k of koppelingen) {
    const status: RijStatus = k.besluit === 'openen' ? 'nieuwe-casus' : k.besluit === 'koppelen' ? 'bij-open-casus' : 'buiten-doelgroep';
    telling[status] += 1;
    regels.push({ regel: k.regel, status, casusId: k.casusId, zelfdeCasusAlsRegel: k.zelfdeCasusAlsRegel, meldingen: [] });
  }
  regels.sort((a, b) => a.regel - b.regel);
  return { regels, telling };
}
