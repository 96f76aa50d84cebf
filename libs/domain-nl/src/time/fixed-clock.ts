import { Clock } from './clock';

function toMs(instant: Date | string): number {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError('FixedClock: ongeldig tijdstip');
  return ms;
}

/** A clock that stands still until told otherwise; for tests. May be set anywhere, also backwards. */
export class FixedClock implements Clock {
  private ms: number;

  constructor(instant: Date | string) {
    this.ms = toMs(instant);
  }

  now(): Date {
    return new Date(this.ms);
  }

  set(instant: Date | string): void {
    this.ms = toMs(instant);
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
