import { addDays, isoDate } from './iso-date';
import { endOfLocalDate, endOfLocalDay, localDateOf, startOfLocalDate, startOfLocalDay } from './local-day';
import { AMSTERDAM, instantOfLocal, timeZoneOffsetMs } from './time-zone';

describe('local days', () => {
  it('1 April 23:59:59.999 CEST is 21:59:59.999Z', () => {
    expect(endOfLocalDay(2026, 4, 1, AMSTERDAM).toISOString()).toBe('2026-04-01T21:59:59.999Z');
    expect(endOfLocalDay(2026, 4, 1).toISOString()).toBe('2026-04-01T21:59:59.999Z');
  });

  it('a winter day is UTC+1', () => {
    expect(startOfLocalDay(2026, 1, 15, AMSTERDAM).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(endOfLocalDay(2026, 1, 15, AMSTERDAM).toISOString()).toBe('2026-01-15T22:59:59.999Z');
  });

  it('DST change days are 23 and 25 hours long', () => {
    expect(startOfLocalDay(2026, 3, 29).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfLocalDay(2026, 3, 29).toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(startOfLocalDay(2026, 10, 25).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfLocalDay(2026, 10, 25).toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  it('start and end bracket exactly the local day, every day of a year, in several zones', () => {
    for (const zone of [AMSTERDAM, 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'UTC']) {
      for (let day = isoDate(2025, 1, 1); day < '2026-01-01'; day = addDays(day, 1)) {
        const start = startOfLocalDate(day, zone);
        const end = endOfLocalDate(day, zone);
        expect([localDateOf(start, zone), localDateOf(end, zone)]).toEqual([day, day]);
        expect(localDateOf(new Date(start.getTime() - 1), zone)).toBe(addDays(day, -1));
        expect(localDateOf(new Date(end.getTime() + 1), zone)).toBe(addDays(day, 1));
      }
    }
  });

  it('localDateOf uses the local day', () => {
    expect(localDateOf(new Date('2026-04-01T21:59:59.999Z'))).toBe('2026-04-01');
    expect(localDateOf(new Date('2026-04-01T22:00:00.000Z'))).toBe('2026-04-02');
    expect(localDateOf(new Date('2025-12-31T23:30:00Z'), AMSTERDAM)).toBe('2026-01-01');
    expect(localDateOf(new Date('2025-12-31T23:30:00Z'), 'UTC')).toBe('2025-12-31');
  });

  it('offsets follow DST', () => {
    expect(timeZoneOffsetMs(new Date('2026-01-15T12:00:00Z'), AMSTERDAM)).toBe(3_600_000);
    expect(timeZoneOffsetMs(new Date('2026-07-15T12:00:00Z'), AMSTERDAM)).toBe(7_200_000);
  });

  it('a wall time in the spring gap moves forward; one in the autumn overlap takes the earlier instant', () => {
    const local = { hour: 2, minute: 30, second: 0, millisecond: 0 };
    expect(instantOfLocal({ year: 2026, month: 3, day: 29, ...local }, AMSTERDAM).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOfLocal({ year: 2026, month: 10, day: 25, ...local }, AMSTERDAM).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('rejects days that do not exist and unknown zones', () => {
    expect(() => endOfLocalDay(2026, 2, 29)).toThrow(expect.objectContaining({ code: 'ONGELDIGE_DATUM' }));
    expect(() => endOfLocalDay(2026, 4, 1, 'Europe/Nowhere')).toThrow(expect.objectContaining({ code: 'ONGELDIGE_TIJDZONE' }));
  });
});
