import { isTelling } from './kruistabel';
import { ongeldigeTabel } from './onthulling.errors';

/** A one-way frequency table: a count per category; its total is always the sum and always published with it. */
export interface Reeks {
  readonly categorieen: readonly string[];
  readonly waarden: readonly number[];
}

/** A one-way table as it may leave the organisation: suppressed counts are null. */
export interface GepubliceerdeReeks {
  readonly categorieen: readonly string[];
  readonly waarden: readonly (number | null)[];
  readonly totaal: number | null;
  /** The threshold that was applied; null for a table shown unsuppressed inside the organisation. */
  readonly drempel: number | null;
}

/** The counts, checked, with their total. */
export function reeksTotaal(reeks: Reeks): number {
  if (reeks.categorieen.length === 0) {
    throw ongeldigeTabel('categorieen', 'categorieen.niet-leeg', 'Een reeks heeft minstens één categorie');
  }
  if (reeks.waarden.length !== reeks.categorieen.length) {
    throw ongeldigeTabel('waarden', 'waarden.vorm', 'Een reeks heeft één waarde per categorie');
  }
  let totaal = 0;
  for (let i = 0; i < reeks.waarden.length; i++) {
    const waarde = reeks.waarden[i];
    if (!isTelling(waarde)) throw ongeldigeTabel(`waarden[${i}]`, 'waarden.telling', 'Een telling is een geheel getal van 0 of meer');
    totaal += waarde;
  }
  return totaal;
}

/** A one-way table for use inside the organisation: total added, nothing suppressed. */
export function ongefilterdeReeks(reeks: Reeks): GepubliceerdeReeks {
  return { categorieen: reeks.categorieen, waarden: reeks.waarden, totaal: reeksTotaal(reeks), drempel: null };
}
