import { DomainNlError } from '../errors/domain-nl-error';
import { CalendarDate, MS_PER_DAY, utcMidnightMs } from './iso-date';

/** The legal time zone for Dutch deadlines ("on or before 1 April" ends at 1 April 23:59:59.999 local). */
export const AMSTERDAM = 'Europe/Amsterdam';

export interface LocalDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new DomainNlError('ONGELDIGE_TIJDZONE', 'Onbekende tijdzone');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock date and time of an instant in a time zone. */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new DomainNlError('ONGELDIGE_DATUM', 'Ongeldig tijdstip');
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const yearOfEra = Number(parts['year']);
  return {
    year: parts['era'] === 'BC' || parts['era'] === 'B' ? 1 - yearOfEra : yearOfEra,
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

function wallClockMs(local: LocalDateTime): number {
  return utcMidnightMs(local) + ((local.hour * 60 + local.minute) * 60 + local.second) * 1000 + local.millisecond;
}

/** Offset of the zone from UTC at an instant, in ms (Amsterdam: +3_600_000 in winter, +7_200_000 in summer). */
export function timeZoneOffsetMs(instant: Date, timeZone: string): number {
  return wallClockMs(localDateTime(instant, timeZone)) - instant.getTime();
}

/**
 * The instant at which the wall clock in `timeZone` shows `local`.
 * Around a DST change (at most one per ±1 day is assumed, true for real zones):
 * - a time that occurs twice (autumn overlap) gives the earlier instant;
 * - a time that does not exist (spring gap) is moved forward by the gap (02:30 → 03:30 in Amsterdam).
 * Midnight and 23:59:59.999 are never in a gap or overlap in Europe/Amsterdam (changes happen at 02:00/03:00).
 */
export function instantOfLocal(local: LocalDateTime, timeZone: string): Date {
  const localMs = wallClockMs(local);
  const offsetBefore = timeZoneOffsetMs(new Date(localMs - MS_PER_DAY), timeZone);
  const offsetAfter = timeZoneOffsetMs(new Date(localMs + MS_PER_DAY), timeZone);
  const candidates = [localMs - offsetBefore, localMs - offsetAfter].filter((ms) => timeZoneOffsetMs(new Date(ms), timeZone) === localMs - ms);
  if (candidates.length === 0) return new Date(localMs - offsetBefore);
  return new Date(Math.min(...candidates));
}
