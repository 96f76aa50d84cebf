import { DomainNlError } from '../errors/domain-nl-error';

/**
 * A calendar date without time or zone, `YYYY-MM-DD` (ISO 8601). Used for geboortedatum, peildatum and the
 * like: these are days, not instants, so they are never `Date` objects. ISO dates compare correctly as strings.
 */
export type IsoDate = string;

export interface CalendarDate {
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
  readonly day: number;
}

const ISO_DATE_VORM = /^(\d{4})-(\d{2})-(\d{2})$/;

export const ISO_DATE_MELDING = 'Datum moet een bestaande dag zijn in de vorm JJJJ-MM-DD';

export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** `{2026, 4, 1}` → `'2026-04-01'`; throws `ONGELDIGE_DATUM` for a day that does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isCalendarDate(year, month, day)) throw new DomainNlError('ONGELDIGE_DATUM', ISO_DATE_MELDING);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function formatIsoDate(date: CalendarDate): IsoDate {
  return isoDate(date.year, date.month, date.day);
}

/** Parses `YYYY-MM-DD`; throws `ONGELDIGE_DATUM` on another shape or a day that does not exist (2026-02-30). */
export function parseIsoDate(text: IsoDate): CalendarDate {
  const match = ISO_DATE_VORM.exec(text);
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!date || !isCalendarDate(date.year, date.month, date.day)) {
    throw new DomainNlError('ONGELDIGE_DATUM', ISO_DATE_MELDING);
  }
  return date;
}

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE_VORM.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Milliseconds of midnight UTC of a calendar day (safe for years < 100, unlike `Date.UTC`). */
export function utcMidnightMs(date: CalendarDate): number {
  const instant = new Date(0);
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return instant.getTime();
}

function fromUtcMs(ms: number): IsoDate {
  const instant = new Date(ms);
  return isoDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(utcMidnightMs(parseIsoDate(date)) + days * MS_PER_DAY);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnightMs(parseIsoDate(to)) - utcMidnightMs(parseIsoDate(from))) / MS_PER_DAY);
}

export function compareIsoDate(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  parseIsoDate(a);
  parseIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
