import { Categorie, Grafiek, afgeleideReeks, grafiek, tellingreeks } from '../../grafieken/domain/grafiek';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { percentage } from '../../onthulling/domain/verhouding';
import { OVERDRACHT_PARTNERS } from './trajectgebeurtenis';

/**
 * One closed outreach round as trajecten.benaderronde.afgesloten reports it (its totals; no young person in it) and
 * the projection keeps it. trajecten's telRonde guarantees: the five reactions add up to `aangeschreven`, in beeld only
 * who reacted or was reached, handed over only who is in beeld.
 */
export interface Benaderronde {
  readonly rondeId: string;
  readonly rmcRegio: string;
  /** The Amsterdam day the round closed. */
  readonly afgeslotenOp: string;
  readonly aangeschreven: number;
  readonly zelfGereageerd: number;
  readonly telefonischBereikt: number;
  readonly andersBereikt: number;
  readonly nietBereikt: number;
  readonly nogOpen: number;
  readonly inBeeld: number;
  /** Per organisation code taken on by. */
  readonly overgedragenAan: Readonly<Record<string, number>>;
}

export type BenaderrondeDimensie = 'rmc-regio' | 'ronde';

/** Columns of the reaction table: each young person written to has exactly one reaction (row total = written to). */
export const RONDE_REACTIES = [
  { code: 'zelf-gereageerd', label: 'zelf gereageerd' },
  { code: 'telefonisch-bereikt', label: 'telefonisch bereikt' },
  { code: 'anders-bereikt', label: 'anders bereikt' },
  { code: 'niet-bereikt', label: 'niet bereikt' },
  { code: 'nog-open', label: 'nog open' },
] as const;

const IN_BEELD_NIET_OVERGEDRAGEN: Categorie = { code: 'in-beeld-niet-overgedragen', label: 'in beeld, niet overgedragen' };
const NIET_IN_BEELD: Categorie = { code: 'niet-in-beeld', label: 'niet in beeld' };

/**
 * The outreach rounds of a selection: per row (an RMC-regio, or one round) the reactions, and where everyone written to
 * ended up — handed to an organisation (one column per organisation found, the known ones first), in beeld but not
 * handed over, not in beeld. Both tables partition the young people written to, so their row totals are equal.
 */
export interface Benaderrondes {
  readonly dimensie: BenaderrondeDimensie;
  /** Row codes: the region code, or the round id. */
  readonly codes: readonly string[];
  /** Rounds per row (not a count of people: never suppressed). */
  readonly rondes: readonly number[];
  readonly reacties: Kruistabel;
  /** Columns: `partners`, then in beeld niet overgedragen, then niet in beeld. */
  readonly overdracht: Kruistabel;
  readonly partners: readonly Categorie[];
}

const PARTNER_LABEL = new Map<string, string>(OVERDRACHT_PARTNERS.map((p) => [p.code, p.label]));
const PARTNER_VOLGORDE = new Map<string, number>(OVERDRACHT_PARTNERS.map((p, i) => [p.code, i]));

