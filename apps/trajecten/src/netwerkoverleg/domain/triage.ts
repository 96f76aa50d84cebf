import { DomainIssue } from '@sluitend/domain-nl';
import type { Triage } from '../../casussen/domain/casus';
import { Leefdomein, Score, isScore } from '../../screening/domain/leefdomeinen';
import { Screening, knelpunten } from '../../screening/domain/screening';
import { instellingenOngeldig } from './netwerkoverleg.errors';

/**
 * The netwerkoverleg's first distinction (seed 003): young people for whom it is fairly clear what support they need
 * ("weinig complexe problematiek (en/of over weinig leefdoelgebieden)") and those with problems on several life domains
 * ("(complexere) problematiek op meerdere levensterreinen"). The screening's outcome is leading ("Als de
 * Educatiemeter/zelfredzaamheidsmatrix is ingezet is de uitkomst daarvan leidend"); the meeting decides.
 */
export interface TriageInstellingen {
  /** A domain is a problem at or below this score (default 2, "niet zelfredzaam"). */
  readonly knelpuntDrempel: Score;
  /** Complex from this many problem domains (default 2: "meerdere"). */
  readonly complexVanafKnelpunten: number;
}

export const STANDAARD_TRIAGE: TriageInstellingen = { knelpuntDrempel: 2, complexVanafKnelpunten: 2 };

export function controleerTriageInstellingen(instellingen: TriageInstellingen): TriageInstellingen {
  const meldingen: DomainIssue[] = [];
  if (!isScore(instellingen.knelpuntDrempel) || instellingen.knelpuntDrempel > 4) {
    meldingen.push({ field: 'knelpuntDrempel', rule: 'score.1-4', message: 'de drempel is een score van 1 tot en met 4' });
  }
  const vanaf = instellingen.complexVanafKnelpunten;
  if (!Number.isInteger(vanaf) || vanaf < 1 || vanaf > 9) {
    meldingen.push({ field: 'complexVanafKnelpunten', rule: 'knelpunten.1-9', message: 'complex vanaf 1 tot en met 9 leefdomeinen' });
  }
  if (meldingen.length > 0) throw instellingenOngeldig(meldingen);
  return instellingen;
}

export interface TriageVoorstel {
  /** `null` without a screening: the meeting decides on the referrer's advice. */
  readonly triage: Triage | null;
  readonly reden: 'geen-screening' | 'meerdere-leefdomeinen' | 'hoogstens-een-leefdomein';
  readonly knelpunten: readonly Leefdomein[];
}

/** The proposal for the meeting from the latest screening. */
export function triageVoorstel(screening: Screening | undefined, instellingen: TriageInstellingen = STANDAARD_TRIAGE): TriageVoorstel {
  const { knelpuntDrempel, complexVanafKnelpunten } = controleerTriageInstellingen(instellingen);
  if (!screening) return { triage: null, reden: 'geen-screening', knelpunten: [] };
  const problemen = knelpunten(screening, knelpuntDrempel);
  return problemen.length >= complexVanafKnelpunten
    ? { triage: 'complex', reden: 'meerdere-leefdomeinen', knelpunten: problemen }
    : { triage: 'eenvoudig', reden: 'hoogstens-een-leefdomein', knelpunten: problemen };
}
