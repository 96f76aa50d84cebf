import { RMC_LEEFTIJDSGRENS, Schooljaar, compareIsoDate, isMinstens, volgendeTeldatum } from '@sluitend/domain-nl';
import { Vsvfeit } from './vsv-feit';
import { VsvNiveau, vsvNiveau } from './vsv-niveau';

export interface VsvOpties {
  /** The levels counted; all by default. A region that follows OCW's tables without pro and vso leaves them out. */
  readonly niveaus?: readonly VsvNiveau[];
}

export type VsvStatus = 'buiten-telling' | 'vsv' | 'geen-vsv';

/**
 * Statistical VSV of school year t (DOMAIN.md "Ages and duties"; OCW's definition): a deelnemer is enrolled in funded
 * vo, mbo or vavo on 1 October t and younger than 23 on 1 October t+1 (OCW: younger than 22 on 1 October t — the same
 * day count); a deelnemer is a voortijdig schoolverlater when not enrolled anywhere on 1 October t+1 and without a
 * startkwalificatie on that day. Everybody else is outside the count.
 */
export function vsvStatus(feit: Vsvfeit, schooljaar: Schooljaar, opties: VsvOpties = {}): VsvStatus {
  if (feit.opTeldatum === null) return 'buiten-telling';
  if (opties.niveaus !== undefined && !opties.niveaus.includes(vsvNiveau(feit.opTeldatum.onderwijs))) return 'buiten-telling';
  const peildatum = volgendeTeldatum(schooljaar);
  if (isMinstens(feit.geboortedatum, peildatum, RMC_LEEFTIJDSGRENS)) return 'buiten-telling';
  if (feit.ingeschrevenOpVolgendeTeldatum) return 'geen-vsv';
  const gekwalificeerd = feit.startkwalificatieOp !== null && compareIsoDate(feit.startkwalificatieOp, peildatum) <= 0;
  return gekwalificeerd ? 'geen-vsv' : 'vsv';
}
