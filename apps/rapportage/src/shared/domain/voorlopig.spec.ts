import { isVoorlopig } from './voorlopig';

describe('isVoorlopig', () => {
  it('a peildatum after today (Amsterdam) is provisional; on the day itself it is counted', () => {
    expect(isVoorlopig('2026-10-01', new Date('2026-09-30T21:59:59Z'))).toBe(true); // 23:59 in Amsterdam
    expect(isVoorlopig('2026-10-01', new Date('2026-09-30T22:00:00Z'))).toBe(false); // 1 October 00:00 in Amsterdam
    expect(isVoorlopig('2025-10-01', new Date('2026-12-02T10:00:00Z'))).toBe(false);
  });
});
