import { IsoDate, Schooljaar } from '@sluitend/domain-nl';
import { Kruistabel } from '../../onthulling/domain/kruistabel';
import { JIKP_LEEFTIJD, JikpPeiling, Leeftijdsband, zonderStartkwalificatie } from './jikp-doelgroep';
import { Jikpfeit } from './jikp-feit';

/**
 * Categories of young people in a kwetsbare positie per gemeente, as the regions' own plans count them (seed 003,
 * Utrecht West: "Jongeren in een kwetsbare positie | woerden | oudewater | montfoort | totaal"). Each young person
 * falls in one category, the first that applies, so the rows add up to the total as in the seed:
 * 1. uitstroom pro, vso or entree in the school year (the seed's first row; split in three with `uitgesplitst`);
 * 2. zittende vsv: became vsv in an earlier school year, still without startkwalificatie and not in education;
 * 3. RMC prio 1: no startkwalificatie, no education, no work;
 * 4. RMC prio 2: no startkwalificatie, no education, working for less than the first income limit (seed: € 300);
 * 5. RMC prio 3: the same under the second limit (seed: € 700).
 * Income is known as trajecten's class (`INKOMENSKLASSEN`, the seed's two limits), never as an amount (ADR 0028); a
 * working young person whose class is not known is in none of the priority groups.
 */
export const KWETSBARE_CATEGORIEEN = [
  { code: 'uitstroom-pro', label: 'uitstroom praktijkonderwijs' },
  { code: 'uitstroom-vso', label: 'uitstroom speciaal onderwijs' },
  { code: 'uitstroom-entree', label: 'uitstroom entree' },
  { code: 'zittende-vsv', label: 'zittende vroegtijdig schoolverlaters' },
  { code: 'prio-1', label: 'doelgroep RMC prio 1 (geen startkwalificatie, opleiding of werk)' },
  { code: 'prio-2', label: 'doelgroep RMC prio 2 (geen startkwalificatie, opleiding; inkomen onder de eerste grens)' },
  { code: 'prio-3', label: 'doelgroep RMC prio 3 (geen startkwalificatie, opleiding; inkomen onder de tweede grens)' },
] as const;

export type KwetsbareCategorie = (typeof KWETSBARE_CATEGORIEEN)[number]['code'];

export interface KwetsbarePositieSelectie {
  /** The school year of the uitstroom row; the peildatum is the day the rest is counted on. */
  readonly schooljaar: Schooljaar;
  readonly peildatum: IsoDate;
  /** The columns: the gemeenten, in the region's order. */
  readonly gemeenten: readonly string[];
  /** 16 up to 23 by default; seed 003's local plan stretches to 27. */
  readonly band?: Leeftijdsband;
  /** The uitstroom row split into pro, vso and entree (true) or as one row as in seed 003 (false, default). */
  readonly uitgesplitst?: boolean;
}

/** The category of one young person, or null when none applies (`peiling`: shared by a whole count). */
export function kwetsbareCategorie(
  feit: Jikpfeit,
  selectie: KwetsbarePositieSelectie,
  peiling: JikpPeiling = new JikpPeiling(selectie.peildatum, selectie.band ?? JIKP_LEEFTIJD),
): KwetsbareCategorie | null {
  if (!peiling.binnenBand(feit) || !zonderStartkwalificatie(feit, selectie.peildatum)) return null;
  if (feit.uitgestroomdIn === selectie.schooljaar && feit.achtergrond !== null && feit.achtergrond !== 'vmbo-bb') {
    return `uitstroom-${feit.achtergrond}`;
  }
  if (feit.participatie === 'onderwijs') return null;
  if (feit.vsvSinds !== null && feit.vsvSinds < selectie.schooljaar) return 'zittende-vsv';
  if (feit.participatie !== 'arbeid') return 'prio-1';
  if (feit.inkomensklasse === 'minder-dan-300') return 'prio-2';
  if (feit.inkomensklasse === '300-tot-700') return 'prio-3';
  return null;
}

/**
 * The table: categories (rows) × gemeenten (columns), margins as in the seed ("totaal"). One pass over the facts;
 * residents of other gemeenten are left out.
 */
export function kwetsbarePositieTabel(feiten: Iterable<Jikpfeit>, selectie: KwetsbarePositieSelectie): Kruistabel {
  const gemeenteIndex = new Map(selectie.gemeenten.map((g, i) => [g, i]));
  const samen = selectie.uitgesplitst !== true;
  // Together, the three uitstroom categories share row 0 and the others move up by two.
  const rijVan = new Map<KwetsbareCategorie, number>(KWETSBARE_CATEGORIEEN.map((c, i) => [c.code, samen ? Math.max(0, i - 2) : i]));
  const rijen = samen
    ? [`uitstroom praktijkonderwijs, speciaal onderwijs en entree ${selectie.schooljaar}`, ...KWETSBARE_CATEGORIEEN.slice(3).map((c) => c.label)]
    : KWETSBARE_CATEGORIEEN.map((c) => (c.code.startsWith('uitstroom') ? `${c.label} ${selectie.schooljaar}` : c.label));
  const cellen = rijen.map(() => new Array<number>(selectie.gemeenten.length).fill(0));
  const peiling = new JikpPeiling(selectie.peildatum, selectie.band ?? JIKP_LEEFTIJD);
  for (const feit of feiten) {
    const g = gemeenteIndex.get(feit.woongemeente);
    if (g === undefined) continue;
    const categorie = kwetsbareCategorie(feit, selectie, peiling);
    if (categorie !== null) cellen[rijVan.get(categorie) as number][g]++;
  }
  return { rijen, kolommen: [...selectie.gemeenten], cellen };
}
