import { DomainNlError } from '../errors/domain-nl-error';
import { Clock, systemClock } from './clock';

/**
 * A running clock shifted by an offset, for demo mode: jump to 2 April and a school year plays out in minutes.
 * It only moves forward. Going back would make deadlines that already fired due again and contradict rows
 * written "in the future"; to start over, reset the demo data and create a new clock.
 */
export class OffsetClock implements Clock {
  private offset: number;

  constructor(
    private readonly base: Clock = systemClock,
    initialOffsetMs = 0,
  ) {
    if (initialOffsetMs < 0) throw this.backwards();
    this.offset = initialOffsetMs;
  }

  get offsetMs(): number {
    return this.offset;
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offset);
  }

  /** Moves the clock forward by `ms` (≥ 0). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw this.backwards();
    this.offset += ms;
  }

  /** Moves the clock forward so that `now()` is `target`; throws `KLOK_TERUG` when `target` is in the clock's past. */
  jumpTo(target: Date): void {
    this.advance(target.getTime() - this.now().getTime());
  }

  private backwards(): DomainNlError {
    return new DomainNlError('KLOK_TERUG', 'De demoklok kan alleen vooruit');
  }
}
