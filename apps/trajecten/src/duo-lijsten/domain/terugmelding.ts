import type { CasusStatus } from '../../casussen/domain/casus-status';

/**
 * The region's terugmelding per line of an imported DUO list: what the line became (a new case, the open case,
 * outside the target group) and where that case stands now, in the terms the RMC reports back — `in-behandeling`
 * (an open case being worked), `in-rust` (declined or unreachable, to be approached again), `afgesloten` (with its
 * outcome category), `buiten-doelgroep`. Line numbers and case ids only: the region matches them to its own file.
 */
export type TerugmeldingStand = 'in-behandeling' | 'in-rust' | 'afgesloten' | 'buiten-doelgroep';

export interface TerugmeldingBron {
  readonly regel: number;
  readonly verwerking: 'nieuwe-casus' | 'bij-open-casus' | 'buiten-doelgroep';
  readonly casusId: string | null;
  readonly casusStatus: CasusStatus | null;
  readonly uitkomst: string | null;
  readonly afgeslotenOp: Date | null;
}

export interface TerugmeldingRegel {
  readonly regel: number;
  readonly verwerking: TerugmeldingBron['verwerking'];
  readonly casusId: string;
  readonly stand: TerugmeldingStand;
  readonly casusStatus: string;
  readonly uitkomst: string;
  readonly afgeslotenOp: string;
}

export function terugmeldingStand(bron: Pick<TerugmeldingBron, 'verwerking' | 'casusStatus'>): TerugmeldingStand {
  if (bron.verwerking === 'buiten-doelgroep' || bron.casusStatus === null) return 'buiten-doelgroep';
  if (bron.casusStatus === 'afgesloten') return 'afgesloten';
  if (bron.casusStatus === 'afgewezen' || bron.casusStatus === 'onbereikbaar') return 'in-rust';
  return 'in-behandeling';
}

/** The terugmelding's lines in line order, empty cells as empty strings (CSV). */
export function terugmelding(bronnen: readonly TerugmeldingBron[]): TerugmeldingRegel[] {
  return [...bronnen]
    .sort((a, b) => a.regel - b.regel)
    .map((b) => ({
      regel: b.regel,
      verwerking: b.verwerking,
      casusId: b.casusId ?? '',
      stand: terugmeldingStand(b),
      casusStatus: b.casusStatus ?? '',
      uitkomst: b.uitkomst ?? '',
      afgeslotenOp: b.afgeslotenOp?.toISOString() ?? '',
    }));
}

export const TERUGMELDING_KOLOMMEN = ['regel', 'verwerking', 'casusId', 'stand', 'casusStatus', 'uitkomst', 'afgeslotenOp'] as const;
