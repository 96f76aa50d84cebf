import type { EventContext } from '@sluitend/contracts';
import { IsoDate, isMinstens } from '@sluitend/domain-nl';

/** What the dossier a VO school submitted says about where a student's signals go. */
export type Herkomst = { woongemeente: string; rmcRegio: string | null; brin: string; vestiging: string; geboortedatum: string | null };

/** Whether a student born on `geboortedatum` is under 18 on `peildatum` (an Amsterdam date); unknown without a date. */
export function minderjarigOp(geboortedatum: string | null | undefined, peildatum: IsoDate): { minderjarig?: boolean } {
  return geboortedatum ? { minderjarig: !isMinstens(geboortedatum, peildatum, 18) } : {};
}

/**
 * The routing context of an event about a student in a schooljaar: woongemeente, RMC-regio, school and whether the
 * student is under 18 on `peildatum`. Without a dossier the event carries only the schooljaar.
 */
export function routingContext(schooljaar: string, herkomst: Herkomst | undefined, peildatum: IsoDate): EventContext {
  if (!herkomst) return { schooljaar };
  return {
    schooljaar,
    woongemeente: herkomst.woongemeente,
    ...(herkomst.rmcRegio ? { rmcRegio: herkomst.rmcRegio } : {}),
    brin: herkomst.brin,
    vestiging: herkomst.vestiging,
    ...minderjarigOp(herkomst.geboortedatum, peildatum),
  };
}
