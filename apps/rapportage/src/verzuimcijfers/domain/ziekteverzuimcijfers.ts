import { ZIEKTEVERZUIM_GRONDEN } from '@sluitend/contracts';
import { alsCategorieen, kruistabelGrafiek } from '../../grafieken/domain/kruistabel-grafiek';
import { Grafiek } from '../../grafieken/domain/grafiek';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';

export type Ziekteverzuimgrond = (typeof ZIEKTEVERZUIM_GRONDEN)[number];

/** M@ZL's two criteria in words (DOMAIN.md "Sick leave (M@ZL)"). */
export const GROND_LABELS: Readonly<Record<Ziekteverzuimgrond, string>> = {
  'vier-ziekmeldingen-in-twaalf-schoolweken': '4 ziekmeldingen in 12 schoolweken',
  'zevende-schooldag-ziek': '7e schooldag ziek',
};

/**
 * The columns of both tables: per grond the signals in force, then per grond those verzuim withdrew (a correction of
 * the absence, or a merge of two pseudonyms) — withdrawn ones apart, so the first two columns are the signals that
 * stand and the row total is every signal raised.
 */
export const ZIEKTEVERZUIM_KOLOMMEN: readonly { readonly grond: Ziekteverzuimgrond; readonly ingetrokken: boolean; readonly label: string }[] = [
  ...ZIEKTEVERZUIM_GRONDEN.map((grond) => ({ grond, ingetrokken: false, label: GROND_LABELS[grond] })),
  ...ZIEKTEVERZUIM_GRONDEN.map((grond) => ({ grond, ingetrokken: true, label: `${GROND_LABELS[grond]}, ingetrokken` })),
];

const kolomIndex = (grond: string, ingetrokken: boolean): number =>
  ZIEKTEVERZUIM_KOLOMMEN.findIndex((k) => k.grond === grond && k.ingetrokken === ingetrokken);

/** The signals of one school year of one school and woongemeente with one grond, withdrawn or not (the counts, ADR 0027). */
export interface Ziekteverzuimtelling {
  readonly brin: string;
  readonly woongemeente: string;
  readonly grond: Ziekteverzuimgrond;
  readonly ingetrokken: boolean;
  readonly aantal: number;
}

export interface Ziekteverzuimcijfers {
  /** Rows: schools (BRIN, sorted), columns: ZIEKTEVERZUIM_KOLOMMEN. */
  readonly perSchool: Kruistabel;
  /** Rows: woongemeenten (code, sorted), the same columns: both tables count the same signals. */
  readonly perGemeente: Kruistabel;
}

/** The M@ZL signals per school and per woongemeente × grond (in force / withdrawn), in one pass over the counts. */
export function ziekteverzuimcijfers(tellingen: Iterable<Ziekteverzuimtelling>): Ziekteverzuimcijfers {
  const perSchool = new Map<string, number[]>();
  const perGemeente = new Map<string, number[]>();
  const tel = (kaart: Map<string, number[]>, sleutel: string, k: number, aantal: number) => {
    let rij = kaart.get(sleutel);
    if (rij === undefined) {
      rij = new Array<number>(ZIEKTEVERZUIM_KOLOMMEN.length).fill(0);
      kaart.set(sleutel, rij);
    }
    rij[k] += aantal;
  };
  for (const t of tellingen) {
    const k = kolomIndex(t.grond, t.ingetrokken);
    if (k < 0) continue;
    tel(perSchool, t.brin, k, t.aantal);
    tel(perGemeente, t.woongemeente, k, t.aantal);
  }
  const kolommen = ZIEKTEVERZUIM_KOLOMMEN.map((k) => k.label);
  const alsTabel = (kaart: Map<string, number[]>): Kruistabel => {
    const rijen = [...kaart.keys()].sort();
    return { rijen, kolommen, cellen: rijen.map((r) => kaart.get(r) as number[]) };
  };
  return { perSchool: alsTabel(perSchool), perGemeente: alsTabel(perGemeente) };
}

export interface GepubliceerdeZiekteverzuimcijfers {
  readonly perSchool: GepubliceerdeKruistabel;
  readonly perGemeente: GepubliceerdeKruistabel;
}

/**
 * Unsuppressed for the readers of the signals themselves (beleid null); otherwise both tables suppressed together:
 * they count the same signals, so they share the column totals (per grond, in force / withdrawn) and the grand total —
 * a column total hidden in one is hidden in the other.
 */
export function publiceerZiekteverzuimcijfers(cijfers: Ziekteverzuimcijfers, beleid: OnthullingsBeleid | null): GepubliceerdeZiekteverzuimcijfers {
  if (beleid === null) return { perSchool: ongefilterd(cijfers.perSchool), perGemeente: ongefilterd(cijfers.perGemeente) };
  const [perSchool, perGemeente] = onderdrukGekoppeld(
    [
      { tabel: cijfers.perSchool, gedeeld: 'kolommen' },
      { tabel: cijfers.perGemeente, gedeeld: 'kolommen' },
    ],
    beleid,
  );
  return { perSchool, perGemeente };
}

/** One published table as a chart: its rows (BRIN or gemeente codes) on the axis, a series per column and the totals. */
export function ziekteverzuimGrafiek(schooljaar: string, dimensie: 'school' | 'woongemeente', tabel: GepubliceerdeKruistabel): Grafiek {
  return kruistabelGrafiek(
    `ziekteverzuim.${dimensie}`,
    `Zorgwekkend ziekteverzuim (M@ZL) ${schooljaar} per ${dimensie}`,
    dimensie,
    alsCategorieen(tabel.rijen),
    ZIEKTEVERZUIM_KOLOMMEN.map((k) => ({ code: `${k.grond}${k.ingetrokken ? '-ingetrokken' : ''}`, label: k.label })),
    tabel,
  );
}
