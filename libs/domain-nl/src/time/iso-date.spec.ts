import { addDays, compareIsoDate, daysBetween, isIsoDate, isoDate, parseIsoDate } from './iso-date';

describe('IsoDate', () => {
  it('parses and formats real days only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isoDate(2026, 4, 1)).toBe('2026-04-01');
    expect(() => parseIsoDate('2026-13-01')).toThrow(expect.objectContaining({ code: 'ONGELDIGE_DATUM' }));
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-07-31', 1)).toBe('2026-08-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-08-01', '2026-07-31')).toBe(364);
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
  });

  it('compares', () => {
    expect(compareIsoDate('2026-04-01', '2026-04-02')).toBe(-1);
    expect(compareIsoDate('2026-04-01', '2026-04-01')).toBe(0);
    expect(() => compareIsoDate('2026-04-01', 'morgen')).toThrow();
  });
});
