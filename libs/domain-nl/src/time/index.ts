export { CLOCK, systemClock } from './clock';
export type { Clock } from './clock';
export { FixedClock } from './fixed-clock';
export {
  ISO_DATE_MELDING,
  MS_PER_DAY,
  addDays,
  compareIsoDate,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  isoDate,
  parseIsoDate,
} from './iso-date';
export type { CalendarDate, IsoDate } from './iso-date';
export { endOfLocalDate, endOfLocalDay, localDateOf, startOfLocalDate, startOfLocalDay } from './local-day';
export { OffsetClock } from './offset-clock';
export {
  HOOGSTE_STARTJAAR,
  LAAGSTE_STARTJAAR,
  SCHOOLJAAR_MELDING,
  SCHOOLJAAR_VORM,
  isSchooljaar,
  isSchooljaarInBereik,
  schooljaarBounds,
  schooljaarOf,
  schooljaarOfInstant,
  schooljaarVanStartjaar,
  startjaarVan,
  volgendSchooljaar,
  vorigSchooljaar,
} from './schooljaar';
export type { Schooljaar, SchooljaarBounds } from './schooljaar';
export { intakeEisenPublicatie, teldatum, toelatingsrechtDatum, toelatingsrechtDeadline, volgendeTeldatum } from './schooljaar-kerndata';
export { AMSTERDAM, instantOfLocal, localDateTime, timeZoneOffsetMs } from './time-zone';
export type { LocalDateTime } from './time-zone';
export { eerstePaasdag, feestdagen, isWerkdag, werkdagenNa } from './werkdagen';
