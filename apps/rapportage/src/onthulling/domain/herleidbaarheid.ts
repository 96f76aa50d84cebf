import { UitgebreideTabel } from './kruistabel';

/*
 * Can a reader work out a suppressed count of a two-way table from what is published (the visible cells and margins)?
 *
 * The published values fix every row equation (cells of a row sum to its total, the column totals sum to the grand
 * total) and every column equation. A suppressed cell is *herleidbaar* (derivable) when all tables that agree with the
 * publication — non-negative integers, every suppressed cell at least the reader's lower bound `ondergrens` — give it
 * the same value. It is protected when at least one other such table gives it another value.
 *
 * Flip the sign of the one-way margins (row totals and column totals, not the grand total): then every row and column
 * of the (m+1)×(n+1) grid sums to zero, so a change `d` to the suppressed cells keeps the publication intact exactly
 * when every row and column of `d` sums to zero. Read the grid as a bipartite graph (a node per grid row, a node per
 * grid column, an edge per suppressed cell): such changes are the circulations on these edges, built from cycles
 * that alternate +1 and −1. A cell at the lower bound may only go up, which fixes the sign its edge may carry. So:
 * give each suppressed cell `e` an arc row→column (for d_e = +1) and column→row (for d_e = −1), keep only the arcs a
 * cell at its lower bound allows, and a cell can move up (or down) exactly when a directed cycle runs through its arc
 * for that direction — a path back from the arc's head to its tail without using the cell itself.
 * (Exact: the constraint matrix is a network matrix, so its circuits have entries 0, ±1 and any alternative table
 * decomposes into such cycles, each of which is an alternative by itself.)
 */

/** +1 for interior cells and the grand total, −1 for row and column totals (the sign flip above). */
export function teken(grid: UitgebreideTabel, index: number): 1 | -1 {
  const breedte = grid.n + 1;
  const rij = (index / breedte) | 0;
  const kolom = index - rij * breedte;
  return (rij === grid.m) === (kolom === grid.n) ? 1 : -1;
}

const OMHOOG = 1; // the cell may take d = +1: an arc row→column
const OMLAAG = 2; // the cell may take d = −1: an arc column→row

/**
 * The protection check over one grid and its (growing) set of hidden cells. Per grid row and column it keeps the
 * arcs of the hidden cells leaving and entering that node, and reuses its work arrays: a check touches only hidden
 * cells and allocates nothing (dashboards at national size run thousands of them).
 */
export class Herleidbaarheid {
  /** Per cell: which changes of its sign-flipped value are allowed (OMHOOG | OMLAAG). Fixed by value and position. */
  private readonly toegestaan: Uint8Array;
  /** Per node (rows 0…m, then columns): the arcs leaving it, as pairs [cell, target node]. */
  private readonly uit: number[][];
  /** Per node: the hidden cells with an arc entering it. */
  private readonly in: number[][];
  private readonly bezocht: Uint32Array;
  private readonly stapel: Int32Array;
  private readonly positie: Int32Array;
  private ronde = 0;

  constructor(
    private readonly grid: UitgebreideTabel,
    /** Non-zero where a cell is hidden; `verberg` keeps it and the arcs in step. */
    readonly masker: Uint8Array,
    ondergrens: number,
    /**
     * Cells that may only go up (1), like cells at the lower bound: the totals a table shares with tables published
     * beside it (see `onderdrukGekoppeld`). Null: none.
     */
    alleenOmhoog: Uint8Array | null = null,
  ) {
    const { m, n, waarden } = grid;
    const knopen = m + 1 + n + 1;
    this.toegestaan = new Uint8Array(waarden.length);
    for (let cel = 0; cel < waarden.length; cel++) {
      // A cell above the lower bound may go either way; one at the bound only up, i.e. d with the sign of `teken`.
      const vrij = waarden[cel] > ondergrens && (alleenOmhoog === null || alleenOmhoog[cel] === 0);
      this.toegestaan[cel] = vrij ? OMHOOG | OMLAAG : teken(grid, cel) > 0 ? OMHOOG : OMLAAG;
    }
    this.uit = Array.from({ length: knopen }, () => []);
    this.in = Array.from({ length: knopen }, () => []);
    for (let cel = 0; cel < masker.length; cel++) if (masker[cel] !== 0) this.voegToe(cel);
    this.bezocht = new Uint32Array(knopen);
    this.stapel = new Int32Array(knopen);
    this.positie = new Int32Array(knopen);
  }