function partnerVolgorde(a: string, b: string): number {
  const pa = PARTNER_VOLGORDE.get(a) ?? Infinity;
  const pb = PARTNER_VOLGORDE.get(b) ?? Infinity;
  return pa !== pb ? pa - pb : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rounds per RMC-regio (rows: the regions asked for plus any found, sorted) or per round (sorted by closing day, then
 * id; labelled region · day · first characters of the id). One pass over the rounds, one over the rows.
 */
export function benaderrondes(rondes: Iterable<Benaderronde>, dimensie: BenaderrondeDimensie, regios: readonly string[] = []): Benaderrondes {
  interface Rij {
    code: string;
    label: string;
    sortering: string;
    rondes: number;
    reacties: number[];
    inBeeld: number;
    overgedragen: Map<string, number>;
  }
  const rijen = new Map<string, Rij>();
  const rij = (code: string, label: string, sortering: string): Rij => {
    let r = rijen.get(code);
    if (r === undefined) {
      r = { code, label, sortering, rondes: 0, reacties: RONDE_REACTIES.map(() => 0), inBeeld: 0, overgedragen: new Map() };
      rijen.set(code, r);
    }
    return r;
  };
  if (dimensie === 'rmc-regio') for (const regio of regios) rij(regio, regio, regio);
  const partners = new Set<string>();
  for (const ronde of rondes) {
    const r =
      dimensie === 'rmc-regio'
        ? rij(ronde.rmcRegio, ronde.rmcRegio, ronde.rmcRegio)
        : rij(ronde.rondeId, `${ronde.rmcRegio} · ${ronde.afgeslotenOp} · ${ronde.rondeId.slice(0, 8)}`, `${ronde.afgeslotenOp} ${ronde.rondeId}`);
    r.rondes++;
    r.reacties[0] += ronde.zelfGereageerd;
    r.reacties[1] += ronde.telefonischBereikt;
    r.reacties[2] += ronde.andersBereikt;
    r.reacties[3] += ronde.nietBereikt;
    r.reacties[4] += ronde.nogOpen;
    r.inBeeld += ronde.inBeeld;
    for (const [aan, aantal] of Object.entries(ronde.overgedragenAan)) {
      if (aantal === 0) continue;
      partners.add(aan);
      r.overgedragen.set(aan, (r.overgedragen.get(aan) ?? 0) + aantal);
    }
  }
  const gesorteerd = [...rijen.values()].sort((a, b) => (a.sortering < b.sortering ? -1 : a.sortering > b.sortering ? 1 : 0));
  const partnerCodes = [...partners].sort(partnerVolgorde);
  const partnerCategorieen = partnerCodes.map((code) => ({ code, label: PARTNER_LABEL.get(code) ?? code }));
  const overdrachtKolommen = [...partnerCategorieen, IN_BEELD_NIET_OVERGEDRAGEN, NIET_IN_BEELD];
  const rijlabels = gesorteerd.map((r) => r.label);
  return {
    dimensie,
    codes: gesorteerd.map((r) => r.code),
    rondes: gesorteerd.map((r) => r.rondes),
    reacties: { rijen: rijlabels, kolommen: RONDE_REACTIES.map((k) => k.label), cellen: gesorteerd.map((r) => r.reacties) },
    overdracht: {
      rijen: rijlabels,
      kolommen: overdrachtKolommen.map((k) => k.label),
      cellen: gesorteerd.map((r) => {
        const aangeschreven = r.reacties.reduce((a, b) => a + b, 0);
        const overgedragen = partnerCodes.map((p) => r.overgedragen.get(p) ?? 0);
        const totaalOvergedragen = overgedragen.reduce((a, b) => a + b, 0);
        return [...overgedragen, r.inBeeld - totaalOvergedragen, aangeschreven - r.inBeeld];
      }),
    },
    partners: partnerCategorieen,
  };
}

export interface GepubliceerdeBenaderrondes {
  readonly dimensie: BenaderrondeDimensie;
  readonly codes: readonly string[];
  readonly rondes: readonly number[];
  readonly reacties: GepubliceerdeKruistabel;
  readonly overdracht: GepubliceerdeKruistabel;
  readonly partners: readonly Categorie[];
}

/**
 * Unsuppressed inside the RMC (beleid null); outside it the two tables are suppressed together: they count the same
 * young people per row (shared row totals, the number written to).
 */
export function publiceerBenaderrondes(rapport: Benaderrondes, beleid: OnthullingsBeleid | null): GepubliceerdeBenaderrondes {
  const [reacties, overdracht] =
    beleid === null
      ? [ongefilterd(rapport.reacties), ongefilterd(rapport.overdracht)]
      : onderdrukGekoppeld(
          [
            { tabel: rapport.reacties, gedeeld: 'rijen' },
            { tabel: rapport.overdracht, gedeeld: 'rijen' },
          ],
          beleid,
        );
  return { dimensie: rapport.dimensie, codes: rapport.codes, rondes: rapport.rondes, reacties, overdracht, partners: rapport.partners };
}

/** A sum of published counts: null (suppressed) when any part is. */
function som(waarden: readonly (number | null)[]): number | null {
  let totaal = 0;
  for (const w of waarden) {
    if (w === null) return null;
    totaal += w;
  }
  return totaal;
}

/**
 * The funnel per row and in total (the last category) — seed 001's "257 in de eerste aanschrijving, waarop er 160
 * jongeren in beeld zijn gebracht": written to, reacted or reached (the three reached reactions), in beeld (handed over
 * plus in beeld not handed over), handed over. Each is a sum of published cells, so it is suppressed when one of its
 * parts is (nothing hidden is given back by a sum).
 */
export function benaderrondeGrafiek(rapport: GepubliceerdeBenaderrondes): Grafiek {
  const { reacties, overdracht, partners } = rapport;
  const p = partners.length;
  const rijenMetTotaal = [...reacties.cellen, reacties.kolomtotalen];
  const overdrachtMetTotaal = [...overdracht.cellen, overdracht.kolomtotalen];
  const aangeschreven = [...reacties.rijtotalen, reacties.totaal];
  const bereikt = rijenMetTotaal.map((rij) => som(rij.slice(0, 3)));
  const inBeeld = overdrachtMetTotaal.map((rij) => som(rij.slice(0, p + 1)));
  const overgedragen = overdrachtMetTotaal.map((rij) => som(rij.slice(0, p)));
  const categorieen = [...rapport.codes.map((code, i) => ({ code, label: reacties.rijen[i] })), { code: 'totaal', label: 'totaal' }];
  return grafiek(
    `benaderrondes.${rapport.dimensie}`,
    'Benaderrondes: aangeschreven, bereikt, in beeld, overgedragen',
    rapport.dimensie,
    categorieen,
    [
      tellingreeks('aangeschreven', 'aangeschreven', aangeschreven),
      tellingreeks('bereikt', 'gereageerd of bereikt', bereikt),
      tellingreeks('in-beeld', 'in beeld', inBeeld),
      tellingreeks('overgedragen', 'overgedragen', overgedragen),
      afgeleideReeks(
        'in-beeld-percentage',
        'in beeld (% van aangeschreven)',
        'percentage',
        inBeeld.map((n, i) => percentage(n, aangeschreven[i])),
        inBeeld.map((n, i) => n === null || aangeschreven[i] === null),
      ),
    ],
    reacties.drempel,
  );
}
