import type { EventContext } from '@sluitend/contracts';
import { addDays, IsoDate, isMinstens, laatsteTeldatumOnder23, rmcRegioVanGemeente } from '@sluitend/domain-nl';

/** What the dossier a VO school submitted says about where a student's signals go. */
export type Herkomst = { woongemeente: string; rmcRegio: string | null; brin: string; vestiging: string; geboortedatum: string | null };

/** Whether a student born on `geboortedatum` is under 18 on `peildatum` (an Amsterdam date); unknown without a date. */
export function minderjarigOp(geboortedatum: string | null | undefined, peildatum: IsoDate): { minderjarig?: boolean } {
  return geboortedatum ? { minderjarig: !isMinstens(geboortedatum, peildatum, 18) } : {};
}

/**
 * The latest date of birth of someone who is 18 on `peildatum` (Amsterdam date): a student born after it is
 * minderjarig then (minderjarigOp), one born on or before it is not. Lets SQL decide `minderjarig` with one date
 * comparison while the rule (isMinstens, with its 29 February) stays in domain-nl.
 */
export function laatsteGeboortedatumMeerderjarig(peildatum: IsoDate): IsoDate {
  // 18 years are 6,574 to 6,575 days: walk from a day that is surely too late back to the first that is 18.
  let geboortedatum = addDays(peildatum, -6570);
  while (!isMinstens(geboortedatum, peildatum, 18)) geboortedatum = addDays(geboortedatum, -1);
  return geboortedatum;
}

/** The age fact an event about a student carries for statistical VSV (ADR 0023); absent without a date of birth. */
export type Leeftijdsfeit = { laatsteTeldatumOnder23?: IsoDate };

/** The age fact of statistical VSV from a date of birth, never the date itself; unknown without a date. */
export function leeftijdsfeit(geboortedatum: string | null | undefined): Leeftijdsfeit {
  return geboortedatum ? { laatsteTeldatumOnder23: laatsteTeldatumOnder23(geboortedatum) } : {};
}

/**
 * The routing context of an event about a student in a schooljaar: woongemeente, RMC-regio, school and whether the
 * student is under 18 on `peildatum`. The woongemeente the mbo gave (`mboWoongemeente`: it knows the address now)
 * wins over the dossier's, and its RMC-regio comes with it; the school stays the dossier's VO school. Without a
 * dossier and without a woongemeente from the mbo the event carries only the schooljaar: notificaties then keeps the
 * signal in its "niet te routeren" list until the woongemeente is known.
 */
export function routingContext(
  schooljaar: string,
  herkomst: Herkomst | undefined,
  peildatum: IsoDate,
  mboWoongemeente?: string | null,
): EventContext {
  const woongemeente = mboWoongemeente ?? herkomst?.woongemeente;
  const rmcRegio = mboWoongemeente ? (rmcRegioVanGemeente(mboWoongemeente)?.code ?? null) : (herkomst?.rmcRegio ?? null);
  return {
    schooljaar,
    ...(woongemeente ? { woongemeente } : {}),
    ...(rmcRegio ? { rmcRegio } : {}),
    ...(herkomst ? { brin: herkomst.brin, vestiging: herkomst.vestiging, ...minderjarigOp(herkomst.geboortedatum, peildatum) } : {}),
  };
}
