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
