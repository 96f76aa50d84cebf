/**
 * The result lists of trajecten that both its API and its events carry; here, so that neither imports the other.
 */

/**
 * A participant's result when leaving a programme, from the results the seeds report per programme (seed 000: "Wat wil
 * je nou?": opleiding, halverwege afgehaakt, niet begonnen, REA, hulpverlening …; Sollicitatieclub: regulier werk,
 * BBL-baan, intensief zorgtraject, gestopt, verhuizing …). Defined once here; the API, the events and the domain (programmas/domain) use it.
 */
export const DEELNAME_RESULTATEN = [
  'opleiding',
  'werk',
  'bbl',
  'zorg-hulpverlening',
  'ander-traject',
  'voortijdig-gestopt',
  'niet-begonnen',
  'verhuisd',
  'overig',
] as const;

/** What the casusregisseur found at the nazorg check: the place holds, the young person dropped out, or was not reached. */
export const NAZORG_RESULTATEN = ['plek-behouden', 'uitgevallen', 'niet-bereikt'] as const;

/**
 * A participant's reaction in an outreach round (benaderronde; seed 001 "Aanpak oude VSV"): still open, reacted to the
 * mailing themselves, reached by phone, reached otherwise, not reached. Defined once here; the API, the events and the
 * domain (contacten/domain/benaderronde.ts) use it.
 */
export const RONDE_REACTIES = ['nog-open', 'zelf-gereageerd', 'telefonisch-bereikt', 'anders-bereikt', 'niet-bereikt'] as const;
