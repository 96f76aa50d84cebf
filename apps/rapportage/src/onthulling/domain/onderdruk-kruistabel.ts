import { Herleidbaarheid, teken } from './herleidbaarheid';
import { GepubliceerdeKruistabel, Kruistabel, UitgebreideTabel, publiceerKruistabel, uitgebreid } from './kruistabel';
import { GEKOPPELD, PRIMAIR, SECUNDAIR, ZICHTBAAR } from './masker';
import { OnthullingsBeleid, STANDAARD_BELEID, isPrimairOnderdrukt, ondergrens } from './onthullingsbeleid';

/**
 * Totals this table shares with tables published beside it, which hide them (see `onderdrukGekoppeld`): hidden here
 * too, and allowed to move only upwards, so that whatever protects a cell here can be matched in the other tables.
 */
export interface GedeeldeTotalen {
  readonly totaal?: boolean;
  /** Indexes of row totals. */
  readonly rijtotalen?: readonly number[];
  /** Indexes of column totals. */
  readonly kolomtotalen?: readonly number[];
}

/**
 * Small-cell suppression of a two-way table with its margins, for anything that leaves the organisation:
 * 1. primary: every count below the threshold (zeros only when the policy suppresses them), margins included — a
 *    school's total of 3 is as telling as a cell of 3;
 * 2. secondary (complementary): every hidden cell is checked (`Herleidbaarheid`); one that could be recomputed from
 *    the visible cells and margins — by subtraction along its row or column, or by combining several rows and columns,
 *    or because the reader knows hidden counts are at least 1 — gets a rectangle of further hidden cells through it:
 *    its row, its column and one more row and column (margins allowed), the rectangle that hides the least, such that
 *    the cell can move along it while the margins stay. Hiding more never exposes what was protected, so one pass
 *    over the hidden cells (including the ones it adds) suffices.
 * The result is safe (every hidden cell has an alternative value), not minimal: optimal secondary suppression is
 * NP-hard, and this is the classic hypercube-style heuristic with an exact audit.
 */
export function onderdrukKruistabel(
  tabel: Kruistabel,
  beleid: OnthullingsBeleid = STANDAARD_BELEID,
  gedeeld: GedeeldeTotalen = {},
): GepubliceerdeKruistabel {
  const grid = uitgebreid(tabel);
  const masker = onderdrukkingsmasker(grid, beleid, gedeeldeCellen(grid, gedeeld));
  return publiceerKruistabel(tabel, grid, masker, beleid.drempel);
}

/** The grid cells of shared totals. */
export function gedeeldeCellen(grid: UitgebreideTabel, gedeeld: GedeeldeTotalen): number[] {
  const breedte = grid.n + 1;
  const cellen: number[] = [];
  for (const r of gedeeld.rijtotalen ?? []) cellen.push(r * breedte + grid.n);
  for (const k of gedeeld.kolomtotalen ?? []) cellen.push(grid.m * breedte + k);
  if (gedeeld.totaal === true) cellen.push(grid.m * breedte + grid.n);
  return cellen;
}

/**
 * The suppression mask of a grid (ZICHTBAAR, PRIMAIR, SECUNDAIR, GEKOPPELD per cell). `gekoppeld` cells (shared
 * totals) are hidden and may only move up; under "zeros shown" a zero is never hidden (it is public by policy), so a
 * request for one is ignored.
 */
export function onderdrukkingsmasker(grid: UitgebreideTabel, beleid: OnthullingsBeleid, gekoppeld: readonly number[] = []): Uint8Array {
  const { waarden } = grid;
  const grens = ondergrens(beleid);
  const masker = new Uint8Array(waarden.length);
  // A table without rows or columns has no counts, only zero totals: that nobody is there is all it says, and hiding
  // a total of a table without cells would hide nothing (it is 0 by definition).
  if (grid.m === 0 || grid.n === 0) return masker;
  const wachtrij: number[] = [];
  for (let i = 0; i < waarden.length; i++) {
    if (isPrimairOnderdrukt(waarden[i], beleid)) {
      masker[i] = PRIMAIR;
      wachtrij.push(i);
    }
  }
  const alleenOmhoog = new Uint8Array(waarden.length);
  for (const i of gekoppeld) {
    if (waarden[i] === 0 && beleid.nullen === 'tonen') continue;
    alleenOmhoog[i] = 1;
    if (masker[i] === ZICHTBAAR) {
      masker[i] = GEKOPPELD;
      wachtrij.push(i);
    }
  }
  const herleidbaarheid = new Herleidbaarheid(grid, masker, grens, alleenOmhoog);
  const zoeker = new Rechthoekzoeker(grid, masker, grens, alleenOmhoog);
  for (let q = 0; q < wachtrij.length; q++) {
    const cel = wachtrij[q];
    if (herleidbaarheid.isBeschermd(cel)) continue;
    const rechthoek = zoeker.beste(cel);
    if (rechthoek === null) throw new Error(`onthulling: geen rechthoek om cel ${cel} te beschermen`);
    for (const hoek of rechthoek) {
      if (masker[hoek] === ZICHTBAAR) {
        herleidbaarheid.verberg(hoek, SECUNDAIR);
        wachtrij.push(hoek);
      }
    }
  }
  return masker;
}

