import { DomainError, IsoDate, RMC_LEEFTIJDSGRENS, Schooljaar, isIsoDate, volgendeTeldatum } from '@sluitend/domain-nl';
import { LeeftijdenOp } from '../../doorlooptijden/domain/leeftijden';
import { Vsvfeit } from './vsv-feit';
import { VsvNiveau, vsvNiveau } from './vsv-niveau';

export interface VsvOpties {
  /** The levels counted; all by default. A region that follows OCW's tables without pro and vso leaves them out. */
  readonly niveaus?: readonly VsvNiveau[];
}

export type VsvStatus = 'buiten-telling' | 'vsv' | 'geen-vsv';

/**
 * Statistical VSV of school year t (DOMAIN.md "Ages and duties"; OCW, Regeling regionale aanpak vsv 2012 art. 2, see
 * domain-sources.md §3.4): a deelnemer is enrolled in funded vo, mbo or vavo on 1 October t and younger than 23 on
 * 1 October t+1 (OCW: younger than 22 on 1 October t — the same birthdays); a deelnemer is a voortijdig
 * schoolverlater when enrolled nowhere (hbo and wo count as enrolled) on 1 October t+1 and without a startkwalificatie
 * on that day. Everybody else is outside the count.
 *
 * One object per count: the peildatum is worked out once and ages are remembered per date of birth.
 */
export class VsvTelling {
  readonly peildatum: IsoDate;
  private readonly niveaus: ReadonlySet<VsvNiveau> | null;
  private readonly leeftijden: LeeftijdenOp;

  constructor(schooljaar: Schooljaar, opties: VsvOpties = {}) {
    this.peildatum = volgendeTeldatum(schooljaar);
    this.niveaus = opties.niveaus === undefined ? null : new Set(opties.niveaus);
    this.leeftijden = new LeeftijdenOp(this.peildatum);
  }

  status(feit: Vsvfeit): VsvStatus {
    if (feit.opTeldatum === null) return 'buiten-telling';
    if (this.niveaus !== null && !this.niveaus.has(vsvNiveau(feit.opTeldatum.onderwijs))) return 'buiten-telling';
    if (this.leeftijden.isMinstens(feit.geboortedatum, RMC_LEEFTIJDSGRENS)) return 'buiten-telling';
    if (feit.ingeschrevenOpVolgendeTeldatum) return 'geen-vsv';
    // ISO dates compare correctly as strings (libs/domain-nl), once the fact's date is known to be one.
    const sk = feit.startkwalificatieOp;
    if (sk !== null && !isIsoDate(sk)) {
      throw DomainError.ongeldig('vsv.ongeldig-feit', 'startkwalificatieOp is geen datum', [
        { field: 'startkwalificatieOp', rule: 'datum.iso', message: 'Een datum JJJJ-MM-DD' },
      ]);
    }
    return sk !== null && sk <= this.peildatum ? 'geen-vsv' : 'vsv';
  }
}

/** The status of one young person (for a single look-up; counts use one `VsvTelling`). */
export function vsvStatus(feit: Vsvfeit, schooljaar: Schooljaar, opties: VsvOpties = {}): VsvStatus {
  return new VsvTelling(schooljaar, opties).status(feit);
}
