import { IsoDate } from '@sluitend/domain-nl';
import { Grafiek, grafiek, tellingreeks } from '../../grafieken/domain/grafiek';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { JIKP_LEEFTIJD, JikpPeiling, Leeftijdsband, zonderStartkwalificatie } from './jikp-doelgroep';
import { ACHTERGROND_INDEX, JIKP_ACHTERGRONDEN, Jikpfeit, PARTICIPATIES, PARTICIPATIE_INDEX } from './jikp-feit';

export interface FactsheetSelectie {
  readonly peildatum: IsoDate;
  /** The gemeenten of the region, in the order the region publishes them; residents of others are left out. */
  readonly gemeenten: readonly string[];
  readonly band?: Leeftijdsband;
}

/**
 * The JiKP factsheet (seed 002: "een factsheet … zodat jaarlijks dezelfde gegevens vergeleken kunnen worden"): the
 * same three tables every year, over the young people in the target group on the peildatum, every category present
 * even when empty so years line up:
 * - background (pro, vso, vmbo-bb, entree) × participation (onderwijs, arbeid, dagbesteding, none — seed 002's routes);
 * - age × background; - gemeente × background.
 * The three share the totals per background and the grand total, and are suppressed together.
 */
export interface Factsheet {
  readonly selectie: FactsheetSelectie;
  readonly achtergrondEnParticipatie: Kruistabel;
  readonly leeftijdEnAchtergrond: Kruistabel;
  readonly gemeenteEnAchtergrond: Kruistabel;
  /**
   * From pro, vso, vmbo-bb or entree, living in the gemeenten, without startkwalificatie, but of unknown age (no
   * dossier or uitschrijving told it): not in the tables, counted here so nobody leaves the figures unseen.
   */
  readonly leeftijdOnbekend: number;
}

export interface GepubliceerdeFactsheet {
  readonly selectie: FactsheetSelectie;
  readonly achtergrondEnParticipatie: GepubliceerdeKruistabel;
  readonly leeftijdEnAchtergrond: GepubliceerdeKruistabel;
  readonly gemeenteEnAchtergrond: GepubliceerdeKruistabel;
  /** Null when suppressed (below the policy's threshold). */
  readonly leeftijdOnbekend: number | null;
}

/** One pass over the facts. */
export function factsheet(feiten: Iterable<Jikpfeit>, selectie: FactsheetSelectie): Factsheet {
  const band = selectie.band ?? JIKP_LEEFTIJD;
  const peiling = new JikpPeiling(selectie.peildatum, band);
  const gemeenteIndex = new Map(selectie.gemeenten.map((g, i) => [g, i]));
  const leeftijden = band.tot - band.vanaf;
  const a = JIKP_ACHTERGRONDEN.length;
  const p = PARTICIPATIES.length;
  const ap = new Int32Array(a * p);
  const la = new Int32Array(leeftijden * a);
  const ga = new Int32Array(selectie.gemeenten.length * a);
  let leeftijdOnbekend = 0;
  for (const feit of feiten) {
    const g = gemeenteIndex.get(feit.woongemeente);
    if (g === undefined || feit.achtergrond === null) continue;
    const leeftijd = peiling.leeftijd(feit);
    if (leeftijd === null) {
      if (zonderStartkwalificatie(feit, selectie.peildatum)) leeftijdOnbekend++;
      continue;
    }
    if (!peiling.valtOnderJikp(feit)) continue;
    const i = ACHTERGROND_INDEX[feit.achtergrond];
    ap[i * p + PARTICIPATIE_INDEX[feit.participatie]]++;
    la[(leeftijd - band.vanaf) * a + i]++;
    ga[g * a + i]++;
  }
  const achtergronden = JIKP_ACHTERGRONDEN.map((x) => x.label);
  return {
    selectie,
    achtergrondEnParticipatie: { rijen: achtergronden, kolommen: PARTICIPATIES.map((x) => x.label), cellen: rijen(ap, a, p) },
    leeftijdEnAchtergrond: {
      rijen: Array.from({ length: leeftijden }, (_, i) => `${band.vanaf + i} jaar`),
      kolommen: achtergronden,
      cellen: rijen(la, leeftijden, a),
    },
    gemeenteEnAchtergrond: { rijen: [...selectie.gemeenten], kolommen: achtergronden, cellen: rijen(ga, selectie.gemeenten.length, a) },
    leeftijdOnbekend,
  };
}

function rijen(tellingen: Int32Array, m: number, n: number): number[][] {
  return Array.from({ length: m }, (_, r) => Array.from(tellingen.subarray(r * n, (r + 1) * n)));
}

/** The factsheet as it may leave the organisation (beleid given), the three tables suppressed together; or as is. */
export function publiceerFactsheet(sheet: Factsheet, beleid: OnthullingsBeleid | null): GepubliceerdeFactsheet {
  if (beleid === null) {
    return {
      selectie: sheet.selectie,
      achtergrondEnParticipatie: ongefilterd(sheet.achtergrondEnParticipatie),
      leeftijdEnAchtergrond: ongefilterd(sheet.leeftijdEnAchtergrond),
      gemeenteEnAchtergrond: ongefilterd(sheet.gemeenteEnAchtergrond),
      leeftijdOnbekend: sheet.leeftijdOnbekend,
    };
  }
  const [achtergrondEnParticipatie, leeftijdEnAchtergrond, gemeenteEnAchtergrond] = onderdrukGekoppeld(
    [
      { tabel: sheet.achtergrondEnParticipatie, gedeeld: 'rijen' },
      { tabel: sheet.leeftijdEnAchtergrond, gedeeld: 'kolommen' },
      { tabel: sheet.gemeenteEnAchtergrond, gedeeld: 'kolommen' },
    ],
    beleid,
  );
  // A count of its own, not a cell of the tables: nothing can be derived back from it.
  const leeftijdOnbekend = sheet.leeftijdOnbekend > 0 && sheet.leeftijdOnbekend < beleid.drempel ? null : sheet.leeftijdOnbekend;
  return { selectie: sheet.selectie, achtergrondEnParticipatie, leeftijdEnAchtergrond, gemeenteEnAchtergrond, leeftijdOnbekend };
}

/**
 * The factsheets of several years side by side (the point of seed 002's factsheet): per peildatum the target group in
 * total, per background and per participation — the published margins, so what a year hides stays hidden.
 */
export function factsheetVergelijking(jaren: readonly GepubliceerdeFactsheet[]): Grafiek {
  const geordend = [...jaren].sort((x, y) => (x.selectie.peildatum < y.selectie.peildatum ? -1 : 1));
  const tabellen = geordend.map((jaar) => jaar.achtergrondEnParticipatie);
  return grafiek(
    'jikp.factsheet.vergelijking',
    'Jongeren in een kwetsbare positie per peildatum',
    'peildatum',
    geordend.map((jaar) => ({ code: jaar.selectie.peildatum, label: jaar.selectie.peildatum })),
    [
      tellingreeks(
        'totaal',
        'totaal',
        tabellen.map((t) => t.totaal),
      ),
      ...JIKP_ACHTERGRONDEN.map((x, i) =>
        tellingreeks(
          x.code,
          x.label,
          tabellen.map((t) => t.rijtotalen[i]),
        ),
      ),
      ...PARTICIPATIES.map((x, k) =>
        tellingreeks(
          `participatie-${x.code}`,
          x.label,
          tabellen.map((t) => t.kolomtotalen[k]),
        ),
      ),
    ],
    tabellen[0]?.drempel ?? null,
  );
}
