import { Schooljaar } from '@sluitend/domain-nl';
import { kalenderdagen } from '../../doorlooptijden/domain/doorlooptijd';
import { Duursamenvatting, samenvatting } from '../../doorlooptijden/domain/samenvatting';
import { Kruistabel } from '../../onthulling/domain/kruistabel';
import { Meldingstand, Verzuimstand } from './meldingenstand';
import { MELDINGSTATUSSEN, VERZUIMSOORTEN, Verzuimsoort, ZIEKTEVERZUIM_GRONDEN } from './verzuimgebeurtenis';

/** Which meldingen count: one school year, optionally one school (BRIN) or one woongemeente (a scope). */
export interface VerzuimSelectie {
  readonly schooljaar: Schooljaar;
  readonly brin?: string;
  readonly woongemeente?: string;
}

function telt(stand: Meldingstand, selectie: VerzuimSelectie): boolean {
  const { melding } = stand;
  return (
    melding.schooljaar === selectie.schooljaar &&
    (selectie.brin === undefined || melding.brin === selectie.brin) &&
    (selectie.woongemeente === undefined || melding.woongemeente === selectie.woongemeente)
  );
}

const SOORT_INDEX = new Map<Verzuimsoort, number>(VERZUIMSOORTEN.map((s, i) => [s.code, i]));
const STATUS_INDEX = new Map<string, number>(MELDINGSTATUSSEN.map((s, i) => [s.code, i]));

/** Meldingen per kind (rows, DUO's order) and current status (columns). One pass. */
export function meldingenPerSoortEnStatus(stand: Verzuimstand, selectie: VerzuimSelectie): Kruistabel {
  const cellen = VERZUIMSOORTEN.map(() => new Array<number>(MELDINGSTATUSSEN.length).fill(0));
  for (const melding of stand.meldingen.values()) {
    if (!telt(melding, selectie)) continue;
    cellen[SOORT_INDEX.get(melding.melding.soort) as number][STATUS_INDEX.get(melding.status) as number]++;
  }
  return { rijen: VERZUIMSOORTEN.map((s) => s.label), kolommen: MELDINGSTATUSSEN.map((s) => s.label), cellen };
}

/** Meldingen per school (BRIN) or per woongemeente (rows, sorted) and kind (columns). One pass. */
export function meldingenPer(stand: Verzuimstand, dimensie: 'school' | 'gemeente', selectie: VerzuimSelectie): Kruistabel {
  const rijen = new Map<string, number[]>();
  for (const melding of stand.meldingen.values()) {
    if (!telt(melding, selectie)) continue;
    const sleutel = dimensie === 'school' ? (melding.melding.brin ?? 'zonder school') : melding.melding.woongemeente;
    let rij = rijen.get(sleutel);
    if (rij === undefined) {
      rij = new Array<number>(VERZUIMSOORTEN.length).fill(0);
      rijen.set(sleutel, rij);
    }
    rij[SOORT_INDEX.get(melding.melding.soort) as number]++;
  }
  const sleutels = [...rijen.keys()].sort();
  return { rijen: sleutels, kolommen: VERZUIMSOORTEN.map((s) => s.label), cellen: sleutels.map((s) => rijen.get(s) as number[]) };
}

/** M@ZL signals of worrying sick leave per school (rows, sorted) and criterion (columns). */
export function ziekteverzuimPerSchool(stand: Verzuimstand, selectie: VerzuimSelectie): Kruistabel {
  const rijen = new Map<string, [number, number]>();
  for (const signaal of stand.ziekteverzuim) {
    if (signaal.schooljaar !== selectie.schooljaar) continue;
    if (selectie.brin !== undefined && signaal.brin !== selectie.brin) continue;
    if (selectie.woongemeente !== undefined && signaal.woongemeente !== selectie.woongemeente) continue;
    let rij = rijen.get(signaal.brin);
    if (rij === undefined) {
      rij = [0, 0];
      rijen.set(signaal.brin, rij);
    }
    rij[signaal.grond === ZIEKTEVERZUIM_GRONDEN[0].code ? 0 : 1]++;
  }
  const sleutels = [...rijen.keys()].sort();
  return {
    rijen: sleutels,
    kolommen: ZIEKTEVERZUIM_GRONDEN.map((g) => g.label),
    cellen: sleutels.map((s) => [...(rijen.get(s) as [number, number])]),
  };
}

/** Classes of the time from registration to the behandelaar's first action, in calendar days. */
export const BEHANDELTIJD_KLASSEN = [
  { code: '0-2-dagen', label: 'binnen 2 dagen' },
  { code: '3-7-dagen', label: '3–7 dagen' },
  { code: '8-14-dagen', label: '8–14 dagen' },
  { code: 'meer-dan-14-dagen', label: 'meer dan 14 dagen' },
  { code: 'nog-niet', label: 'nog niet in behandeling' },
] as const;

function behandeltijdKlasse(dagen: number | null): number {
  if (dagen === null) return 4;
  return dagen <= 2 ? 0 : dagen <= 7 ? 1 : dagen <= 14 ? 2 : 3;
}

export interface Behandeltijden {
  /** Per kind (rows) the meldingen per class of time to handling (columns); withdrawn meldingen left out. */
  readonly tabel: Kruistabel;
  /** Per kind: count, median and p90 in calendar days over the handled meldingen. */
  readonly perSoort: readonly Duursamenvatting[];
}

/**
 * Time to handling: calendar days (Europe/Amsterdam) from the school's registration to the behandelaar's first
 * action (in behandeling, ter kennisgeving aangenomen, or closed at once). Statistics of fewer than `drempel`
 * meldingen are left out when a threshold is given.
 */
export function behandeltijden(stand: Verzuimstand, selectie: VerzuimSelectie, drempel: number | null = null): Behandeltijden {
  const cellen = VERZUIMSOORTEN.map(() => new Array<number>(BEHANDELTIJD_KLASSEN.length).fill(0));
  const duren: number[][] = VERZUIMSOORTEN.map(() => []);
  for (const melding of stand.meldingen.values()) {
    if (!telt(melding, selectie) || melding.status === 'ingetrokken') continue;
    const soort = SOORT_INDEX.get(melding.melding.soort) as number;
    const dagen = melding.eersteBehandelingMs === null ? null : kalenderdagen(melding.geregistreerdMs, melding.eersteBehandelingMs);
    cellen[soort][behandeltijdKlasse(dagen)]++;
    if (dagen !== null) duren[soort].push(dagen);
  }
  return {
    tabel: { rijen: VERZUIMSOORTEN.map((s) => s.label), kolommen: BEHANDELTIJD_KLASSEN.map((k) => k.label), cellen },
    perSoort: duren.map((d) => samenvatting(d, drempel)),
  };
}
