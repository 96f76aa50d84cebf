import { addDays, IsoDate, isoDate, parseIsoDate, utcMidnightMs } from './iso-date';
import { AMSTERDAM, instantOfLocal, localDateTime } from './time-zone';

/** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function eerstePaasdag(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * The national public holidays (algemeen erkende feestdagen) of a year on which offices close: Nieuwjaarsdag, Eerste
 * en Tweede Paasdag, Koningsdag (26 April when 27 April is a Sunday), Bevrijdingsdag in lustrum years, Hemelvaartsdag,
 * Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.
 */
export function feestdagen(year: number): IsoDate[] {
  let dagen = feestdagenCache.get(year);
  if (!dagen) feestdagenCache.set(year, (dagen = berekenFeestdagen(year)));
  return [...dagen];
}

const feestdagenCache = new Map<number, IsoDate[]>();

function berekenFeestdagen(year: number): IsoDate[] {
  const pasen = eerstePaasdag(year);
  const koningsdag = isoDate(year, 4, 27);
  const dagen = [
    isoDate(year, 1, 1),
    pasen,
    addDays(pasen, 1),
    weekdag(koningsdag) === 0 ? isoDate(year, 4, 26) : koningsdag,
    addDays(pasen, 39),
    addDays(pasen, 49),
    addDays(pasen, 50),
    isoDate(year, 12, 25),
    isoDate(year, 12, 26),
  ];
  if (year % 5 === 0) dagen.push(isoDate(year, 5, 5));
  return dagen.sort();
}

/** 0 = Sunday … 6 = Saturday. */
function weekdag(date: IsoDate): number {
  return new Date(utcMidnightMs(parseIsoDate(date))).getUTCDay();
}

/** A working day: Monday to Friday and not a national public holiday. */
export function isWerkdag(date: IsoDate): boolean {
  const dag = weekdag(date);
  return dag !== 0 && dag !== 6 && !feestdagen(parseIsoDate(date).year).includes(date);
}

/**
 * The instant `werkdagen` working days after `instant`, at the same wall-clock time in `timeZone`: an alert raised on
 * Friday 10:00 with 5 working days is due the next Friday 10:00 (or later when holidays fall in between). Raised on a
 * weekend or holiday, counting starts from the next working day.
 */
export function werkdagenNa(instant: Date, werkdagen: number, timeZone: string = AMSTERDAM): Date {
  const local = localDateTime(instant, timeZone);
  let date = isoDate(local.year, local.month, local.day);
  for (let geteld = 0; geteld < werkdagen;) {
    date = addDays(date, 1);
    if (isWerkdag(date)) geteld += 1;
  }
  return instantOfLocal(
    { ...parseIsoDate(date), hour: local.hour, minute: local.minute, second: local.second, millisecond: local.millisecond },
    timeZone,
  );
}
