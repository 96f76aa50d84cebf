import { leesDatum } from './rij-lezer';

describe('dates in a DUO list', () => {
  it('JJJJ-MM-DD or DD-MM-JJJJ, days that exist', () => {
    expect(leesDatum('2026-03-01')).toBe('2026-03-01');
    expect(leesDatum('1-3-2026')).toBe('2026-03-01');
    expect(leesDatum('29-02-2026')).toBeUndefined();
    expect(leesDatum('20260301')).toBeUndefined();
    expect(leesDatum('03/01/2026')).toBeUndefined();
  });
});
