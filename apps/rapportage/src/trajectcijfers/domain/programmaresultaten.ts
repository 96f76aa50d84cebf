import type { IsoDate } from '@sluitend/domain-nl';
import { Grafiek, grafiek, tellingreeks } from '../../grafieken/domain/grafiek';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { PROGRAMMA_RESULTATEN, ProgrammaResultaat } from './trajectgebeurtenis';

/**
 * One participation of a case in a regional programme, as trajecten.programma.deelname-gestart and -beeindigd report
 * it (ids and codes; the explanation of a result is never published) and the projection keeps it.
 */
export interface Programmadeelname {
  readonly programmaId: string;
  readonly rmcRegio: string;
  readonly aangemeldOp: IsoDate;
  readonly afgemeldOp: IsoDate | null;
  readonly resultaat: ProgrammaResultaat | null;
}

/** Columns of the table of participations started: the result they ended with, or still running. */
export const GESTART_KOLOMMEN = [...PROGRAMMA_RESULTATEN, { code: 'loopt-nog', label: 'loopt nog' }] as const;

const RESULTAAT_INDEX = new Map<string, number>(PROGRAMMA_RESULTATEN.map((r, i) => [r.code, i]));
const LOOPT_NOG = PROGRAMMA_RESULTATEN.length;

/**
 * Programme results of a period (a school year), per programme (rows, sorted by region then id; labelled region · the
 * first characters of the id — the events carry ids, not names):
 * - `gestart`: participations that began in the period, by the result they ended with (whenever), or still running;
 * - `beeindigd`: participations that ended in the period, by result (seed 000 reports a programme's year this way).
 * The two count different (overlapping) sets of participations; both have the same rows.
 */
export interface Programmaresultaten {
  readonly codes: readonly string[];
  readonly regios: readonly string[];
  readonly gestart: Kruistabel;
  readonly beeindigd: Kruistabel;
}

export function programmaresultaten(deelnames: Iterable<Programmadeelname>, periode: { van: IsoDate; tot: IsoDate }): Programmaresultaten {
  const binnen = (datum: IsoDate | null) => datum !== null && datum >= periode.van && datum <= periode.tot;
  const rijen = new Map<string, { regio: string; gestart: number[]; beeindigd: number[] }>();
  for (const d of deelnames) {
    const gestart = binnen(d.aangemeldOp);
    const beeindigd = binnen(d.afgemeldOp) && d.resultaat !== null;
    if (!gestart && !beeindigd) continue;
    let rij = rijen.get(d.programmaId);
    if (rij === undefined) {
      rij = { regio: d.rmcRegio, gestart: GESTART_KOLOMMEN.map(() => 0), beeindigd: PROGRAMMA_RESULTATEN.map(() => 0) };
      rijen.set(d.programmaId, rij);
    }
    const resultaat = d.resultaat === null ? null : (RESULTAAT_INDEX.get(d.resultaat) as number);
    if (gestart) rij.gestart[resultaat === null ? LOOPT_NOG : resultaat]++;
    if (beeindigd) rij.beeindigd[resultaat as number]++;
  }
  const sleutel = (id: string) => `${(rijen.get(id) as { regio: string }).regio} ${id}`;
  const codes = [...rijen.keys()].sort((a, b) => (sleutel(a) < sleutel(b) ? -1 : 1));
  const get = (id: string) => rijen.get(id) as { regio: string; gestart: number[]; beeindigd: number[] };
  const labels = codes.map((id) => `${get(id).regio} · ${id.slice(0, 8)}`);
  return {
    codes,
    regios: codes.map((id) => get(id).regio),
    gestart: { rijen: labels, kolommen: GESTART_KOLOMMEN.map((k) => k.label), cellen: codes.map((id) => get(id).gestart) },
    beeindigd: { rijen: labels, kolommen: PROGRAMMA_RESULTATEN.map((k) => k.label), cellen: codes.map((id) => get(id).beeindigd) },
  };
}

export interface GepubliceerdeProgrammaresultaten {
  readonly codes: readonly string[];
  readonly regios: readonly string[];
  readonly gestart: GepubliceerdeKruistabel;
  readonly beeindigd: GepubliceerdeKruistabel;
}

/**
 * Unsuppressed inside the RMC (beleid null); outside it each table on its own (they count different sets of
 * participations and share no total).
 */
export function publiceerProgrammaresultaten(rapport: Programmaresultaten, beleid: OnthullingsBeleid | null): GepubliceerdeProgrammaresultaten {
  const publiceer = (tabel: Kruistabel) => (beleid === null ? ongefilterd(tabel) : onderdrukKruistabel(tabel, beleid));
  return { codes: rapport.codes, regios: rapport.regios, gestart: publiceer(rapport.gestart), beeindigd: publiceer(rapport.beeindigd) };
}

/**
 * Per programme and in total (the last category): participations started, ended, and one series per result of those
 * that ended — the published counts as they are.
 */
export function programmaGrafiek(rapport: GepubliceerdeProgrammaresultaten): Grafiek {
  const { gestart, beeindigd } = rapport;
  const beeindigdMetTotaal = [...beeindigd.cellen, beeindigd.kolomtotalen];
  return grafiek(
    'programmas.resultaten',
    'Programma’s: gestart, beëindigd en resultaat',
    'programma',
    [...rapport.codes.map((code, i) => ({ code, label: gestart.rijen[i] })), { code: 'totaal', label: 'totaal' }],
    [
      tellingreeks('gestart', 'gestart', [...gestart.rijtotalen, gestart.totaal]),
      tellingreeks('beeindigd', 'beëindigd', [...beeindigd.rijtotalen, beeindigd.totaal]),
      ...PROGRAMMA_RESULTATEN.map((r, k) =>
        tellingreeks(
          r.code,
          r.label,
          beeindigdMetTotaal.map((rij) => rij[k]),
        ),
      ),
    ],
    gestart.drempel,
  );
}
