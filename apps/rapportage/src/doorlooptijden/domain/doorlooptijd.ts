import { AMSTERDAM, DomainError, IsoDate, MS_PER_DAY, daysBetween, daysInMonth, timeZoneOffsetMs } from '@sluitend/domain-nl';

/** Digits at [van, van + lengte) of `tekst` as a number, or −1 when any is no digit. */
function cijfers(tekst: string, van: number, lengte: number): number {
  let waarde = 0;
  for (let i = van; i < van + lengte; i++) {
    const c = tekst.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    waarde = waarde * 10 + c;
  }
  return waarde;
}

/**
 * The shape events carry — exactly what libs/contracts' `z.iso.datetime({ offset: true })` accepts (and what
 * `Date.toISOString()` writes): `YYYY-MM-DDTHH:MM:SS[.s…]` then `Z` or `±HH:MM` — read digit by digit: a replay reads
 * millions of them and `Date.parse` was the slow part (and is laxer: it takes 30 February). NaN for any other text.
 */
function snelMoment(t: string): number {
  if (
    t.length < 20 ||
    t.charCodeAt(4) !== 45 ||
    t.charCodeAt(7) !== 45 ||
    t.charCodeAt(10) !== 84 ||
    t.charCodeAt(13) !== 58 ||
    t.charCodeAt(16) !== 58
  ) {
    return NaN;
  }
  const jaar = cijfers(t, 0, 4);
  const maand = cijfers(t, 5, 2);
  const dag = cijfers(t, 8, 2);
  const uur = cijfers(t, 11, 2);
  const minuut = cijfers(t, 14, 2);
  const seconde = cijfers(t, 17, 2);
  if (jaar < 0 || maand < 1 || maand > 12 || dag < 1 || dag > 31 || uur < 0 || uur > 23 || minuut < 0 || minuut > 59 || seconde < 0 || seconde > 59) {
    return NaN;
  }
  let i = 19;
  let fractie = 0;
  if (t.charCodeAt(i) === 46) {
    let schaal = 100;
    i++;
    const begin = i;
    while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) {
      fractie += (t.charCodeAt(i) - 48) * schaal;
      schaal /= 10;
      i++;
    }
    if (i === begin) return NaN;
    fractie = Math.floor(fractie);
  }
  let offsetMinuten = 0;
  const teken = t.charCodeAt(i);
  if (teken === 90 && i + 1 === t.length) offsetMinuten = 0;
  else if ((teken === 43 || teken === 45) && i + 6 === t.length && t.charCodeAt(i + 3) === 58) {
    const oh = cijfers(t, i + 1, 2);
    const om = cijfers(t, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMinuten = (teken === 43 ? 1 : -1) * (oh * 60 + om);
  } else return NaN;
  // A day that does not exist (30 February) is no instant; Date.UTC would roll it over into March.
  if (dag > daysInMonth(jaar, maand)) return NaN;
  return Date.UTC(jaar, maand - 1, dag, uur, minuut, seconde, fractie) - offsetMinuten * 60_000;
}

/** Milliseconds since the epoch of an ISO 8601 instant with offset (as events carry them); refuses anything else. */
export function moment(instant: string, veld: string): number {
  const ms = snelMoment(instant);
  if (Number.isNaN(ms)) {
    throw DomainError.ongeldig('doorlooptijd.ongeldig-moment', `${veld} is geen tijdstip`, [
      { field: veld, rule: 'moment.iso-8601', message: 'Een tijdstip in ISO 8601 met tijdzone' },
    ]);
  }
  return ms;
}

/** Hours between two instants (fractional). */
export function uren(vanMs: number, totMs: number): number {
  return (totMs - vanMs) / 3_600_000;
}

const UUR_MS = 3_600_000;
const offsetPerUur = new Map<number, number>();

/**
 * The Europe/Amsterdam calendar day of an instant, as a day number (days since 1970-01-01), from domain-nl's offset.
 * Amsterdam changes its offset only on whole UTC hours (01:00 UTC), so one offset holds for a whole UTC hour: it is
 * asked once per hour and kept (a figure over a million durations asks a few thousand times, not two million).
 */
export function amsterdamseDag(ms: number): number {
  const uur = Math.floor(ms / UUR_MS);
  let offset = offsetPerUur.get(uur);
  if (offset === undefined) {
    if (offsetPerUur.size >= 100_000) offsetPerUur.clear();
    offset = timeZoneOffsetMs(new Date(uur * UUR_MS), AMSTERDAM);
    offsetPerUur.set(uur, offset);
  }
  return Math.floor((ms + offset) / MS_PER_DAY);
}

/** Calendar days between the local days (Europe/Amsterdam) of two instants: the same day is 0. */
export function kalenderdagen(vanMs: number, totMs: number): number {
  return amsterdamseDag(totMs) - amsterdamseDag(vanMs);
}

/** Calendar days between two days. */
export function dagenTussen(van: IsoDate, tot: IsoDate): number {
  return daysBetween(van, tot);
}
