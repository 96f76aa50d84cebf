import { GEKOPPELD, PRIMAIR, SECUNDAIR, ZICHTBAAR } from './masker';
import { OnthullingsBeleid, STANDAARD_BELEID, isPrimairOnderdrukt, ondergrens } from './onthullingsbeleid';
import { GepubliceerdeReeks, Reeks, reeksTotaal } from './reeks';

export interface ReeksOpties {
  /** The total is shared with tables published beside it that hide it: hidden here too, and it may only go up. */
  readonly totaalGedeeld?: boolean;
}

/**
 * Small-cell suppression of a one-way table with its total. The only equation a reader has is "the hidden counts sum
 * to the total minus the visible ones", so a hidden count is protected when another hidden count can absorb a change:
 * - it can go up when another hidden count can go down (is above the lower bound) or the total is hidden too;
 * - it can go down (when above the lower bound itself) when another hidden count can go up, or the hidden total can
 *   go down (is above the lower bound);
 * - a hidden total can go up with any hidden count.
 * An unprotected count gets the smallest visible non-zero count beside it (the least information lost); only when
 * there is none is the total hidden.
 */
export function onderdrukReeks(reeks: Reeks, beleid: OnthullingsBeleid = STANDAARD_BELEID, opties: ReeksOpties = {}): GepubliceerdeReeks {
  const totaal = reeksTotaal(reeks);
  const masker = reeksMasker(reeks.waarden, totaal, beleid, opties.totaalGedeeld === true);
  const n = reeks.waarden.length;
  const waarden: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) waarden[i] = masker[i] === ZICHTBAAR ? reeks.waarden[i] : null;
  return { categorieen: reeks.categorieen, waarden, totaal: masker[n] === ZICHTBAAR ? totaal : null, drempel: beleid.drempel };
}

/** The mask of counts 0…n−1 and the total at n (ZICHTBAAR, PRIMAIR, SECUNDAIR, GEKOPPELD). */
export function reeksMasker(waarden: readonly number[], totaal: number, beleid: OnthullingsBeleid, totaalGekoppeld = false): Uint8Array {
  const n = waarden.length;
  const grens = ondergrens(beleid);
  const masker = new Uint8Array(n + 1);
  let verborgen = 0;
  let verborgenBovenGrens = 0;
  const verberg = (i: number, reden: number): void => {
    masker[i] = reden;
    if (i === n) return;
    verborgen++;
    if (waarden[i] > grens) verborgenBovenGrens++;
  };
  for (let i = 0; i < n; i++) if (isPrimairOnderdrukt(waarden[i], beleid)) verberg(i, PRIMAIR);
  if (isPrimairOnderdrukt(totaal, beleid)) verberg(n, PRIMAIR);
  else if (totaalGekoppeld && (totaal > 0 || beleid.nullen === 'onderdrukken')) verberg(n, GEKOPPELD);
  // A shared total may only go up (see onderdrukGekoppeld), so no count here may lean on it going down.

  // Candidates for complementary suppression: visible non-zero counts, smallest first.
  const kandidaten: number[] = [];
  for (let i = 0; i < n; i++) if (masker[i] === ZICHTBAAR && waarden[i] > 0) kandidaten.push(i);
  kandidaten.sort((a, b) => waarden[a] - waarden[b] || a - b);
  let volgende = 0;
  const kleinsteZichtbare = (): number => {
    while (volgende < kandidaten.length && masker[kandidaten[volgende]] !== ZICHTBAAR) volgende++;
    return volgende < kandidaten.length ? kandidaten[volgende] : -1;
  };

  const totaalVerborgen = (): boolean => masker[n] !== ZICHTBAAR;
  const beschermd = (i: number): boolean => {
    if (i === n) return verborgen > 0;
    const anderenBovenGrens = verborgenBovenGrens - (waarden[i] > grens ? 1 : 0);
    const omhoog = anderenBovenGrens > 0 || totaalVerborgen();
    const omlaag = waarden[i] > grens && (verborgen - 1 > 0 || (totaalVerborgen() && totaal > grens && !totaalGekoppeld));
    return omhoog || omlaag;
  };

  for (let i = 0; i <= n; i++) {
    if (masker[i] === ZICHTBAAR || beschermd(i)) continue;
    // A visible non-zero count is at least the threshold, so above the bound: it can absorb the change.
    const aanvulling = kleinsteZichtbare();
    if (aanvulling >= 0) verberg(aanvulling, SECUNDAIR);
    else if (!totaalVerborgen()) verberg(n, SECUNDAIR);
  }
  // Hiding more never exposes what was protected; the complements protect each other and the cell they were added for.
  for (let i = 0; i <= n; i++) {
    if (masker[i] !== ZICHTBAAR && !beschermd(i)) throw new Error(`onthulling: reeks-cel ${i} niet te beschermen`);
  }
  return masker;
}
