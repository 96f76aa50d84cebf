import { VERZUIMSOORTEN } from '@sluitend/contracts';
import { Duursamenvatting, samenvatting } from '../../doorlooptijden/domain/samenvatting';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import {
  afgeslotenKolom,
  dagenTotAfgesloten,
  dagenTotInBehandeling,
  inBehandelingKolom,
  Levensloop,
  MELDINGSTATUSSEN,
  Stappen,
  statusIndex,
  statusVan,
  TOT_AFGESLOTEN_KOLOMMEN,
  TOT_IN_BEHANDELING_KOLOMMEN,
  totAfgeslotenKolom,
  totInBehandelingKolom,
} from './behandeltijd';

/** A registered melding as the projection holds it: where, which kind, and its lifecycle. */
export interface GeprojecteerdeMelding extends Levensloop {
  readonly soort: (typeof VERZUIMSOORTEN)[number];
  readonly brin: string;
  readonly woongemeente: string;
}

/** Labels of verzuim's kinds (DOMAIN.md "Verzuim"). */
export const SOORT_LABELS: Readonly<Record<(typeof VERZUIMSOORTEN)[number], string>> = {
  'zestien-uur': '16 uur in 4 weken',
  'langdurig-relatief': 'langdurig relatief verzuim',
  luxe: 'luxe verzuim',
  rmc: 'RMC-verzuim',
  overig: 'overig verzuim',
};

/** Median and p90 of the calendar days to handling, per kind and over all kinds (the last). */
export interface Mediaan {
  readonly soort: string;
  readonly totInBehandeling: Duursamenvatting;
  readonly totAfgesloten: Duursamenvatting;
}

export interface Meldingcijfers {
  readonly perSoortEnStatus: Kruistabel;
  readonly perGemeente: Kruistabel;
  readonly perSchool: Kruistabel;
  /** Null when counted without the school–gemeente pairs (see meldingcijfersUitTellingen). */
  readonly perGemeenteEnStatus: Kruistabel | null;
  readonly perSchoolEnStatus: Kruistabel | null;
  readonly totInBehandeling: Kruistabel;
  readonly totAfgesloten: Kruistabel;
  /** The durations behind the medians, per kind (DUO's order), in calendar days. */
  readonly dagen: { readonly totInBehandeling: number[]; readonly totAfgesloten: number[] }[];
}

const soortIndex = new Map<string, number>(VERZUIMSOORTEN.map((s, i) => [s, i]));
const nul = (n: number) => new Array<number>(n).fill(0);

/** The tables by kind, empty: × status, × time to in behandeling, × time to afgesloten, and the durations. */
function legePerSoort() {
  return {
    perSoort: VERZUIMSOORTEN.map(() => nul(MELDINGSTATUSSEN.length)),
    inBehandeling: VERZUIMSOORTEN.map(() => nul(TOT_IN_BEHANDELING_KOLOMMEN.length)),
    afgesloten: VERZUIMSOORTEN.map(() => nul(TOT_AFGESLOTEN_KOLOMMEN.length)),
    dagen: VERZUIMSOORTEN.map(() => ({ totInBehandeling: [] as number[], totAfgesloten: [] as number[] })),
  };
}

/**
 * The same meldingen seven ways, in one pass: per kind × status; per woongemeente and per school × kind and × status;
 * per kind × time to in behandeling and × time to afgesloten (every melding in one column of each).
 */
