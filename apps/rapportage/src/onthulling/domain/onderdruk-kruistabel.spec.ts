import { herleidbareCellen, kruistabelStelsel } from './lezer.fixture';
import { uitgebreid } from './kruistabel';
import { GEKOPPELD, PRIMAIR, SECUNDAIR, ZICHTBAAR } from './masker';
import { onderdrukKruistabel, onderdrukkingsmasker } from './onderdruk-kruistabel';
import { onthullingsbeleid } from './onthullingsbeleid';

const tabel = (cellen: number[][]) => ({
  rijen: cellen.map((_, r) => `r${r}`),
  kolommen: cellen[0].map((_, k) => `k${k}`),
  cellen,
});

/** The grid's mask as rows of letters: . visible, P primary, S secondary, G linked. */
const masker = (cellen: number[][], nullen: 'tonen' | 'onderdrukken' = 'tonen', totaalGekoppeld = false): string[] => {
  const grid = uitgebreid(tabel(cellen));
  const uit = onderdrukkingsmasker(grid, onthullingsbeleid({ nullen }), totaalGekoppeld ? [grid.waarden.length - 1] : []);
  const letter = { [ZICHTBAAR]: '.', [PRIMAIR]: 'P', [SECUNDAIR]: 'S', [GEKOPPELD]: 'G' } as Record<number, string>;
  const rijen: string[] = [];
  for (let r = 0; r <= grid.m; r++) rijen.push([...uit.slice(r * (grid.n + 1), (r + 1) * (grid.n + 1))].map((v) => letter[v]).join(''));
  return rijen;
};

