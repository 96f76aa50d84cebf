import { Herleidbaarheid, teken } from './herleidbaarheid';
import { herleidbareCellen, kruistabelStelsel } from './lezer.fixture';
import { uitgebreid } from './kruistabel';

/** Grid of a 2×2 table with margins (3×3): indices 0 1 | 2 / 3 4 | 5 / 6 7 | 8. */
const grid = uitgebreid({
  rijen: ['a', 'b'],
  kolommen: ['x', 'y'],
  cellen: [
    [1, 9],
    [6, 7],
  ],
});
const verborgen = (...cellen: number[]) => {
  const masker = new Uint8Array(9);
  for (const c of cellen) masker[c] = 1;
  return masker;
};

describe('Herleidbaarheid', () => {
  it('flips the sign of the one-way margins only', () => {
    expect([0, 2, 6, 8].map((i) => teken(grid, i))).toEqual([1, -1, -1, 1]);
  });

  it('a lone hidden cell in its row is derivable', () => {
    expect(new Herleidbaarheid(grid, verborgen(0), 0).isBeschermd(0)).toBe(false);
    expect(new Herleidbaarheid(grid, verborgen(0, 1), 0).isBeschermd(0)).toBe(false); // its column still gives it away
  });

  it('a rectangle of hidden cells protects all four, unless a cell at the lower bound would have to drop', () => {
    const h = new Herleidbaarheid(grid, verborgen(0, 1, 3, 4), 0);
    expect([0, 1, 3, 4].map((c) => h.isBeschermd(c))).toEqual([true, true, true, true]);
    // With hidden counts known to be ≥ 1, the 1 may only rise; then 9 and 6 drop and 7 rises: still fine.
    const g = new Herleidbaarheid(grid, verborgen(0, 1, 3, 4), 1);
    expect(g.isBeschermd(0)).toBe(true);
    expect(g.kanBewegen(0, -1)).toBe(false);
  });

  it('a cell with its row total, column total and the grand total: all four rise together', () => {
    const h = new Herleidbaarheid(grid, verborgen(0, 2, 6, 8), 1);
    expect(h.kanBewegen(0, 1)).toBe(true);
    expect(h.kanBewegen(0, -1)).toBe(false);
  });

  it('agrees with the independent reader on every mask of the 3×3 grid', () => {
    for (let bits = 1; bits < 1 << 9; bits++) {
      const masker = new Uint8Array(9);
      for (let c = 0; c < 9; c++) masker[c] = (bits >> c) & 1;
      for (const minimum of [0, 1]) {
        const h = new Herleidbaarheid(grid, masker, minimum);
        const stelsel = kruistabelStelsel(
          [
            [1, 9],
            [6, 7],
          ],
          (c) => masker[c] === 0,
          minimum,
        );
        const lezer = herleidbareCellen(stelsel);
        const wij = [...masker.keys()].filter((c) => masker[c] === 1 && !h.isBeschermd(c));
        expect({ bits, minimum, wij }).toEqual({ bits, minimum, wij: lezer });
      }
    }
  });
});
