import { LEEFDOMEINEN, Leefdomein, Score, VAARDIGHEDEN, Vaardigheid } from './leefdomeinen';
import { Screening } from './screening';

/** A screening with every domain and skill at `basis`, some changed. */
export function screeningMet(
  afgenomenOp: string,
  basis: Score,
  leefdomeinen: Partial<Record<Leefdomein, Score>> = {},
  vaardigheden: Partial<Record<Vaardigheid, Score>> = {},
): Screening {
  return {
    afgenomenOp: new Date(afgenomenOp),
    door: 'tb-1',
    leefdomeinen: { ...(Object.fromEntries(LEEFDOMEINEN.map((d) => [d, basis])) as Record<Leefdomein, Score>), ...leefdomeinen },
    vaardigheden: { ...(Object.fromEntries(VAARDIGHEDEN.map((v) => [v, basis])) as Record<Vaardigheid, Score>), ...vaardigheden },
  };
}
