import { UITSCHRIJFREDENEN } from '@sluitend/contracts';
import { IsoDate, MboNiveau, Schooljaar, compareIsoDate, schooljaarBounds, schooljaarVanStartjaar, startjaarVan } from '@sluitend/domain-nl';
import { Kruistabel } from '../../onthulling/domain/kruistabel';
import { ongeldigeSelectie } from './tabellenboek.errors';

export type Uitschrijfreden = (typeof UITSCHRIJFREDENEN)[number];

/** DUO's reasons for an uitschrijving (DOMAIN.md "Uitschrijving & switch"). */
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

/**
 * One mbo inschrijving as the projections fill it (overstap.inschrijving.geregistreerd and .beeindigd): where and
 * what, when it began, and how it ended, if it did. No personal data.
 */
export interface Inschrijvingsfeit {
  readonly inschrijvingId: string;
  /** The school year in which the inschrijving began: the cohort it belongs to. */
  readonly schooljaar: Schooljaar;
  readonly mboBrin: string;
  readonly crebo: string;
  readonly niveau: MboNiveau;
  readonly ingeschrevenPer: IsoDate;
  readonly einde:
    | { readonly soort: 'uitschrijving'; readonly per: IsoDate; readonly reden: Uitschrijfreden }
    | { readonly soort: 'switch'; readonly per: IsoDate }
    | null;
}

/** Columns of the uitschrijving & switch table: the nine DUO reasons, switch, and still enrolled after the period. */
export const UITSTROOMKOLOMMEN = [
  ...UITSCHRIJFREDENEN.map((reden) => ({ code: `reden-${reden}`, label: `uitgeschreven: ${UITSCHRIJFREDEN_LABELS[reden]} (${reden})` })),
  { code: 'switch', label: 'switch naar andere opleiding' },
  { code: 'ingeschreven', label: 'nog ingeschreven' },
] as const;

/** Column of reason r is r − 1; then switch, then still enrolled. */
export const KOLOM_SWITCH = UITSCHRIJFREDENEN.length;
const INGESCHREVEN = KOLOM_SWITCH + 1;

/** Uitval: an uitschrijving for any reason but 8 ("geen uitval"). */
export const UITVAL_REDENEN: readonly Uitschrijfreden[] = UITSCHRIJFREDENEN.filter((reden) => reden !== 8);

export interface UitstroomSelectie {
  /** The cohort: inschrijvingen that began in this school year. */
  readonly schooljaar: Schooljaar;
  /** The first 1 or 2 school years of the mbo are monitored (DOMAIN.md: "first 1–2 years of mbo"). */
  readonly monitorjaren: 1 | 2;
}

/** The last day of the monitored period: 31 July of the cohort's first or second school year. */
export function monitoreindDatum(selectie: UitstroomSelectie): IsoDate {
  if (selectie.monitorjaren !== 1 && selectie.monitorjaren !== 2) {
    throw ongeldigeSelectie('monitorjaren', 'monitorjaren.bereik', 'Monitorjaren is 1 of 2');
  }
  return schooljaarBounds(schooljaarVanStartjaar(startjaarVan(selectie.schooljaar) + selectie.monitorjaren - 1)).laatsteDag;
}

/** The column of an inschrijving at the end of the monitored period. */
function kolomVan(feit: Inschrijvingsfeit, eind: IsoDate): number {
  if (feit.einde === null || compareIsoDate(feit.einde.per, eind) > 0) return INGESCHREVEN;
  return feit.einde.soort === 'switch' ? KOLOM_SWITCH : feit.einde.reden - 1;
}

export interface Opleiding {
  readonly crebo: string;
  readonly niveau: MboNiveau;
}

/** The table of one institution, with the programme each row stands for. */
export interface Uitstroomtabel {
  readonly opleidingen: readonly Opleiding[];
  readonly tabel: Kruistabel;
}

/**
 * Monitor uitschrijving & switch (seed 001, "Monitor Uitschrijving&Switch in het eerste jaar MBO") for one mbo
 * institution: per programme (crebo and level) of the cohort, how many left with each DUO reason, switched, or are
 * still enrolled at the end of the monitored period. Row totals: the cohort per programme. One pass over the facts.
 */
export function uitschrijvingEnSwitch(feiten: Iterable<Inschrijvingsfeit>, mboBrin: string, selectie: UitstroomSelectie): Uitstroomtabel {
  const eind = monitoreindDatum(selectie);
  const rijen = new Map<string, { opleiding: Opleiding; cellen: number[] }>();
  for (const feit of feiten) {
    if (feit.mboBrin !== mboBrin || feit.schooljaar !== selectie.schooljaar) continue;
    const sleutel = `${feit.crebo} niveau ${feit.niveau}`;
    let rij = rijen.get(sleutel);
    if (rij === undefined) {
      rij = { opleiding: { crebo: feit.crebo, niveau: feit.niveau }, cellen: new Array<number>(UITSTROOMKOLOMMEN.length).fill(0) };
      rijen.set(sleutel, rij);
    }
    rij.cellen[kolomVan(feit, eind)]++;
  }
  const geordend = [...rijen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, rij]) => rij);
  return {
    opleidingen: geordend.map((rij) => rij.opleiding),
    tabel: {
      rijen: geordend.map(({ opleiding }) => `${opleiding.crebo} (niveau ${opleiding.niveau})`),
      kolommen: UITSTROOMKOLOMMEN.map((k) => k.label),
      cellen: geordend.map((rij) => rij.cellen),
    },
  };
}

/**
 * The region's benchmark for one institution: the same table per mbo level over the *other* institutions of the
 * region (the facts given are the region's). Leaving the institution out makes it a fair comparison and keeps its
 * own counts out of the benchmark, so the two tables share no cell and nothing of one can be subtracted from the other.
 */
export function regiobenchmark(regioFeiten: Iterable<Inschrijvingsfeit>, mboBrin: string, selectie: UitstroomSelectie): Kruistabel {
  const eind = monitoreindDatum(selectie);
  const niveaus: MboNiveau[] = [1, 2, 3, 4];
  const cellen = niveaus.map(() => new Array<number>(UITSTROOMKOLOMMEN.length).fill(0));
  for (const feit of regioFeiten) {
    if (feit.mboBrin === mboBrin || feit.schooljaar !== selectie.schooljaar) continue;
    cellen[feit.niveau - 1][kolomVan(feit, eind)]++;
  }
  return { rijen: niveaus.map((n) => `niveau ${n}`), kolommen: UITSTROOMKOLOMMEN.map((k) => k.label), cellen };
}
