import fc from 'fast-check';
import { GepubliceerdeKruistabel } from './kruistabel';
import { herleidbareCellen, kruistabelStelsel, lineairHerleidbareCellen, reeksStelsel, samengevoegd } from './lezer.fixture';
import { onderdrukGekoppeld } from './onderdruk-gekoppeld';
import { onderdrukKruistabel } from './onderdruk-kruistabel';
import { onderdrukReeks } from './onderdruk-reeks';
import { NulBeleid, OnthullingsBeleid } from './onthullingsbeleid';

/*
 * Property: whatever the table, nothing suppressed can be recomputed from what is published — checked by an
 * independent reader (lezer.fixture.ts) that searches for another table with the same publication.
 */

/** Counts the way small-area tables look: many zeros and small counts, some large ones. */
const telling = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 5, max: 9 }) },
  { weight: 3, arbitrary: fc.integer({ min: 10, max: 60 }) },
);

const beleid: fc.Arbitrary<OnthullingsBeleid> = fc.record({
  drempel: fc.integer({ min: 2, max: 6 }),
  nullen: fc.constantFrom<NulBeleid>('tonen', 'onderdrukken'),
});

const kruistabel = fc
  .record({ m: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ m, n }) => fc.array(fc.array(telling, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }));

const minimum = (b: OnthullingsBeleid): number => (b.nullen === 'tonen' ? 1 : 0);

/** Whether a cell of the grid (row-major with margins) is shown in a published table. */
const zichtbaarIn =
  (uit: GepubliceerdeKruistabel) =>
  (cel: number): boolean => {
    const m = uit.cellen.length;
    const n = uit.kolommen.length;
    const r = Math.floor(cel / (n + 1));
    const k = cel % (n + 1);
    if (r === m) return (k === n ? uit.totaal : uit.kolomtotalen[k]) !== null;
    return (k === n ? uit.rijtotalen[r] : uit.cellen[r][k]) !== null;
  };

