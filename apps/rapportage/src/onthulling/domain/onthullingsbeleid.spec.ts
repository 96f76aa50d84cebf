import { isPrimairOnderdrukt, ondergrens, onthullingsbeleid, STANDAARD_BELEID } from './onthullingsbeleid';

describe('onthullingsbeleid', () => {
  it('defaults to counts below 5 suppressed and zeros shown', () => {
    expect(onthullingsbeleid()).toEqual({ drempel: 5, nullen: 'tonen' });
    expect(STANDAARD_BELEID).toEqual({ drempel: 5, nullen: 'tonen' });
  });

  it('primary: 1…4 by default; 0 only when zeros are suppressed; the threshold itself is shown', () => {
    expect([0, 1, 4, 5, 6].map((w) => isPrimairOnderdrukt(w, STANDAARD_BELEID))).toEqual([false, true, true, false, false]);
    const ookNullen = onthullingsbeleid({ nullen: 'onderdrukken', drempel: 3 });
    expect([0, 2, 3].map((w) => isPrimairOnderdrukt(w, ookNullen))).toEqual([true, true, false]);
  });

  it('a reader knows a hidden count is ≥ 1 when zeros are always shown, ≥ 0 otherwise', () => {
    expect(ondergrens(STANDAARD_BELEID)).toBe(1);
    expect(ondergrens(onthullingsbeleid({ nullen: 'onderdrukken' }))).toBe(0);
  });

  it('refuses a threshold that is no positive whole number, and an unknown zero policy', () => {
    for (const drempel of [0, -5, 2.5, 1001]) {
      expect(() => onthullingsbeleid({ drempel })).toThrow(
        expect.objectContaining({ code: 'onthulling.ongeldig-beleid', issues: [expect.objectContaining({ field: 'drempel' })] }),
      );
    }
    expect(() => onthullingsbeleid({ nullen: 'soms' as never })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'nullen' })] }),
    );
  });
});
