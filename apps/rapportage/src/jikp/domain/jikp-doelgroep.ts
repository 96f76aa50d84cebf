import { DomainError, IsoDate, RMC_LEEFTIJDSGRENS, isIsoDate, parseIsoDate } from '@sluitend/domain-nl';
import { Jikpfeit } from './jikp-feit';

/** Age band of the JiKP target group: 16 up to (not including) 23; local plans stretch it to 27 (seed 003). */
export interface Leeftijdsband {
  readonly vanaf: number;
  /** The first age no longer counted. */
  readonly tot: number;
}

export const JIKP_LEEFTIJD: Leeftijdsband = { vanaf: 16, tot: RMC_LEEFTIJDSGRENS };

export function leeftijdsband(vanaf = JIKP_LEEFTIJD.vanaf, tot = JIKP_LEEFTIJD.tot): Leeftijdsband {
  if (!Number.isInteger(vanaf) || !Number.isInteger(tot) || vanaf < 12 || tot > 30 || vanaf >= tot) {
    throw DomainError.ongeldig('jikp.ongeldige-leeftijdsband', 'Leeftijdsband moet gehele jaren zijn, 12 ≤ vanaf < tot ≤ 30', [
      { field: 'leeftijd', rule: 'leeftijd.bereik', message: 'Leeftijdsband moet gehele jaren zijn, 12 ≤ vanaf < tot ≤ 30' },
    ]);
  }
  return { vanaf, tot };
}

/** Without a startkwalificatie on the peildatum (one obtained later does not count yet). */
export function zonderStartkwalificatie(feit: Jikpfeit, peildatum: IsoDate): boolean {
  const sk = feit.startkwalificatieOp;
  if (sk === null) return true;
  if (!isIsoDate(sk)) {
    throw DomainError.ongeldig('jikp.ongeldig-feit', 'startkwalificatieOp is geen datum', [
      { field: 'startkwalificatieOp', rule: 'datum.iso', message: 'Een datum JJJJ-MM-DD' },
    ]);
  }
  // ISO dates compare correctly as strings (libs/domain-nl).
  return sk > peildatum;
}

/** The peildatum of a JiKP count is a teldatum (1 October): the day the age fact of ADR 0023 answers exactly. */
export function jikpPeildatum(peildatum: string): IsoDate {
  if (!isIsoDate(peildatum) || !peildatum.endsWith('-10-01')) {
    throw DomainError.ongeldig('jikp.peildatum-geen-teldatum', 'De peildatum is een teldatum: 1 oktober (JJJJ-10-01)', [
      { field: 'peildatum', rule: 'peildatum.teldatum', message: 'De peildatum is een teldatum: 1 oktober (JJJJ-10-01)' },
    ]);
  }
  return peildatum;
}

/**
 * Who is in the JiKP target group on one peildatum (DOMAIN.md; OCW's definition in domain-sources.md §3.4): from pro,
 * vso, vmbo-bb or entree, within the age band (16 to 22 by default), and without a startkwalificatie — followed until
 * a startkwalificatie or the end of the band. The peildatum is a 1 October: on it the young person whose last
 * 1 October under 23 is L is exactly 22 − (year of L − year of the peildatum) years old (ADR 0028).
 */
export class JikpPeiling {
  private readonly jaar: number;

  constructor(
    readonly peildatum: IsoDate,
    readonly band: Leeftijdsband = JIKP_LEEFTIJD,
  ) {
    this.jaar = parseIsoDate(jikpPeildatum(peildatum)).year;
  }

  /** The age on the peildatum; null when the age fact is unknown. */
  leeftijd(feit: Jikpfeit): number | null {
    const l = feit.laatsteTeldatumOnder23;
    if (l === null) return null;
    return RMC_LEEFTIJDSGRENS - 1 - (parseIsoDate(l).year - this.jaar);
  }

  binnenBand(feit: Jikpfeit): boolean {
    const leeftijd = this.leeftijd(feit);
    return leeftijd !== null && leeftijd >= this.band.vanaf && leeftijd < this.band.tot;
  }

  valtOnderJikp(feit: Jikpfeit): boolean {
    return feit.achtergrond !== null && this.binnenBand(feit) && zonderStartkwalificatie(feit, this.peildatum);
  }
}

/** One young person on one peildatum (for a single look-up; counts use one `JikpPeiling`). */
export function valtOnderJikp(feit: Jikpfeit, peildatum: IsoDate, band: Leeftijdsband = JIKP_LEEFTIJD): boolean {
  return new JikpPeiling(peildatum, band).valtOnderJikp(feit);
}