/** How many of the cheapest cells of a row and of a column are tried as corners (besides the margins). */
const KANDIDATEN = 12;

/**
 * The cheapest rectangle (cel, (rij, l), (k, kolom), (k, l)) along which `cel` can move: every corner hidden already
 * or visible and non-zero, and in one of the two directions no corner that would go down sits at the lower bound.
 * Cost: the sum of the counts newly hidden, then their number. The corners in the cell's row and column are taken
 * from its row's and column's KANDIDATEN cheapest cells plus the margin, so a search costs one pass over the row and
 * the column, not over the table; for tables up to that size the search is exhaustive. The rectangle through the row
 * total, the column total and the grand total always qualifies for a non-zero cell (all four corners rise together),
 * so the search fails only for a zero cell, which is never hidden under "zeros shown".
 */
class Rechthoekzoeker {
  private readonly rijKandidaten: number[] = [];
  private readonly kolomKandidaten: number[] = [];

  constructor(
    private readonly grid: UitgebreideTabel,
    private readonly masker: Uint8Array,
    private readonly grens: number,
    private readonly alleenOmhoog: Uint8Array,
  ) {}

  beste(cel: number): readonly [number, number, number] | null {
    const { m, n } = this.grid;
    const breedte = n + 1;
    const rij = (cel / breedte) | 0;
    const kolom = cel - rij * breedte;
    const rijKandidaten = this.goedkoopste(this.rijKandidaten, rij * breedte, 1, n + 1, cel, rij * breedte + n);
    const kolomKandidaten = this.goedkoopste(this.kolomKandidaten, kolom, breedte, m + 1, cel, m * breedte + kolom);
    const dCel = teken(this.grid, cel);
    let beste: [number, number, number] | null = null;
    let besteKost = Infinity;
    let besteAantal = Infinity;
    for (const p of rijKandidaten) {
      const l = p - rij * breedte;
      for (const q of kolomKandidaten) {
        const k = (q / breedte) | 0;
        const r = k * breedte + l;
        if (!this.verbergbaar(r)) continue;
        const kost = this.kost(p) + this.kost(q) + this.kost(r);
        const aantal = this.nieuw(p) + this.nieuw(q) + this.nieuw(r);
        if (kost > besteKost || (kost === besteKost && aantal >= besteAantal)) continue;
        // Direction +1 raises the cell: d = dCel at the cell and r, −dCel at p and q; direction −1 the opposite.
        const omhoog = this.ok(p, -dCel) && this.ok(q, -dCel) && this.ok(r, dCel);
        const omlaag = this.vrij(cel) && this.ok(p, dCel) && this.ok(q, dCel) && this.ok(r, -dCel);
        if (!omhoog && !omlaag) continue;
        beste = [p, q, r];
        besteKost = kost;
        besteAantal = aantal;
      }
    }
    return beste;
  }

  /**
   * The KANDIDATEN cheapest hideable cells of a line (start, step, length) other than `cel`, cheapest first, with the
   * line's margin cell `marge` always among them.
   */
  private goedkoopste(uit: number[], start: number, stap: number, lengte: number, cel: number, marge: number): number[] {
    uit.length = 0;
    for (let i = 0, c = start; i < lengte; i++, c += stap) {
      if (c === cel || c === marge || !this.verbergbaar(c)) continue;
      const kost = this.kost(c);
      if (uit.length === KANDIDATEN && kost >= this.kost(uit[KANDIDATEN - 1])) continue;
      let plek = uit.length === KANDIDATEN ? KANDIDATEN - 1 : uit.length++;
      while (plek > 0 && this.kost(uit[plek - 1]) > kost) {
        uit[plek] = uit[plek - 1];
        plek--;
      }
      uit[plek] = c;
    }
    if (marge !== cel && this.verbergbaar(marge)) uit.push(marge);
    return uit;
  }

  private verbergbaar(i: number): boolean {
    return this.masker[i] !== ZICHTBAAR || this.grid.waarden[i] > 0;
  }

  private kost(i: number): number {
    return this.masker[i] === ZICHTBAAR ? this.grid.waarden[i] : 0;
  }

  private nieuw(i: number): number {
    return this.masker[i] === ZICHTBAAR ? 1 : 0;
  }

  /** A cell above the lower bound and not a shared total may go down. */
  private vrij(i: number): boolean {
    return this.grid.waarden[i] > this.grens && this.alleenOmhoog[i] === 0;
  }

  /** A corner may take change d (of its sign-flipped value) unless that lowers a cell that may not go down. */
  private ok(i: number, d: number): boolean {
    return this.vrij(i) || d * teken(this.grid, i) > 0;
  }
}