  /** Hide a visible cell (reden ≠ 0). */
  verberg(cel: number, reden: number): void {
    if (this.masker[cel] !== 0) return;
    this.masker[cel] = reden;
    this.voegToe(cel);
  }

  /** A suppressed cell is protected when another table consistent with the publication gives it another value. */
  isBeschermd(index: number): boolean {
    return this.kanBewegen(index, 1) || this.kanBewegen(index, -1);
  }

  /** Whether cell `index` may change by `richting` (+1 up, −1 down in its true value) and the publication stay. */
  kanBewegen(index: number, richting: 1 | -1): boolean {
    if (richting < 0 && (this.toegestaan[index] & (OMHOOG | OMLAAG)) !== (OMHOOG | OMLAAG)) return false;
    const breedte = this.grid.n + 1;
    const rij = (index / breedte) | 0;
    const rijKnoop = rij;
    const kolomKnoop = this.grid.m + 1 + (index - rij * breedte);
    // d > 0: arc row→column, so we need a way back from the column to the row; d < 0 the other way round.
    const d = richting * teken(this.grid, index);
    return d > 0 ? this.pad(kolomKnoop, rijKnoop, index) : this.pad(rijKnoop, kolomKnoop, index);
  }

  private voegToe(cel: number): void {
    const { m, n } = this.grid;
    const rij = (cel / (n + 1)) | 0;
    const kolomKnoop = m + 1 + (cel - rij * (n + 1));
    if (this.toegestaan[cel] & OMHOOG) {
      this.uit[rij].push(cel, kolomKnoop);
      this.in[kolomKnoop].push(cel);
    }
    if (this.toegestaan[cel] & OMLAAG) {
      this.uit[kolomKnoop].push(cel, rij);
      this.in[rij].push(cel);
    }
  }

  /** Whether `lijst` (of cells, or of [cell, node] pairs with `stap` 2) holds a cell other than `zonder`. */
  private static heeftAndere(lijst: readonly number[], stap: number, zonder: number): boolean {
    for (let i = 0; i < lijst.length; i += stap) if (lijst[i] !== zonder) return true;
    return false;
  }

  /**
   * Depth-first search over the arcs of hidden cells other than `zonder`, looking one step ahead at every node it
   * reaches (an arc straight to the target?). A protected cell usually sits on a short cycle, found in a handful of
   * steps however wide the table; a cell with no arc out of the start or into the target fails at once; only the
   * remaining unprotected cells cost a full search.
   */
  private pad(van: number, naar: number, zonder: number): boolean {
    if (!Herleidbaarheid.heeftAndere(this.uit[van], 2, zonder) || !Herleidbaarheid.heeftAndere(this.in[naar], 1, zonder)) {
      return false;
    }
    const ronde = ++this.ronde;
    const { bezocht, stapel, positie, uit } = this;
    let diepte = 0;
    stapel[diepte] = van;
    positie[diepte++] = 0;
    bezocht[van] = ronde;
    while (diepte > 0) {
      const knoop = stapel[diepte - 1];
      const bogen = uit[knoop];
      const p = positie[diepte - 1];
      if (p === bogen.length) {
        diepte--;
        continue;
      }
      positie[diepte - 1] = p + 2;
      if (bogen[p] === zonder) continue;
      const doel = bogen[p + 1];
      if (doel === naar) return true;
      if (bezocht[doel] === ronde) continue;
      if (this.directNaar(doel, naar, zonder)) return true;
      bezocht[doel] = ronde;
      stapel[diepte] = doel;
      positie[diepte++] = 0;
    }
    return false;
  }

  /** One step ahead: an arc from `knoop` straight to `naar` (through the cell where their row and column cross). */
  private directNaar(knoop: number, naar: number, zonder: number): boolean {
    const { m } = this.grid;
    const breedte = this.grid.n + 1;
    const knoopIsRij = knoop <= m;
    if (knoopIsRij === naar <= m) return false;
    const cel = knoopIsRij ? knoop * breedte + (naar - m - 1) : naar * breedte + (knoop - m - 1);
    return cel !== zonder && this.masker[cel] !== 0 && (this.toegestaan[cel] & (knoopIsRij ? OMHOOG : OMLAAG)) !== 0;
  }
}