describe('onderdrukKruistabel', () => {
  it('leaves a table without small counts alone, margins included', () => {
    const uit = onderdrukKruistabel(
      tabel([
        [12, 30],
        [7, 0],
      ]),
    );
    expect(uit).toEqual({
      rijen: ['r0', 'r1'],
      kolommen: ['k0', 'k1'],
      cellen: [
        [12, 30],
        [7, 0],
      ],
      rijtotalen: [42, 7],
      kolomtotalen: [19, 30],
      totaal: 49,
      drempel: 5,
    });
  });

  it('a lone small cell takes the cheapest rectangle with it, so neither its row nor its column gives it away', () => {
    //   3  10  40 | 53
    //  20   8  60 | 88
    //  30  50   9 | 89
    expect(
      masker([
        [3, 10, 40],
        [20, 8, 60],
        [30, 50, 9],
      ]),
    ).toEqual(['PS..', 'SS..', '....', '....']);
    const uit = onderdrukKruistabel(
      tabel([
        [3, 10, 40],
        [20, 8, 60],
        [30, 50, 9],
      ]),
    );
    expect(uit.cellen).toEqual([
      [null, null, 40],
      [null, null, 60],
      [30, 50, 9],
    ]);
    expect(uit.rijtotalen).toEqual([53, 88, 89]);
  });

  it('a small row total (a school of three) is hidden, and so is what would give it back', () => {
    const cellen = [
      [3, 0],
      [40, 25],
      [31, 12],
    ];
    const uit = onderdrukKruistabel(tabel(cellen));
    expect(uit.rijtotalen[0]).toBeNull();
    expect(uit.cellen[0][0]).toBeNull();
    expect(uit.cellen[0][1]).toBe(0);
    expect(
      herleidbareCellen(kruistabelStelsel(cellen, (cel) => cel !== 0 && cel !== 2 && cel !== 3 && cel !== 5 && cel !== 6 && cel !== 8, 1)),
    ).toEqual([]);
  });

  it('hidden cells that sum to their count are not safe when a reader knows each is at least 1', () => {
    // Row 0 holds 1 and 1: its total 12 minus the visible 10 is 2, so both would be 1 — the 10 must join. And each
    // column needs a second hidden cell, while the rectangle of the two 1s alone cannot move (one of them would drop
    // to 0): so row 1 joins in all three columns.
    expect(
      masker([
        [1, 1, 10],
        [20, 30, 40],
      ]),
    ).toEqual(['PPS.', 'SSS.', '....']);
    // A 1 alone in its row hides its row total (also 1); both may only rise, so another row (8 | 8) must be able to
    // drop by as much — cheaper than hiding the column total 9 and the grand total 18.
    expect(
      masker([
        [1, 0],
        [0, 9],
        [8, 0],
      ]),
    ).toEqual(['P.P', '...', 'S.S', '...']);
  });

  it('with zeros suppressed too, a row of zeros is protected against "the hidden ones sum to 0"', () => {
    // Row 0: 0, 0, 12 | 12. Hiding the zeros alone gives 0 + 0 = 12 − 12: both 0. Something that can drop must join.
    const m = masker(
      [
        [0, 0, 12],
        [20, 30, 40],
      ],
      'onderdrukken',
    );
    expect(m[0].slice(0, 2)).toBe('PP');
    expect(m.join('').replace(/[.P]/g, '')).not.toBe('');
    const zichtbaar = (cel: number) => m.join('')[cel] === '.';
    expect(
      herleidbareCellen(
        kruistabelStelsel(
          [
            [0, 0, 12],
            [20, 30, 40],
          ],
          zichtbaar,
          0,
        ),
      ),
    ).toEqual([]);
  });

  it('a total hidden by a linked table is protected like any other cell', () => {
    // The cheapest rectangle through the grand total (100): 10, its row total 30 and its column total 40.
    expect(
      masker(
        [
          [10, 20],
          [30, 40],
        ],
        'tonen',
        true,
      ),
    ).toEqual(['S.S', '...', 'S.G']);
  });

  it('everything small: the whole table goes, and still nothing is pinned', () => {
    const uit = onderdrukKruistabel(
      tabel([
        [1, 2],
        [0, 1],
      ]),
    );
    expect(uit.cellen).toEqual([
      [null, null],
      [0, null],
    ]);
    expect(uit.totaal).toBeNull();
  });

  it('single row and single column tables (their margins repeat the cells)', () => {
    expect(onderdrukKruistabel(tabel([[3, 12, 20]])).cellen[0]).toEqual([null, null, 20]);
    const kolom = onderdrukKruistabel(tabel([[3], [12], [20]]));
    expect(kolom.cellen).toEqual([[null], [null], [20]]);
    expect(kolom.rijtotalen).toEqual([null, null, 20]);
  });

  it('the threshold is configurable', () => {
    const uit = onderdrukKruistabel(
      tabel([
        [7, 30],
        [25, 40],
      ]),
      onthullingsbeleid({ drempel: 10 }),
    );
    expect(uit.cellen[0][0]).toBeNull();
    expect(uit.drempel).toBe(10);
  });

  it('refuses what is no frequency table, naming the field', () => {
    expect(() => onderdrukKruistabel(tabel([[1, -1]]))).toThrow(
      expect.objectContaining({ code: 'onthulling.ongeldige-tabel', issues: [expect.objectContaining({ field: 'cellen[0][1]' })] }),
    );
    expect(() => onderdrukKruistabel(tabel([[1.5]]))).toThrow(expect.objectContaining({ code: 'onthulling.ongeldige-tabel' }));
    expect(() => onderdrukKruistabel({ rijen: ['a', 'b'], kolommen: ['x'], cellen: [[1], [2, 3]] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'cellen[1]', rule: 'cellen.vorm' })] }),
    );
  });

  it('a table without rows (nobody in the selection) is published with zero totals', () => {
    const leeg = onderdrukKruistabel({ rijen: [], kolommen: ['x', 'y'], cellen: [] }, onthullingsbeleid({ nullen: 'onderdrukken' }));
    expect(leeg).toEqual({ rijen: [], kolommen: ['x', 'y'], cellen: [], rijtotalen: [], kolomtotalen: [0, 0], totaal: 0, drempel: 5 });
  });
});
