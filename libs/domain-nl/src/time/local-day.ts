import { IsoDate, addDays, isoDate, parseIsoDate } from './iso-date';
import { AMSTERDAM, instantOfLocal, localDateTime } from './time-zone';

/** The first instant (00:00:00.000 local) of a calendar day in a time zone. `month` is 1-based. */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string = AMSTERDAM): Date {
  const date = parseIsoDate(isoDate(year, month, day));
  return instantOfLocal({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/**
 * The last instant (23:59:59.999 local) of a calendar day in a time zone, e.g. the end of "on or before 1 April":
 * `endOfLocalDay(2026, 4, 1)` = 2026-04-01T21:59:59.999Z (CEST, UTC+2). Computed as the start of the next local
 * day minus 1 ms, so it is right on DST-change days too. `month` is 1-based.
 */
export function endOfLocalDay(year: number, month: number, day: number, timeZone: string = AMSTERDAM): Date {
  const next = parseIsoDate(addDays(isoDate(year, month, day), 1));
  return new Date(startOfLocalDay(next.year, next.month, next.day, timeZone).getTime() - 1);
}

export function startOfLocalDate(date: IsoDate, timeZone: string = AMSTERDAM): Date {
  const { year, month, day } = parseIsoDate(date);
  return startOfLocalDay(year, month, day, timeZone);
}

export function endOfLocalDate(date: IsoDate, timeZone: string = AMSTERDAM): Date {
  const { year, month, day } = parseIsoDate(date);
  return endOfLocalDay(year, month, day, timeZone);
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone; e.g. today's peildatum from a Clock. */
export function localDateOf(instant: Date, timeZone: string = AMSTERDAM): IsoDate {
  const local = localDateTime(instant, timeZone);
  return isoDate(local.year, local.month, local.day);
}