describe('small-cell suppression: nothing suppressed is derivable (property)', () => {
  it('two-way tables with row, column and grand totals', () => {
    fc.assert(
      fc.property(kruistabel, beleid, (cellen, b) => {
        const m = cellen.length;
        const n = cellen[0].length;
        const tabel = {
          rijen: cellen.map((_, r) => `r${r}`),
          kolommen: cellen[0].map((_, k) => `k${k}`),
          cellen,
        };
        const uit = onderdrukKruistabel(tabel, b);
        // The published grid, read back the way a reader sees it.
        const gezien = (cel: number): number | null => {
          const r = Math.floor(cel / (n + 1));
          const k = cel % (n + 1);
          if (r === m) return k === n ? uit.totaal : uit.kolomtotalen[k];
          return k === n ? uit.rijtotalen[r] : uit.cellen[r][k];
        };
        const stelsel = kruistabelStelsel(cellen, (cel) => gezien(cel) !== null, minimum(b));
        stelsel.waarden.forEach((waarde, cel) => {
          const getoond = gezien(cel);
          // Published numbers are the true numbers; small ones never appear; zeros appear unless suppressed by policy.
          if (getoond !== null) expect(getoond).toBe(waarde);
          if (waarde > 0 && waarde < b.drempel) expect(getoond).toBeNull();
          if (waarde === 0) expect(getoond === null).toBe(b.nullen === 'onderdrukken');
        });
        expect(herleidbareCellen(stelsel)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('larger two-way tables: nothing follows from the equations alone (a weaker, faster reader)', () => {
    const groot = fc
      .record({ m: fc.integer({ min: 4, max: 14 }), n: fc.integer({ min: 4, max: 10 }) })
      .chain(({ m, n }) => fc.array(fc.array(telling, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }));
    fc.assert(
      fc.property(groot, beleid, (cellen, b) => {
        const n = cellen[0].length;
        const uit = onderdrukKruistabel({ rijen: cellen.map((_, r) => `r${r}`), kolommen: cellen[0].map((_, k) => `k${k}`), cellen }, b);
        const m = cellen.length;
        const zichtbaar = (cel: number): boolean => {
          const r = Math.floor(cel / (n + 1));
          const k = cel % (n + 1);
          if (r === m) return (k === n ? uit.totaal : uit.kolomtotalen[k]) !== null;
          return (k === n ? uit.rijtotalen[r] : uit.cellen[r][k]) !== null;
        };
        expect(lineairHerleidbareCellen(kruistabelStelsel(cellen, zichtbaar, minimum(b)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('one-way tables with their total', () => {
    fc.assert(
      fc.property(fc.array(telling, { minLength: 1, maxLength: 10 }), beleid, (waarden, b) => {
        const uit = onderdrukReeks({ categorieen: waarden.map((_, i) => `c${i}`), waarden }, b);
        const gezien = (cel: number): number | null => (cel === waarden.length ? uit.totaal : uit.waarden[cel]);
        const stelsel = reeksStelsel(waarden, (cel) => gezien(cel) !== null, minimum(b));
        stelsel.waarden.forEach((waarde, cel) => {
          const getoond = gezien(cel);
          if (getoond !== null) expect(getoond).toBe(waarde);
          if (waarde > 0 && waarde < b.drempel) expect(getoond).toBeNull();
          if (waarde === 0) expect(getoond === null).toBe(b.nullen === 'onderdrukken');
        });
        expect(herleidbareCellen(stelsel)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('tables over the same people sharing a breakdown (background × participation, age × background): jointly safe', () => {
    // People with a background (shared), a participation and an age class; two tables over them.
    const mensen = fc
      .record({ p: fc.integer({ min: 1, max: 3 }), q: fc.integer({ min: 1, max: 3 }), r: fc.integer({ min: 1, max: 3 }) })
      .chain(({ p, q, r }) =>
        fc.tuple(
          fc.constant({ p, q, r }),
          fc.array(fc.tuple(fc.nat(p - 1), fc.nat(q - 1), fc.nat(r - 1), fc.integer({ min: 1, max: 12 })), { maxLength: 7 }),
        ),
      );
    fc.assert(
      fc.property(mensen, beleid, ([{ p, q, r }, groepen], b) => {
        const a = Array.from({ length: p }, () => new Array<number>(q).fill(0)); // background × participation
        const c = Array.from({ length: r }, () => new Array<number>(p).fill(0)); // age × background
        for (const [x, y, z, aantal] of groepen) {
          a[x][y] += aantal;
          c[z][x] += aantal;
        }
        const labels = (n: number) => Array.from({ length: n }, (_, i) => `${i}`);
        const [pa, pc] = onderdrukGekoppeld(
          [
            { tabel: { rijen: labels(p), kolommen: labels(q), cellen: a }, gedeeld: 'rijen' },
            { tabel: { rijen: labels(r), kolommen: labels(p), cellen: c }, gedeeld: 'kolommen' },
          ],
          b,
        );
        const sa = kruistabelStelsel(a, zichtbaarIn(pa), minimum(b));
        const sc = kruistabelStelsel(c, zichtbaarIn(pc), minimum(b));
        // a's row totals are cells r·(q+1)+q, its grand total p·(q+1)+q; c's column totals r·(p+1)+k, grand total last.
        const zelfde = new Map<number, number>();
        for (let k = 0; k < p; k++) zelfde.set(r * (p + 1) + k, k * (q + 1) + q);
        zelfde.set(r * (p + 1) + p, p * (q + 1) + q);
        expect(herleidbareCellen(samengevoegd([sa, sc], [null, zelfde]))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('tables over the same people sharing only their grand total: jointly safe', () => {
    fc.assert(
      fc.property(kruistabel, kruistabel, beleid, (a, c0, b) => {
        // Give the second table the first one's total: put the difference in its last cell (when positive) …
        const totaal = (t: number[][]) => t.flat().reduce((s, v) => s + v, 0);
        const c = c0.map((rij) => [...rij]);
        const verschil = totaal(a) - totaal(c);
        if (verschil < 0) return; // … or skip this pair.
        c[c.length - 1][c[0].length - 1] += verschil;
        const tabel = (t: number[][]) => ({ rijen: t.map((_, i) => `${i}`), kolommen: t[0].map((_, i) => `${i}`), cellen: t });
        const [pa, pc] = onderdrukGekoppeld(
          [
            { tabel: tabel(a), gedeeld: 'totaal' },
            { tabel: tabel(c), gedeeld: 'totaal' },
          ],
          b,
        );
        const sa = kruistabelStelsel(a, zichtbaarIn(pa), minimum(b));
        const sc = kruistabelStelsel(c, zichtbaarIn(pc), minimum(b));
        const zelfde = new Map([[sc.waarden.length - 1, sa.waarden.length - 1]]);
        expect(herleidbareCellen(samengevoegd([sa, sc], [null, zelfde]))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the reader is not toothless: it finds what plain primary suppression leaves open', () => {
    // Without complements, a lone small cell in a row is its row total minus the rest.
    const stelsel = kruistabelStelsel(
      [
        [3, 10],
        [20, 30],
      ],
      (cel) => cel !== 0,
      1,
    );
    expect(herleidbareCellen(stelsel)).toEqual([0]);
    // Two hidden ones in a row that sum to 2 while each is known to be ≥ 1: both are 1.
    const paar = reeksStelsel([1, 1, 20], (cel) => cel > 1, 1);
    expect(herleidbareCellen(paar)).toEqual([0, 1]);
    expect(herleidbareCellen(reeksStelsel([1, 1, 20], (cel) => cel > 1, 0))).toEqual([]);
    // The linear reader sees the first case, not the second (it ignores the lower bound).
    expect(
      lineairHerleidbareCellen(
        kruistabelStelsel(
          [
            [3, 10],
            [20, 30],
          ],
          (cel) => cel !== 0,
          1,
        ),
      ),
    ).toEqual([0]);
    expect(lineairHerleidbareCellen(reeksStelsel([1, 1, 20], (cel) => cel > 1, 1))).toEqual([]);
  });
});
