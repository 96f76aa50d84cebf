import { onderdrukMetGedeeldTotaal } from './onderdruk-gekoppeld';
import { STANDAARD_BELEID } from './onthullingsbeleid';

const tabel = (cellen: number[][]) => ({ rijen: cellen.map((_, r) => `r${r}`), kolommen: cellen[0].map((_, k) => `k${k}`), cellen });

describe('onderdrukMetGedeeldTotaal', () => {
  it('leaves the tables alone when neither hides the shared total', () => {
    const [a, b] = onderdrukMetGedeeldTotaal(
      [
        tabel([
          [10, 20],
          [30, 40],
        ]),
        tabel([[50, 50]]),
      ],
      STANDAARD_BELEID,
    );
    expect(a.totaal).toBe(100);
    expect(b.totaal).toBe(100);
  });

  it('a total one table must hide is hidden in the other as well, and protected there', () => {
    // Table a: the 1 sits alone with zeros; its row and column totals are 1 as well, and the only way for all three to
    // change is together with the grand total.
    const a = tabel([
      [1, 0],
      [0, 0],
      [0, 6],
    ]);
    const b = tabel([[30, 40]]);
    const [pa, pb] = onderdrukMetGedeeldTotaal([a, b], STANDAARD_BELEID);
    expect(pa.totaal).toBeNull();
    expect(pb.totaal).toBeNull();
    // In b nothing was small, yet the hidden total needs company, or 30 + 40 gives it back.
    expect([...pb.cellen[0], ...pb.kolomtotalen, ...pb.rijtotalen].filter((v) => v === null).length).toBeGreaterThanOrEqual(3);
  });
});
