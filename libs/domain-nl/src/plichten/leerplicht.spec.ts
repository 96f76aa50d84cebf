import { isLeerplichtig, leerplichtBegin, leerplichtEinde } from './leerplicht';

describe('leerplicht', () => {
  it('begins on the first of the month after the 5th birthday', () => {
    expect(leerplichtBegin('2020-03-15')).toBe('2025-04-01');
    expect(leerplichtBegin('2020-03-01')).toBe('2025-04-01');
    expect(leerplichtBegin('2020-12-31')).toBe('2026-01-01');
  });

  it('ends on 31 July of the school year in which the child turns 16', () => {
    expect(leerplichtEinde('2010-07-15')).toBe('2026-07-31'); // 16 in July: this school year
    expect(leerplichtEinde('2010-07-31')).toBe('2026-07-31'); // 16 on the last day
    expect(leerplichtEinde('2010-08-01')).toBe('2027-07-31'); // 16 in August: the next school year
    expect(leerplichtEinde('2010-12-01')).toBe('2027-07-31');
    expect(leerplichtEinde('2011-01-01')).toBe('2027-07-31');
    expect(leerplichtEinde('2008-02-29')).toBe('2024-07-31');
  });

  it('isLeerplichtig between begin and end, inclusive', () => {
    expect(isLeerplichtig('2010-07-15', '2015-07-31')).toBe(false);
    expect(isLeerplichtig('2010-07-15', '2015-08-01')).toBe(true);
    expect(isLeerplichtig('2010-07-15', '2026-07-15')).toBe(true); // 16th birthday today
    expect(isLeerplichtig('2010-07-15', '2026-07-31')).toBe(true);
    expect(isLeerplichtig('2010-07-15', '2026-08-01')).toBe(false);
    expect(isLeerplichtig('2010-08-15', '2026-09-01')).toBe(true); // already 16, school year not over
    expect(isLeerplichtig('2010-08-15', '2027-08-01')).toBe(false);
  });
});
