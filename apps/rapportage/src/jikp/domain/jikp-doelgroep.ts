import { DomainError, IsoDate, RMC_LEEFTIJDSGRENS, compareIsoDate, isMinstens } from '@sluitend/domain-nl';
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
  return feit.startkwalificatieOp === null || compareIsoDate(feit.startkwalificatieOp, peildatum) > 0;
}

export function binnenBand(feit: Jikpfeit, peildatum: IsoDate, band: Leeftijdsband): boolean {
  return isMinstens(feit.geboortedatum, peildatum, band.vanaf) && !isMinstens(feit.geboortedatum, peildatum, band.tot);
}

/**
 * In the JiKP target group on the peildatum (DOMAIN.md): from pro, vso, vmbo-bb or entree, within the age band
 * (16 to 22 by default), and without a startkwalificatie — followed until a startkwalificatie or the end of the band.
 */
export function valtOnderJikp(feit: Jikpfeit, peildatum: IsoDate, band: Leeftijdsband = JIKP_LEEFTIJD): boolean {
  return feit.achtergrond !== null && binnenBand(feit, peildatum, band) && zonderStartkwalificatie(feit, peildatum);
}
