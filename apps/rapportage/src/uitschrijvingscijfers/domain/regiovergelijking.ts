import { GepubliceerdeKruistabel, Kruistabel, uitgebreid } from '../../onthulling/domain/kruistabel';
import { ZICHTBAAR } from '../../onthulling/domain/masker';
import { reeksMasker } from '../../onthulling/domain/onderdruk-reeks';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';

export interface Regiovergelijking {
  /** The label of the row, e.g. "regio Centraal en Westelijk Groningen". */
  readonly label: string;
  /** The region's counts per column: every mbo inschrijving in the year of a young person living in the region. */
  readonly regio: readonly number[];
  /** The part of `regio` the caller's own table holds (its own inschrijvingen of the region's residents). */
  readonly eigen: readonly number[];
  /** The caller's table (unsuppressed) and as published beside the row. */
  readonly tabel: Kruistabel;
  readonly gepubliceerd: GepubliceerdeKruistabel;
  /** Whether the caller's table leaves the organisation (ops, every export): then the row is suppressed on its own counts too. */
  readonly naarBuiten: boolean;
}

const som = (waarden: readonly number[]) => waarden.reduce((a, b) => a + b, 0);
const gelijk = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * The region's comparison row (one row, the table's columns, its total), published beside the caller's table. The row
 * counts every institution of the region, the caller's own inschrijvingen included; the rest is other organisations'
 * and always leaves them, so it is suppressed:
 * - on what it says about the others: the caller knows its own part, so the row tells it `regio − eigen` exactly; a
 *   count is hidden when the one-way suppression of `regio − eigen` hides it (small, or what would give one back);
 * - when the caller's table leaves the organisation too, also on the row's own counts (a reader who knows nothing).
 * Both masks protect their own reader, and hiding more never exposes what either protected, so their union does.
 * When the row is exactly the column totals of the caller's table (an RMC's own region: the same people), it is those
 * totals as published, so it can never give back what the table hides.
 */
export function publiceerRegiorij(v: Regiovergelijking, beleid: OnthullingsBeleid): GepubliceerdeKruistabel {
  const n = v.regio.length;
  if (v.eigen.length !== n || v.eigen.some((e, k) => e > v.regio[k] || e < 0)) {
    throw new Error('regiovergelijking: het eigen deel is geen deel van de regio');
  }
  const grid = uitgebreid(v.tabel);
  const kolomtotalen = Array.from({ length: n }, (_, k) => grid.waarden[grid.m * (n + 1) + k]);
  const rij = (cellen: readonly (number | null)[], totaal: number | null, drempel: number | null): GepubliceerdeKruistabel => ({
    rijen: [v.label],
    kolommen: v.tabel.kolommen,
    cellen: [cellen],
    rijtotalen: [totaal],
    kolomtotalen: cellen,
    totaal,
    drempel,
  });
  if (gelijk(v.eigen, v.regio) && gelijk(kolomtotalen, v.regio)) {
    return rij(v.gepubliceerd.kolomtotalen, v.gepubliceerd.totaal, v.gepubliceerd.drempel);
  }
  const anderen = v.regio.map((r, k) => r - v.eigen[k]);
  const verborgen = reeksMasker(anderen, som(anderen), beleid);
  if (v.naarBuiten) {
    const zelf = reeksMasker(v.regio, som(v.regio), beleid);
    for (let i = 0; i <= n; i++) if (zelf[i] !== ZICHTBAAR) verborgen[i] = zelf[i];
  }
  return rij(
    v.regio.map((w, k) => (verborgen[k] === ZICHTBAAR ? w : null)),
    verborgen[n] === ZICHTBAAR ? som(v.regio) : null,
    beleid.drempel,
  );
}
