import { Schooljaar } from '@sluitend/domain-nl';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { BESTEMMINGSCATEGORIEEN, CATEGORIE_INDEX, gekozenCategorie, werkelijkeCategorie } from './bestemmingscategorie';
import { Overstapfeit } from './overstapfeit';

/** How a student's aanmelding stood at the end of 1 April, as columns of the first table. */
export const AANMELDSTATUSSEN = [
  { code: 'op-tijd', label: 'aangemeld op of vóór 1 april' },
  { code: 'niet-op-tijd', label: 'niet (op tijd) aangemeld' },
  { code: 'geen-mbo', label: 'geen mbo gekozen' },
] as const;

export interface TabellenboekSelectie {
  readonly schooljaar: Schooljaar;
  readonly brin: string;
  /** One vestiging (BRIN + 2 digits); the whole school when absent. */
  readonly vestiging?: string;
}

/**
 * Part B of the TOOI yearly report (seed 001: "tabellenboek per VO en MBO school") for one VO school or vestiging and
 * one school year, as two tables over the same students:
 * - keuze op 1 april × aanmelding: its row totals are the choices on 1 April per destination category, its column
 *   totals how many mbo-bound students applied on time (toelatingsrecht) and how many did not;
 * - keuze aan het einde van het schooljaar × werkelijke bestemming op 1 oktober: row totals the final choices, column
 *   totals the actual destinations, the diagonal the choices realised.
 * Every category appears every year, so years line up (trends).
 */
export interface Tabellenboek {
  readonly selectie: TabellenboekSelectie;
  readonly keuze1AprilEnAanmelding: Kruistabel;
  readonly keuzeEnWerkelijk: Kruistabel;
}

export interface GepubliceerdTabellenboek {
  readonly selectie: TabellenboekSelectie;
  readonly keuze1AprilEnAanmelding: GepubliceerdeKruistabel;
  readonly keuzeEnWerkelijk: GepubliceerdeKruistabel;
}

const LABELS = BESTEMMINGSCATEGORIEEN.map((c) => c.label);

/** One pass over the facts; the facts of other schools and years are skipped. */
export function tabellenboek(feiten: Iterable<Overstapfeit>, selectie: TabellenboekSelectie): Tabellenboek {
  const c = BESTEMMINGSCATEGORIEEN.length;
  const a = AANMELDSTATUSSEN.length;
  const aanmelding = new Int32Array(c * a);
  const werkelijk = new Int32Array(c * c);
  for (const feit of feiten) {
    if (feit.schooljaar !== selectie.schooljaar || feit.brin !== selectie.brin) continue;
    if (selectie.vestiging !== undefined && feit.vestiging !== selectie.vestiging) continue;
    const april = CATEGORIE_INDEX[gekozenCategorie(feit.keuze1April)];
    const naarMbo = feit.keuze1April?.bestemming === 'mbo';
    aanmelding[april * a + (naarMbo ? (feit.opTijdAangemeld ? 0 : 1) : 2)]++;
    const einde = CATEGORIE_INDEX[gekozenCategorie(feit.keuzeEindeSchooljaar)];
    const oktober = CATEGORIE_INDEX[feit.situatie1Oktober === null ? 'onbekend' : werkelijkeCategorie(feit.situatie1Oktober)];
    werkelijk[einde * c + oktober]++;
  }
  return {
    selectie,
    keuze1AprilEnAanmelding: { rijen: LABELS, kolommen: AANMELDSTATUSSEN.map((s) => s.label), cellen: rijenVan(aanmelding, c, a) },
    keuzeEnWerkelijk: { rijen: LABELS, kolommen: LABELS, cellen: rijenVan(werkelijk, c, c) },
  };
}

function rijenVan(tellingen: Int32Array, m: number, n: number): number[][] {
  const rijen: number[][] = new Array(m);
  for (let r = 0; r < m; r++) rijen[r] = Array.from(tellingen.subarray(r * n, (r + 1) * n));
  return rijen;
}

/**
 * The tabellenboek as it may leave the organisation (beleid given): both tables suppressed, sharing their grand total
 * (the number of students). Without beleid: unsuppressed, for the school itself.
 */
export function publiceerTabellenboek(boek: Tabellenboek, beleid: OnthullingsBeleid | null): GepubliceerdTabellenboek {
  if (beleid === null) {
    return {
      selectie: boek.selectie,
      keuze1AprilEnAanmelding: ongefilterd(boek.keuze1AprilEnAanmelding),
      keuzeEnWerkelijk: ongefilterd(boek.keuzeEnWerkelijk),
    };
  }
  const [keuze1AprilEnAanmelding, keuzeEnWerkelijk] = onderdrukGekoppeld(
    [
      { tabel: boek.keuze1AprilEnAanmelding, gedeeld: 'totaal' },
      { tabel: boek.keuzeEnWerkelijk, gedeeld: 'totaal' },
    ],
    beleid,
  );
  return { selectie: boek.selectie, keuze1AprilEnAanmelding, keuzeEnWerkelijk };
}
