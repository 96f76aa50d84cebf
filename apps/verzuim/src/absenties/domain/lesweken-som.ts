import { Kalender } from '../../kalenders/domain/kalender';

/** More records than this never fall in one window of lesweken (7 days × 8 weeks). */
const CAPACITEIT = 64;

/**
 * A running sum over the records of the last `lesweken` lesweken, for rules of the form "X in N opeenvolgende
 * lesweken". Records must be added in date order; `herstart()` empties it ("counting restarts after a melding").
 * A fixed ring buffer: no allocation per record.
 */
export class LesweekSom {
  private readonly index = new Int32Array(CAPACITEIT);
  private readonly waarde = new Int32Array(CAPACITEIT);
  private readonly week = new Int32Array(CAPACITEIT);
  private begin = 0;
  private lengte = 0;
  /** The sum over the window. */
  som = 0;

  constructor(
    private readonly kalender: Kalender,
    private readonly lesweken: number,
  ) {
    if (!Number.isInteger(lesweken) || lesweken < 1 || lesweken > 8) throw new RangeError('lesweken moet 1 … 8 zijn');
  }

  /** Adds record `i` on calendar day `dag` with `waarde` (> 0), after dropping what fell out of the window. */
  voegToe(i: number, dag: number, waarde: number): void {
    const week = this.kalender.lesweek[dag];
    while (this.lengte > 0 && this.week[this.begin] <= week - this.lesweken) {
      this.som -= this.waarde[this.begin];
      this.begin = (this.begin + 1) % CAPACITEIT;
      this.lengte--;
    }
    const plek = (this.begin + this.lengte) % CAPACITEIT;
    this.index[plek] = i;
    this.waarde[plek] = waarde;
    this.week[plek] = week;
    this.lengte++;
    this.som += waarde;
  }

  /** The record index of the oldest record still in the window (-1 when empty). */
  get eerste(): number {
    return this.lengte > 0 ? this.index[this.begin] : -1;
  }

  /** The number of records (days) in the window. */
  get aantal(): number {
    return this.lengte;
  }

  herstart(): void {
    this.begin = 0;
    this.lengte = 0;
    this.som = 0;
  }
}
