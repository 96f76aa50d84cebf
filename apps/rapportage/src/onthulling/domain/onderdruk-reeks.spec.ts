import { GEKOPPELD, PRIMAIR, SECUNDAIR, ZICHTBAAR } from './masker';
import { onderdrukReeks, reeksMasker } from './onderdruk-reeks';
import { onthullingsbeleid } from './onthullingsbeleid';

const reeks = (waarden: number[]) => ({ categorieen: waarden.map((_, i) => `c${i}`), waarden });
const letters = (masker: Uint8Array) =>
  [...masker].map((v) => ({ [ZICHTBAAR]: '.', [PRIMAIR]: 'P', [SECUNDAIR]: 'S', [GEKOPPELD]: 'G' })[v]).join('');
const sum = (w: number[]) => w.reduce((a, b) => a + b, 0);

describe('onderdrukReeks', () => {
  it('nothing small: everything shown, total included', () => {
    expect(onderdrukReeks(reeks([12, 0, 30]))).toEqual({ categorieen: ['c0', 'c1', 'c2'], waarden: [12, 0, 30], totaal: 42, drempel: 5 });
  });

  it('one small count: the smallest other count goes with it, not the total', () => {
    expect(onderdrukReeks(reeks([3, 40, 9, 25])).waarden).toEqual([null, 40, null, 25]);
    expect(onderdrukReeks(reeks([3, 40, 9, 25])).totaal).toBe(77);
  });

  it('two small counts already protect each other — unless a reader knows both are 1', () => {
    expect(letters(reeksMasker([2, 3, 40], 45, onthullingsbeleid()))).toBe('PP..');
    // 1 + 1 = total − visible = 2, and hidden counts are at least 1: both 1. A count that can drop must join.
    expect(letters(reeksMasker([1, 1, 40], 42, onthullingsbeleid()))).toBe('PPS.');
    // With zeros suppressed the reader only knows ≥ 0: 0+2, 1+1, 2+0 all fit.
    expect(letters(reeksMasker([1, 1, 40], 42, onthullingsbeleid({ nullen: 'onderdrukken' })))).toBe('PP..');
  });

  it('only zeros beside a small count: the total goes', () => {
    expect(onderdrukReeks(reeks([0, 4, 0, 0])).waarden).toEqual([0, null, 0, 0]);
    expect(onderdrukReeks(reeks([0, 4, 0, 0])).totaal).toBeNull();
  });

  it('a small total hides every non-zero count', () => {
    const uit = onderdrukReeks(reeks([2, 0, 1]));
    expect(uit).toEqual({ categorieen: ['c0', 'c1', 'c2'], waarden: [null, 0, null], totaal: null, drempel: 5 });
  });

  it('a total hidden by a linked table takes a count with it', () => {
    const w = [10, 20, 6];
    expect(letters(reeksMasker(w, sum(w), onthullingsbeleid(), true))).toBe('..SG');
  });

  it('zeros suppressed: a hidden zero next to a big count is protected by that count', () => {
    expect(letters(reeksMasker([0, 12, 30], 42, onthullingsbeleid({ nullen: 'onderdrukken' })))).toBe('PS..');
  });

  it('refuses what is no frequency table', () => {
    expect(() => onderdrukReeks({ categorieen: ['a'], waarden: [1, 2] })).toThrow(expect.objectContaining({ code: 'onthulling.ongeldige-tabel' }));
    expect(() => onderdrukReeks({ categorieen: [], waarden: [] })).toThrow(expect.objectContaining({ code: 'onthulling.ongeldige-tabel' }));
    expect(() => onderdrukReeks(reeks([-2]))).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'waarden[0]', rule: 'waarden.telling' })] }),
    );
  });
});
