import fc from 'fast-check';
import { Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { herleidbareCellen, reeksStelsel } from '../../onthulling/domain/lezer.fixture';
import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { publiceerRegiorij } from './regiovergelijking';

const KOLOMMEN = ['r1', 'r2', 'r3', 'switch', 'lopend'];
const tabelVan = (cellen: number[][]): Kruistabel => ({ rijen: cellen.map((_, r) => `rij ${r}`), kolommen: KOLOMMEN, cellen });
const som = (w: readonly number[]) => w.reduce((a, b) => a + b, 0);

describe('the region row beside a table', () => {
  it("an RMC's own region is its table's column totals, as published (nothing it hides comes back)", () => {
    const tabel = tabelVan([
      [2, 0, 7, 5, 40],
      [9, 1, 0, 6, 30],
    ]);
    const regio = [11, 1, 7, 11, 70];
    const intern = publiceerRegiorij(
      { label: 'regio', regio, eigen: regio, tabel, gepubliceerd: ongefilterd(tabel), naarBuiten: false },
      STANDAARD_BELEID,
    );
    expect(intern.cellen).toEqual([regio]);
    expect(intern.drempel).toBeNull();
    const gepubliceerd = onderdrukKruistabel(tabel, STANDAARD_BELEID);
    const extern = publiceerRegiorij({ label: 'regio', regio, eigen: regio, tabel, gepubliceerd, naarBuiten: true }, STANDAARD_BELEID);
    expect(extern.cellen).toEqual([gepubliceerd.kolomtotalen]);
    expect(extern.totaal).toBe(gepubliceerd.totaal);
  });

  it('inside an institution: hidden where the other institutions have a small count, whatever its own part', () => {
    const tabel = tabelVan([[3, 0, 6, 5, 50]]);
    // The region: the institution's own 3 | 0 | 6 | 5 | 50 plus the others' 2 | 8 | 0 | 9 | 100.
    const eigen = [3, 0, 6, 5, 50];
    const regio = [5, 8, 6, 14, 150];
    const rij = publiceerRegiorij({ label: 'regio', regio, eigen, tabel, gepubliceerd: ongefilterd(tabel), naarBuiten: false }, STANDAARD_BELEID);
    // The others' 2 in r1 is small: hidden with the smallest visible non-zero of the others (8 in r2); 6 (others 0) shows.
    expect(rij.cellen).toEqual([[null, null, 6, 14, 150]]);
    expect(rij.totaal).toBe(183);
    expect(rij.drempel).toBe(5);
  });

  it("in an export also on the row's own counts: 3 of the institution's own and none of the others' is hidden too", () => {
    const tabel = tabelVan([[3, 0, 6, 5, 50]]);
    const regio = [3, 8, 6, 14, 150];
    const rij = publiceerRegiorij(
      { label: 'regio', regio, eigen: [3, 0, 6, 5, 50], tabel, gepubliceerd: onderdrukKruistabel(tabel, STANDAARD_BELEID), naarBuiten: true },
      STANDAARD_BELEID,
    );
    expect(rij.cellen[0][0]).toBeNull();
    expect(rij.cellen[0].filter((w) => w === null).length).toBeGreaterThanOrEqual(2);
    expect(() =>
      publiceerRegiorij(
        { label: 'regio', regio, eigen: [4, 0, 6, 5, 50], tabel, gepubliceerd: ongefilterd(tabel), naarBuiten: false },
        STANDAARD_BELEID,
      ),
    ).toThrow(/eigen deel/);
  });

  it('no hidden count can be worked out: not by a reader who knows the own part, nor by one who knows nothing (property)', () => {
    const telling = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 5, max: 40 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(telling, telling), { minLength: 5, maxLength: 5 }), fc.boolean(), (paren, naarBuiten) => {
        const eigen = paren.map(([e]) => e);
        const regio = paren.map(([e, a]) => e + a);
        fc.pre(som(regio) > 0);
        const tabel = tabelVan([eigen]);
        const gepubliceerd = naarBuiten ? onderdrukKruistabel(tabel, STANDAARD_BELEID) : ongefilterd(tabel);
        const rij = publiceerRegiorij({ label: 'regio', regio, eigen, tabel, gepubliceerd, naarBuiten }, STANDAARD_BELEID);
        if (rij.cellen[0] === gepubliceerd.kolomtotalen) return;
        const zichtbaar = (i: number) => (i < 5 ? rij.cellen[0][i] !== null : rij.totaal !== null);
        // The institution reads the others' counts: regio − eigen. What it knows of a hidden one: at least 1 (zeros
        // are shown), unless it may be hidden for the row's own sake in an export, where the others may have 0 beside
        // its own part. The reader works on the counts above those minima (the equation shifts by known numbers).
        const anderen = regio.map((r, k) => r - eigen[k]);
        const minimum = anderen.map((_, k) => (naarBuiten && eigen[k] > 0 ? 0 : 1));
        const verborgenKlein = anderen.map((a, k) => !zichtbaar(k) && a > 0 && a < STANDAARD_BELEID.drempel);
        // Primary: a small count of the others is hidden; in an export a small count of the row itself too.
        const klein = (w: number) => w > 0 && w < STANDAARD_BELEID.drempel;
        anderen.forEach((a, k) => (klein(a) ? expect(zichtbaar(k)).toBe(false) : undefined));
        if (naarBuiten) regio.forEach((r, k) => (klein(r) ? expect(zichtbaar(k)).toBe(false) : undefined));
        const intern = herleidbareCellen(
          reeksStelsel(
            anderen.map((a, k) => (zichtbaar(k) ? a : a - minimum[k])),
            zichtbaar,
            0,
          ),
        );
        expect(intern.filter((cel) => cel < 5 && verborgenKlein[cel])).toEqual([]);
        if (naarBuiten) {
          // A reader of the export knows zeros are shown: every hidden count is at least 1.
          const buiten = herleidbareCellen(reeksStelsel(regio, zichtbaar, 1));
          expect(buiten.filter((cel) => cel < 5 && regio[cel] > 0 && regio[cel] < STANDAARD_BELEID.drempel)).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
