import { onderdrukGekoppeld } from './onderdruk-gekoppeld';
import { STANDAARD_BELEID } from './onthullingsbeleid';

const tabel = (cellen: number[][]) => ({ rijen: cellen.map((_, r) => `r${r}`), kolommen: cellen[0].map((_, k) => `k${k}`), cellen });

describe('onderdrukGekoppeld', () => {
  it('leaves the tables alone when none hides a shared total', () => {
    const [a, b] = onderdrukGekoppeld(
      [
        {
          tabel: tabel([
            [10, 20],
            [30, 40],
          ]),
          gedeeld: 'totaal',
        },
        { tabel: tabel([[50, 50]]), gedeeld: 'totaal' },
      ],
      STANDAARD_BELEID,
    );
    expect(a.totaal).toBe(100);
    expect(b.totaal).toBe(100);
    expect(b.cellen).toEqual([[50, 50]]);
  });

  it('a grand total one table must hide is hidden in the other as well, and does not stand alone there', () => {
    // Table a: 1 alone with zeros; its row and column totals are 1 as well, and they can only change with the grand
    // total. Table b (the same 70 people) has nothing small, yet its hidden total needs company, or 30 + 40 gives it back.
    const [pa, pb] = onderdrukGekoppeld(
      [
        {
          tabel: tabel([
            [1, 0],
            [0, 0],
            [0, 69],
          ]),
          gedeeld: 'totaal',
        },
        { tabel: tabel([[30, 40]]), gedeeld: 'totaal' },
      ],
      STANDAARD_BELEID,
    );
    expect(pa.totaal).toBeNull();
    expect(pb.totaal).toBeNull();
    expect([...pb.cellen[0], ...pb.kolomtotalen, ...pb.rijtotalen].filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
  });

  it('a shared breakdown: a total per category hidden in one table is hidden in all', () => {
    // Per background (rows of a, columns of b): 12 and 3. The 3 is small in both; 12 is visible in both.
    const a = tabel([
      [7, 5],
      [2, 1],
    ]); // background × participation
    const b = tabel([
      [6, 1],
      [6, 2],
    ]); // age × background
    const [pa, pb] = onderdrukGekoppeld(
      [
        { tabel: a, gedeeld: 'rijen' },
        { tabel: b, gedeeld: 'kolommen' },
      ],
      STANDAARD_BELEID,
    );
    expect(pa.rijtotalen[1]).toBeNull();
    expect(pb.kolomtotalen[1]).toBeNull();
    expect(pa.rijtotalen[0] === null).toBe(pb.kolomtotalen[0] === null);
    expect(pa.totaal === null).toBe(pb.totaal === null);
  });

  it('refuses tables that do not count the same people, or mix the two kinds of sharing', () => {
    expect(() =>
      onderdrukGekoppeld(
        [
          { tabel: tabel([[1, 6]]), gedeeld: 'totaal' },
          { tabel: tabel([[70]]), gedeeld: 'totaal' },
        ],
        STANDAARD_BELEID,
      ),
    ).toThrow(expect.objectContaining({ code: 'onthulling.ongeldige-tabel', issues: [expect.objectContaining({ rule: 'gedeeld.totaal' })] }));
    expect(() =>
      onderdrukGekoppeld(
        [
          {
            tabel: tabel([
              [5, 5],
              [5, 5],
            ]),
            gedeeld: 'rijen',
          },
          { tabel: tabel([[8, 12]]), gedeeld: 'kolommen' },
        ],
        STANDAARD_BELEID,
      ),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ rule: 'gedeeld.marges' })] }));
    expect(() =>
      onderdrukGekoppeld(
        [
          { tabel: tabel([[5, 5]]), gedeeld: 'rijen' },
          { tabel: tabel([[10]]), gedeeld: 'totaal' },
        ],
        STANDAARD_BELEID,
      ),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ rule: 'gedeeld.een-soort' })] }));
  });
});