export function meldingcijfers(meldingen: Iterable<GeprojecteerdeMelding>): Meldingcijfers {
  const { perSoort, inBehandeling, afgesloten, dagen } = legePerSoort();
  const perGemeente = new Map<string, number[]>();
  const perSchool = new Map<string, number[]>();
  const perGemeenteStatus = new Map<string, number[]>();
  const perSchoolStatus = new Map<string, number[]>();
  const tel = (kaart: Map<string, number[]>, sleutel: string, breedte: number, k: number) => {
    let rij = kaart.get(sleutel);
    if (rij === undefined) {
      rij = nul(breedte);
      kaart.set(sleutel, rij);
    }
    rij[k]++;
  };
  for (const m of meldingen) {
    const k = soortIndex.get(m.soort) as number;
    const s = statusIndex(m);
    perSoort[k][s]++;
    inBehandeling[k][totInBehandelingKolom(m)]++;
    afgesloten[k][totAfgeslotenKolom(m)]++;
    const totIn = dagenTotInBehandeling(m);
    if (totIn !== null) dagen[k].totInBehandeling.push(totIn);
    const totAf = dagenTotAfgesloten(m);
    if (totAf !== null) dagen[k].totAfgesloten.push(totAf);
    tel(perGemeente, m.woongemeente, VERZUIMSOORTEN.length, k);
    tel(perSchool, m.brin, VERZUIMSOORTEN.length, k);
    tel(perGemeenteStatus, m.woongemeente, MELDINGSTATUSSEN.length, s);
    tel(perSchoolStatus, m.brin, MELDINGSTATUSSEN.length, s);
  }
  const soorten = VERZUIMSOORTEN.map((s) => SOORT_LABELS[s]);
  const statussen = MELDINGSTATUSSEN.map((s) => s.label);
  const alsTabel = (kaart: Map<string, number[]>, kolommen: string[]): Kruistabel => {
    const sleutels = [...kaart.keys()].sort();
    return { rijen: sleutels, kolommen, cellen: sleutels.map((s) => kaart.get(s) as number[]) };
  };
  return {
    perSoortEnStatus: { rijen: soorten, kolommen: statussen, cellen: perSoort },
    perGemeente: alsTabel(perGemeente, soorten),
    perSchool: alsTabel(perSchool, soorten),
    perGemeenteEnStatus: alsTabel(perGemeenteStatus, statussen),
    perSchoolEnStatus: alsTabel(perSchoolStatus, statussen),
    totInBehandeling: { rijen: soorten, kolommen: TOT_IN_BEHANDELING_KOLOMMEN.map((k) => k.label), cellen: inBehandeling },
    totAfgesloten: { rijen: soorten, kolommen: TOT_AFGESLOTEN_KOLOMMEN.map((k) => k.label), cellen: afgesloten },
    dagen,
  };
}

type Soort = (typeof VERZUIMSOORTEN)[number];

/**
 * The meldingen of all schools and gemeenten as counted beside the projection (ADR 0027): per woongemeente and kind,
 * per school and kind, and per kind, steps reached and days to in behandeling — and again to afgesloten (null: never
 * reached) — each melding once in each.
 */
export interface Meldingtellingen {
  readonly perGemeente: readonly { readonly woongemeente: string; readonly soort: Soort; readonly aantal: number }[];
  readonly perSchool: readonly { readonly brin: string; readonly soort: Soort; readonly aantal: number }[];
  readonly totInBehandeling: readonly { readonly soort: Soort; readonly stappen: Stappen; readonly dagen: number | null; readonly aantal: number }[];
  readonly totAfgesloten: readonly { readonly soort: Soort; readonly stappen: Stappen; readonly dagen: number | null; readonly aantal: number }[];
}

/**
 * The same figures as `meldingcijfers` from the counts: the tables by kind, the durations behind the medians repeated
 * by their counts. The per gemeente and per school × status tables need the pairs the counts do not keep; they are
 * only published inside an organisation, which reads its own meldingen row by row.
 */
export function meldingcijfersUitTellingen(tellingen: Meldingtellingen): Meldingcijfers {
  const { perSoort, inBehandeling, afgesloten, dagen } = legePerSoort();
  const soorten = VERZUIMSOORTEN.map((s) => SOORT_LABELS[s]);
  const herhaal = (uit: number[], waarde: number, aantal: number) => {
    for (let i = 0; i < aantal; i++) uit.push(waarde);
  };
  for (const groep of tellingen.totInBehandeling) {
    const k = soortIndex.get(groep.soort) as number;
    const status = statusVan(groep.stappen);
    perSoort[k][status] += groep.aantal;
    inBehandeling[k][inBehandelingKolom(status, groep.dagen)] += groep.aantal;
    if (groep.dagen !== null) herhaal(dagen[k].totInBehandeling, groep.dagen, groep.aantal);
  }
  for (const groep of tellingen.totAfgesloten) {
    const k = soortIndex.get(groep.soort) as number;
    afgesloten[k][afgeslotenKolom(statusVan(groep.stappen), groep.dagen)] += groep.aantal;
    if (groep.dagen !== null) herhaal(dagen[k].totAfgesloten, groep.dagen, groep.aantal);
  }
  const perSleutel = (groepen: readonly { sleutel: string; soort: Soort; aantal: number }[]): Kruistabel => {
    const rijen = new Map<string, number[]>();
    for (const g of groepen) {
      let rij = rijen.get(g.sleutel);
      if (rij === undefined) {
        rij = nul(VERZUIMSOORTEN.length);
        rijen.set(g.sleutel, rij);
      }
      rij[soortIndex.get(g.soort) as number] += g.aantal;
    }
    const sleutels = [...rijen.keys()].sort();
    return { rijen: sleutels, kolommen: soorten, cellen: sleutels.map((s) => rijen.get(s) as number[]) };
  };
  return {
    perSoortEnStatus: { rijen: soorten, kolommen: MELDINGSTATUSSEN.map((s) => s.label), cellen: perSoort },
    perGemeente: perSleutel(tellingen.perGemeente.map((g) => ({ sleutel: g.woongemeente, soort: g.soort, aantal: g.aantal }))),
    perSchool: perSleutel(tellingen.perSchool.map((g) => ({ sleutel: g.brin, soort: g.soort, aantal: g.aantal }))),
    perGemeenteEnStatus: null,
    perSchoolEnStatus: null,
    totInBehandeling: { rijen: soorten, kolommen: TOT_IN_BEHANDELING_KOLOMMEN.map((k) => k.label), cellen: inBehandeling },
    totAfgesloten: { rijen: soorten, kolommen: TOT_AFGESLOTEN_KOLOMMEN.map((k) => k.label), cellen: afgesloten },
    dagen,
  };
}

