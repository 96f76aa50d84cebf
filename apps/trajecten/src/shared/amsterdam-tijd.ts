import {
  AMSTERDAM,
  IsoDate,
  LocalDateTime,
  MS_PER_DAY,
  instantOfLocal,
  localDateOf,
  localDateTime,
  parseIsoDate,
  timeZoneOffsetMs,
} from '@sluitend/domain-nl';

/**
 * Europe/Amsterdam wall-clock conversions for the hot paths (100,000 signals, 50,000 timers). libs/domain-nl's
 * `localDateTime` / `instantOfLocal` ask Intl on every call (tens of µs each); here its `timeZoneOffsetMs` is asked
 * once per UTC day and remembered while the offset is the same all day — Amsterdam changes offset at most once a day.
 * On a day with a change, and within a day of one when converting back, the answer comes from domain-nl itself, so
 * the results are domain-nl's exactly (amsterdam-tijd.spec.ts compares them). Not a second copy of the zone rules:
 * only a cache of domain-nl's offset.
 */
const VERANDERT = Number.NaN;
const MAX_DAGEN = 50_000;
const offsetPerDag = new Map<number, number>();

function offsetVanDag(dag: number): number {
  let offset = offsetPerDag.get(dag);
  if (offset === undefined) {
    const begin = timeZoneOffsetMs(new Date(dag * MS_PER_DAY), AMSTERDAM);
    const einde = timeZoneOffsetMs(new Date((dag + 1) * MS_PER_DAY - 1), AMSTERDAM);
    offset = begin === einde ? begin : VERANDERT;
    if (offsetPerDag.size >= MAX_DAGEN) offsetPerDag.clear();
    offsetPerDag.set(dag, offset);
  }
  return offset;
}

/** Amsterdam's offset from UTC at an instant, in ms (3,600,000 in winter, 7,200,000 in summer). */
export function amsterdamOffsetMs(ms: number): number {
  const offset = offsetVanDag(Math.floor(ms / MS_PER_DAY));
  return Number.isNaN(offset) ? timeZoneOffsetMs(new Date(ms), AMSTERDAM) : offset;
}

const GEWONE_JAREN = (jaar: number) => jaar >= 1000 && jaar <= 9999;

/** The Amsterdam wall-clock date and time of an instant (= domain-nl `localDateTime(instant, AMSTERDAM)`). */
export function amsterdamTijd(instant: Date): LocalDateTime {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return localDateTime(instant, AMSTERDAM);
  const lokaal = new Date(ms + amsterdamOffsetMs(ms));
  const year = lokaal.getUTCFullYear();
  if (!GEWONE_JAREN(year)) return localDateTime(instant, AMSTERDAM);
  return {
    year,
    month: lokaal.getUTCMonth() + 1,
    day: lokaal.getUTCDate(),
    hour: lokaal.getUTCHours(),
    minute: lokaal.getUTCMinutes(),
    second: lokaal.getUTCSeconds(),
    millisecond: lokaal.getUTCMilliseconds(),
  };
}

const twee = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The Amsterdam calendar day of an instant (= domain-nl `localDateOf(instant)`). */
export function amsterdamDatum(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return localDateOf(instant);
  const lokaal = new Date(ms + amsterdamOffsetMs(ms));
  const year = lokaal.getUTCFullYear();
  if (!GEWONE_JAREN(year)) return localDateOf(instant);
  return `${year}-${twee(lokaal.getUTCMonth() + 1)}-${twee(lokaal.getUTCDate())}`;
}

/**
 * The instant the Amsterdam wall clock shows `lokaal` (= domain-nl `instantOfLocal(lokaal, AMSTERDAM)`, including its
 * choice for a time that occurs twice or not at all around a change of offset).
 */
export function amsterdamMoment(lokaal: LocalDateTime): Date {
  if (!GEWONE_JAREN(lokaal.year)) return instantOfLocal(lokaal, AMSTERDAM);
  const wand = Date.UTC(lokaal.year, lokaal.month - 1, lokaal.day, lokaal.hour, lokaal.minute, lokaal.second, lokaal.millisecond);
  const voor = amsterdamOffsetMs(wand - MS_PER_DAY);
  return voor === amsterdamOffsetMs(wand + MS_PER_DAY) ? new Date(wand - voor) : instantOfLocal(lokaal, AMSTERDAM);
}

/** 00:00 Amsterdam time of a calendar day (= domain-nl `startOfLocalDate(datum)`). */
export function amsterdamBeginVanDag(datum: IsoDate): Date {
  return amsterdamMoment({ ...parseIsoDate(datum), hour: 0, minute: 0, second: 0, millisecond: 0 });
}
