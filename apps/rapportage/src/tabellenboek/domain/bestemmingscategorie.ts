import { BESTEMMINGEN } from '@sluitend/contracts';
import { MboNiveau } from '@sluitend/domain-nl';

/**
 * Destination categories of the doorstroommonitor (DOMAIN.md "Overstap" and "Rapportage"; seed 001: the TOOI
 * tabellenboek per VO school compares the chosen with the actual destination). Chosen and actual destinations fall
 * in the same categories, so they can be crossed: mbo per level, havo, vwo, vavo, staying in vo, hbo, work, other,
 * and nothing known (in onderzoek bij RMC/leerplicht).
 */
export const BESTEMMINGSCATEGORIEEN = [
  { code: 'mbo-1', label: 'mbo niveau 1 (entree)' },
  { code: 'mbo-2', label: 'mbo niveau 2' },
  { code: 'mbo-3', label: 'mbo niveau 3' },
  { code: 'mbo-4', label: 'mbo niveau 4' },
  { code: 'mbo-niveau-onbekend', label: 'mbo, niveau onbekend' },
  { code: 'havo', label: 'havo' },
  { code: 'vwo', label: 'vwo' },
  { code: 'vavo', label: 'vavo' },
  { code: 'vo', label: 'blijft in het vo' },
  { code: 'hbo', label: 'hbo' },
  { code: 'werk', label: 'werk' },
  { code: 'anders', label: 'anders (particulier, buitenland, zorg, dagbesteding)' },
  { code: 'onbekend', label: 'niets bekend' },
] as const;

export type Bestemmingscategorie = (typeof BESTEMMINGSCATEGORIEEN)[number]['code'];

export type Bestemming = (typeof BESTEMMINGEN)[number];

/** What a student chose in the doorstroomdossier at one moment (1 April, end of the school year). */
export interface Keuze {
  readonly bestemming: Bestemming;
  /** The mbo level chosen, when the bestemming is mbo and a level is known. */
  readonly mboNiveau: MboNiveau | null;
}

/**
 * Where a student actually is on 1 October after leaving the VO school: enrolled at an mbo (at a level when known),
 * havo, vwo, vavo, still in vo, hbo; or working, something else, or nothing known.
 */
export type Situatie1Oktober =
  | { readonly soort: 'mbo'; readonly niveau: MboNiveau | null }
  | { readonly soort: 'havo' | 'vwo' | 'vavo' | 'vo' | 'hbo' | 'werk' | 'anders' | 'onbekend' };

const MBO: Readonly<Record<MboNiveau, Bestemmingscategorie>> = { 1: 'mbo-1', 2: 'mbo-2', 3: 'mbo-3', 4: 'mbo-4' };

function mbo(niveau: MboNiveau | null): Bestemmingscategorie {
  return niveau === null ? 'mbo-niveau-onbekend' : MBO[niveau];
}

/** The category of a choice; no choice recorded counts as "niets bekend". */
export function gekozenCategorie(keuze: Keuze | null): Bestemmingscategorie {
  if (keuze === null) return 'onbekend';
  return keuze.bestemming === 'mbo' ? mbo(keuze.mboNiveau) : keuze.bestemming;
}

/** The category of the situation on 1 October. */
export function werkelijkeCategorie(situatie: Situatie1Oktober): Bestemmingscategorie {
  return situatie.soort === 'mbo' ? mbo(situatie.niveau) : situatie.soort;
}

/** Position of each category in BESTEMMINGSCATEGORIEEN, for counting into arrays. */
export const CATEGORIE_INDEX: Readonly<Record<Bestemmingscategorie, number>> = Object.fromEntries(
  BESTEMMINGSCATEGORIEEN.map((c, i) => [c.code, i]),
) as Record<Bestemmingscategorie, number>;
