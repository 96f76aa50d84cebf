import type { Organisatie } from '@sluitend/auth';
import { DomainError, gemeentenInRegio } from '@sluitend/domain-nl';

/** Which M@ZL signals a caller counts: one school's students (BRIN), the residents of some gemeenten, or all. */
export interface ZiekteverzuimcijfersBereik {
  readonly brin: string | null;
  /** Woongemeente codes; null: every gemeente. */
  readonly gemeenten: readonly string[] | null;
  readonly onderdrukken: boolean;
}

/**
 * Scope (issue 15 items 4 and 7). The readers of the signals themselves see their own figures unsuppressed: a school
 * (vo or mbo) its own students', the GGD's jeugdarts those of the residents of the gemeente it acts for (ADR 0022: a
 * `ggd` token carries that gemeente's code) — per school, which is what the jeugdarts plans with. A gemeente
 * (leerplicht) its residents' and an RMC-regio its gemeenten's residents', but suppressed: M@ZL is a health signal
 * meant for the school's zorg and the jeugdarts (verzuim's ZIEKTEVERZUIM_LEZERS), which leerplicht and the RMC do not
 * read, so a count of one at a school must not point them at a resident. Ops all, suppressed. A partner none (403).
 */
export function ziekteverzuimcijfersBereik(organisatie: Organisatie): ZiekteverzuimcijfersBereik {
  switch (organisatie.type) {
    case 'vo-school':
    case 'mbo-instelling':
      return { brin: organisatie.code, gemeenten: null, onderdrukken: false };
    case 'ggd':
      return { brin: null, gemeenten: [organisatie.code], onderdrukken: false };
    case 'gemeente':
      return { brin: null, gemeenten: [organisatie.code], onderdrukken: true };
    case 'rmc-regio': {
      const gemeenten = gemeentenInRegio(organisatie.code).map((g) => g.code);
      if (gemeenten.length === 0)
        throw DomainError.geenToegang('ziekteverzuimcijfers.rmc-regio', `RMC-regio ${organisatie.code} heeft geen gemeenten`);
      return { brin: null, gemeenten, onderdrukken: true };
    }
    case 'ops':
      return { brin: null, gemeenten: null, onderdrukken: true };
    case 'partner':
      throw DomainError.geenToegang('ziekteverzuimcijfers.organisatie', 'M@ZL-cijfers zijn niet beschikbaar voor een partner');
  }
}
