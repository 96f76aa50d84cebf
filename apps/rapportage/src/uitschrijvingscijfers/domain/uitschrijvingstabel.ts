import { UITSCHRIJFREDENEN } from '@sluitend/contracts';
import { IsoDate, Schooljaar, schooljaarBounds } from '@sluitend/domain-nl';
import { Kruistabel } from '../../onthulling/domain/kruistabel';

export type Uitschrijfreden = (typeof UITSCHRIJFREDENEN)[number];

/** DUO's reasons for an uitschrijving (DOMAIN.md "Uitschrijving & switch"; sources §1.4, BRON "reden uitval"). */
export const UITSCHRIJFREDEN_LABELS: Readonly<Record<Uitschrijfreden, string>> = {
  1: 'persoonlijk, geen invloed',
  2: 'persoonlijk, met zorg',
  3: 'instellingsgerelateerd',
  4: 'studie- of beroepskeuze',
  5: 'arbeidsmarkt of omgeving',
  6: 'zonder diploma maar succesvol',
  7: 'onbekend',
  8: 'geen uitval',
  9: 'niet betaald',
};

/** Rows per mbo institution (BRIN) or per programme (crebo and level, over the institutions of the scope together). */
export type UitschrijvingDimensie = 'instelling' | 'opleiding';

/** The columns: uitgeschreven with each DUO reason, switched, and not ended in the school year. */
export const UITSCHRIJVINGSKOLOMMEN: readonly { readonly code: string; readonly label: string }[] = [
  ...UITSCHRIJFREDENEN.map((reden) => ({ code: `reden-${reden}`, label: `reden ${reden}: ${UITSCHRIJFREDEN_LABELS[reden]}` })),
  { code: 'switch', label: 'geswitcht' },
  { code: 'niet-beeindigd', label: 'niet beëindigd in het schooljaar' },
];

/** Column of reason r is r − 1; then switch, then not ended in the school year. */
export const KOLOM_SWITCH = UITSCHRIJFREDENEN.length;
export const KOLOM_NIET_BEEINDIGD = KOLOM_SWITCH + 1;
/** Reason 8 ("geen uitval"): an uitschrijving that is no dropout (uitval = every other reason, *our reading*). */
export const KOLOM_GEEN_UITVAL = 8 - 1;

/**
 * The days of a school year (1 August – 31 July). An inschrijving **ran in the year** — the denominator — when it began
 * on or before the last day and did not end before the first (*our choice*: every inschrijving the institution had in
 * the year, new or continuing, as a yearly rate; not the cohort that began in the year). Its uitschrijving or switch
 * counts in the year its date falls in, so every ending counts once, in a year whose denominator holds it. The
 * inschrijving's own `schooljaar` is the year its student left VO, not a year it ran in: only dates count.
 */
export function schooljaarperiode(schooljaar: Schooljaar): { readonly eersteDag: IsoDate; readonly laatsteDag: IsoDate } {
  const { eersteDag, laatsteDag } = schooljaarBounds(schooljaar);
  return { eersteDag, laatsteDag };
}

/** How an inschrijving that ran in the year ended within it; null when it did not (still running, or ended after it). */
export type EindeInJaar = { readonly soort: 'uitschrijving'; readonly reden: Uitschrijfreden | null } | { readonly soort: 'switch' } | null;

/** The column of an inschrijving: its reason, switch, or not ended. An uitschrijving without a reason is 7 (onbekend). */
export function kolomVan(einde: EindeInJaar): number {
  if (einde === null) return KOLOM_NIET_BEEINDIGD;
  if (einde.soort === 'switch') return KOLOM_SWITCH;
  return (einde.reden ?? 7) - 1;
}

/**
 * Inschrijvingen that ran in the year with the same row key (BRIN, or `crebo-niveau`), RMC-regio of residence (from
 * the inschrijving's event; null when unknown) and ending: what the repository counts, one group per combination.
 */
export interface Inschrijvingsgroep {
  readonly sleutel: string;
  readonly rmcRegio: string | null;
  readonly einde: EindeInJaar;
  readonly aantal: number;
}

/** The label of a row: the BRIN, or the programme. */
export function rijLabel(dimensie: UitschrijvingDimensie, sleutel: string): string {
  if (dimensie === 'instelling') return sleutel;
  const [crebo, niveau] = sleutel.split('-');
  return `crebo ${crebo}, niveau ${niveau}`;
}

/** The table of a scope with the code each row stands for. */
export interface Uitschrijvingstabel {
  readonly codes: readonly string[];
  readonly tabel: Kruistabel;
}

/**
 * Uitschrijving & switch per institution or programme (issue 15 item 2; seed 001's "Monitor Uitschrijving & Switch"
 * per school year): per row the inschrijvingen that ended with each DUO reason, by a switch, or not in the year; the
 * row total is the row's inschrijvingen in the year. Rows sorted by code. One pass over the groups.
 */
export function uitschrijvingstabel(groepen: Iterable<Inschrijvingsgroep>, dimensie: UitschrijvingDimensie): Uitschrijvingstabel {
  const rijen = new Map<string, number[]>();
  for (const groep of groepen) {
    let cellen = rijen.get(groep.sleutel);
    if (cellen === undefined) {
      cellen = new Array<number>(UITSCHRIJVINGSKOLOMMEN.length).fill(0);
      rijen.set(groep.sleutel, cellen);
    }
    cellen[kolomVan(groep.einde)] += groep.aantal;
  }
  const codes = [...rijen.keys()].sort();
  return {
    codes,
    tabel: {
      rijen: codes.map((code) => rijLabel(dimensie, code)),
      kolommen: UITSCHRIJVINGSKOLOMMEN.map((k) => k.label),
      cellen: codes.map((code) => rijen.get(code) as number[]),
    },
  };
}

/** The columns summed over the groups that pass the filter (a region's row, or the part of a scope in a region). */
export function kolomtelling(groepen: Iterable<Inschrijvingsgroep>, telt: (groep: Inschrijvingsgroep) => boolean = () => true): number[] {
  const cellen = new Array<number>(UITSCHRIJVINGSKOLOMMEN.length).fill(0);
  for (const groep of groepen) if (telt(groep)) cellen[kolomVan(groep.einde)] += groep.aantal;
  return cellen;
}

/** The RMC-regio most of the groups' inschrijvingen live in (ties: the lowest code); null when none is known. */
export function regioVanDeMeesten(groepen: Iterable<Inschrijvingsgroep>): string | null {
  const perRegio = new Map<string, number>();
  for (const groep of groepen) if (groep.rmcRegio !== null) perRegio.set(groep.rmcRegio, (perRegio.get(groep.rmcRegio) ?? 0) + groep.aantal);
  let beste: string | null = null;
  for (const [regio, aantal] of perRegio) {
    const huidig = beste === null ? -1 : (perRegio.get(beste) as number);
    if (aantal > huidig || (aantal === huidig && regio < (beste as string))) beste = regio;
  }
  return beste;
}
