import { DomainError, IsoDate, daysBetween, localDateOf } from '@sluitend/domain-nl';

/** Milliseconds since the epoch of an ISO 8601 instant with offset (as events carry them); refuses anything else. */
export function moment(instant: string, veld: string): number {
  const ms = Date.parse(instant);
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

/** Calendar days between the local days (Europe/Amsterdam) of two instants: the same day is 0. */
export function kalenderdagen(vanMs: number, totMs: number): number {
  return daysBetween(localDateOf(new Date(vanMs)), localDateOf(new Date(totMs)));
}

/** Calendar days between two days. */
export function dagenTussen(van: IsoDate, tot: IsoDate): number {
  return daysBetween(van, tot);
}
