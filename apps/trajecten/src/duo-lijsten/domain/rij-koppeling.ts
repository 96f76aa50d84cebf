import { IsoDate, Persoonsnummer } from '@sluitend/domain-nl';
import type { OpenCasusRef } from '../../casussen/domain/casus';
import { STANDAARD_EINDLEEFTIJD, inDoelgroep } from '../../casussen/domain/doelgroep';
import { casusBesluit } from '../../casussen/domain/een-open-casus';

/** What matching needs of a valid row (A01 or oud-VSV). */
export interface TeKoppelenRij {
  readonly regel: number;
  readonly persoonsnummer: Persoonsnummer;
  readonly geboortedatum: IsoDate;
}

export interface KoppelContext {
  /** The pseudonym of a normalised BSN or onderwijsnummer (libs/domain-nl/node `jongereId`; passed in, the key stays outside). */
  readonly pseudoniem: (persoonsnummer: string) => string;
  /** The person's open case in the list's region. */
  readonly openCasus: (jongereId: string) => OpenCasusRef | undefined;
  /** The list's report date or peildatum: the target group is checked on it. */
  readonly peildatum: IsoDate;
  readonly eindleeftijd?: number;
}

export interface RijKoppeling {
  readonly regel: number;
  readonly jongereId: string;
  readonly besluit: 'openen' | 'koppelen' | 'buiten-doelgroep';
  /** The open case the row attaches to, when it was open before the list. */
  readonly casusId?: string;
  /**
   * When the row attaches to a case an earlier row of this list opens: that row's line. (The list refuses a number
   * twice, but a pseudonym that links an onderwijsnummer to its BSN can make two lines one person.)
   */
  readonly zelfdeCasusAlsRegel?: number;
}

/**
 * Each valid row matched to a person (pseudonym) and to a case (issue 13 item 2): the open case in the region when
 * there is one, else a new case — a DUO list always opens or attaches, it is the RMC's legal workload — unless the
 * young person is outside the target group on the list's date (23 by then, or the region's eindleeftijd). One case
 * per person within the list as well. Linear.
 */
export function koppelRijen(rijen: readonly TeKoppelenRij[], context: KoppelContext): RijKoppeling[] {
  const eindleeftijd = context.eindleeftijd ?? STANDAARD_EINDLEEFTIJD;
  const geopend = new Map<string, number>();
  const koppelingen: RijKoppeling[] = [];
  for (const rij of rijen) {
    const jongereId = context.pseudoniem(rij.persoonsnummer.nummer);
    const opener = geopend.get(jongereId);
    if (opener !== undefined) {
      koppelingen.push({ regel: rij.regel, jongereId, besluit: 'koppelen', zelfdeCasusAlsRegel: opener });
      continue;
    }
    const open = context.openCasus(jongereId);
    const besluit = casusBesluit(open, true, inDoelgroep({ geboortedatum: rij.geboortedatum }, context.peildatum, eindleeftijd));
    if (besluit === 'koppelen' && open) koppelingen.push({ regel: rij.regel, jongereId, besluit, casusId: open.casusId });
    else if (besluit === 'openen') {
      geopend.set(jongereId, rij.regel);
      koppelingen.push({ regel: rij.regel, jongereId, besluit });
    } else koppelingen.push({ regel: rij.regel, jongereId, besluit: 'buiten-doelgroep' });
  }
  return koppelingen;
}