export interface GepubliceerdeMeldingcijfers {
  readonly perSoortEnStatus: GepubliceerdeKruistabel;
  readonly perGemeente: GepubliceerdeKruistabel;
  readonly perSchool: GepubliceerdeKruistabel;
  /** Null when the figures leave the organisation (see publiceerMeldingcijfers). */
  readonly perGemeenteEnStatus: GepubliceerdeKruistabel | null;
  readonly perSchoolEnStatus: GepubliceerdeKruistabel | null;
  readonly totInBehandeling: GepubliceerdeKruistabel;
  readonly totAfgesloten: GepubliceerdeKruistabel;
  readonly mediaan: readonly Mediaan[];
}

/**
 * Unsuppressed inside the organisation (beleid null). Outside it the five tables that share the totals per kind (rows
 * of "per soort en status" and of both times to handling, columns of per gemeente and per school) are suppressed
 * together; the medians of fewer than the threshold's durations are withheld. The per gemeente and per school ×
 * status tables are not published outside the organisation: their rows are the per gemeente / per school totals and
 * their columns the status totals, a second shared breakdown next to the kinds that joint suppression cannot protect
 * together with the first (a hidden cell could be worked back from the other tables), so they are left out (null).
 */
export function publiceerMeldingcijfers(cijfers: Meldingcijfers, beleid: OnthullingsBeleid | null): GepubliceerdeMeldingcijfers {
  const drempel = beleid === null ? null : beleid.drempel;
  const alle = {
    totInBehandeling: cijfers.dagen.flatMap((d) => d.totInBehandeling),
    totAfgesloten: cijfers.dagen.flatMap((d) => d.totAfgesloten),
  };
  const mediaan = [...cijfers.dagen, alle].map((d, i) => ({
    soort: i < VERZUIMSOORTEN.length ? SOORT_LABELS[VERZUIMSOORTEN[i]] : 'alle soorten',
    totInBehandeling: samenvatting(d.totInBehandeling, drempel),
    totAfgesloten: samenvatting(d.totAfgesloten, drempel),
  }));
  if (beleid === null) {
    return {
      perSoortEnStatus: ongefilterd(cijfers.perSoortEnStatus),
      perGemeente: ongefilterd(cijfers.perGemeente),
      perSchool: ongefilterd(cijfers.perSchool),
      perGemeenteEnStatus: cijfers.perGemeenteEnStatus && ongefilterd(cijfers.perGemeenteEnStatus),
      perSchoolEnStatus: cijfers.perSchoolEnStatus && ongefilterd(cijfers.perSchoolEnStatus),
      totInBehandeling: ongefilterd(cijfers.totInBehandeling),
      totAfgesloten: ongefilterd(cijfers.totAfgesloten),
      mediaan,
    };
  }
  const [perSoortEnStatus, perGemeente, perSchool, totInBehandeling, totAfgesloten] = onderdrukGekoppeld(
    [
      { tabel: cijfers.perSoortEnStatus, gedeeld: 'rijen' },
      { tabel: cijfers.perGemeente, gedeeld: 'kolommen' },
      { tabel: cijfers.perSchool, gedeeld: 'kolommen' },
      { tabel: cijfers.totInBehandeling, gedeeld: 'rijen' },
      { tabel: cijfers.totAfgesloten, gedeeld: 'rijen' },
    ],
    beleid,
  );
  return { perSoortEnStatus, perGemeente, perSchool, perGemeenteEnStatus: null, perSchoolEnStatus: null, totInBehandeling, totAfgesloten, mediaan };
}
