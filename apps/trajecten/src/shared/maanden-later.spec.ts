import { maandenLater } from './maanden-later';

describe('maandenLater (calendar months on the Amsterdam wall clock)', () => {
  it('keeps the local time across the change to summer time', () => {
    // 15 January 2026 10:00 CET = 09:00Z; 15 April 2026 10:00 CEST = 08:00Z.
    expect(maandenLater(new Date('2026-01-15T09:00:00Z'), 3).toISOString()).toBe('2026-04-15T08:00:00.000Z');
    expect(maandenLater(new Date('2026-01-15T09:00:00Z'), 6).toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(maandenLater(new Date('2025-08-31T10:00:00Z'), 6).toISOString()).toBe('2026-02-28T11:00:00.000Z');
    expect(maandenLater(new Date('2027-08-31T10:00:00Z'), 6).toISOString()).toBe('2028-02-29T11:00:00.000Z');
  });

  it('crosses the year and counts backwards too', () => {
    expect(maandenLater(new Date('2026-10-31T10:00:00Z'), 4).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    // 23:30Z on 30 November is already 1 December in Amsterdam: the local day counts.
    expect(maandenLater(new Date('2026-11-30T23:30:00Z'), 3).toISOString()).toBe('2027-02-28T23:30:00.000Z');
    expect(maandenLater(new Date('2026-03-15T11:00:00Z'), -3).toISOString()).toBe('2025-12-15T11:00:00.000Z');
  });
});
