import { IsoDate, endOfLocalDate } from '@sluitend/domain-nl';
import { Periode, binnen, periodeMs } from '../../doorlooptijden/domain/periode';
import { kalenderdagen } from '../../doorlooptijden/domain/doorlooptijd';
import { WEKEN_KLASSEN, WEKEN_KLASSE_INDEX, wekenKlasse } from '../../doorlooptijden/domain/weken-klasse';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { onderdrukKruistabel } from '../../onthulling/domain/onderdruk-kruistabel';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { PROGRAMMA_RESULTATEN, SIGNAALBRONNEN, UITKOMSTEN } from './trajectgebeurtenis';
import { Trajectenstand, Trajectstand } from './trajectstand';

/** The RMC region (or one gemeente) and the reporting period (for the effectrapportage: the school year reported on). */
export interface TrajectSelectie {
  readonly periode: Periode;
  /** The day the report is drawn up (timeliness of steps still to come); the end of the period by default. */
  readonly peildatum?: IsoDate;
  readonly rmcRegio?: string;
  readonly woongemeente?: string;
}

function inScope(traject: Trajectstand, selectie: TrajectSelectie): boolean {
  const { geopend } = traject;
  return (
    (selectie.rmcRegio === undefined || geopend.rmcRegio === selectie.rmcRegio) &&
    (selectie.woongemeente === undefined || geopend.woongemeente === selectie.woongemeente)
  );
}

const UITKOMST_INDEX = new Map<string, number>(UITKOMSTEN.map((u, i) => [u.code, i]));
const BRON_INDEX = new Map<string, number>(SIGNAALBRONNEN.map((b, i) => [b.code, i]));

/**
 * Outcomes of the cases closed in the period, per woongemeente (rows, sorted) in the effectrapportage's categories
 * (columns). One pass.
 */
export function uitkomstenPerGemeente(stand: Trajectenstand, selectie: TrajectSelectie): Kruistabel {
  const periode = periodeMs(selectie.periode);
  const rijen = new Map<string, number[]>();
  for (const traject of stand.trajecten.values()) {
    if (traject.afgeslotenMs === null || traject.uitkomst === null || !binnen(traject.afgeslotenMs, periode) || !inScope(traject, selectie)) continue;
    const gemeente = traject.geopend.woongemeente;
    let rij = rijen.get(gemeente);
    if (rij === undefined) {
      rij = new Array<number>(UITKOMSTEN.length).fill(0);
      rijen.set(gemeente, rij);
    }
    rij[UITKOMST_INDEX.get(traject.uitkomst) as number]++;
  }
  const gemeenten = [...rijen.keys()].sort();
  return { rijen: gemeenten, kolommen: UITKOMSTEN.map((u) => u.label), cellen: gemeenten.map((g) => rijen.get(g) as number[]) };
}

/**
 * Timeliness (DOMAIN.md: time from DUO report to intake, < 4, 4–6, > 6 weeks; domain-sources.md §3.7): of the cases
 * whose signal or DUO report came in during the period, per source (rows) the calendar days to the first contact or
 * to the intake, in classes (columns). A step still to come is "nog niet" — unless more than 6 weeks have passed by the
 * peildatum, when it can only be "> 6 weeks" (as the trajecten service's own dashboard counts it,
 * apps/trajecten/src/uitkomsten/domain/tijdigheid.ts). One pass.
 */
export function tijdigheid(stand: Trajectenstand, selectie: TrajectSelectie, stap: 'eerste-contact' | 'intake'): Kruistabel {
  const periode = periodeMs(selectie.periode);
  const peilMs = endOfLocalDate(selectie.peildatum ?? selectie.periode.tot).getTime();
  const cellen = SIGNAALBRONNEN.map(() => new Array<number>(WEKEN_KLASSEN.length).fill(0));
  for (const traject of stand.trajecten.values()) {
    if (!binnen(traject.signaalMs, periode) || !inScope(traject, selectie)) continue;
    const ms = stap === 'eerste-contact' ? traject.eersteContactMs : traject.intakeMs;
    const gedaan = ms !== null && ms <= peilMs;
    const klasse = gedaan
      ? wekenKlasse(kalenderdagen(traject.signaalMs, ms))
      : kalenderdagen(traject.signaalMs, peilMs) > 42
        ? 'langer-dan-6-weken'
        : 'nog-niet';
    cellen[BRON_INDEX.get(traject.geopend.bron) as number][WEKEN_KLASSE_INDEX[klasse]]++;
  }
  return { rijen: SIGNAALBRONNEN.map((b) => b.label), kolommen: WEKEN_KLASSEN.map((k) => k.label), cellen };
}

/** Columns of the programme table: the trajecten service's results, and still running. */
export const PROGRAMMA_KOLOMMEN = [...PROGRAMMA_RESULTATEN, { code: 'loopt', label: 'loopt nog' }] as const;

const RESULTAAT_INDEX = new Map<string, number>(PROGRAMMA_RESULTATEN.map((r, i) => [r.code, i]));
const LOOPT = PROGRAMMA_RESULTATEN.length;

/** Programme results: per programme (rows, sorted) the participations started in the period by result (columns). */
export function programmaresultaten(stand: Trajectenstand, selectie: TrajectSelectie): Kruistabel {
  const periode = periodeMs(selectie.periode);
  const rijen = new Map<string, number[]>();
  for (const traject of stand.trajecten.values()) {
    if (!inScope(traject, selectie)) continue;
    for (const [programma, deelname] of traject.programmas) {
      if (!binnen(deelname.gestartMs, periode)) continue;
      let rij = rijen.get(programma);
      if (rij === undefined) {
        rij = new Array<number>(PROGRAMMA_KOLOMMEN.length).fill(0);
        rijen.set(programma, rij);
      }
      rij[deelname.resultaat === null ? LOOPT : (RESULTAAT_INDEX.get(deelname.resultaat) as number)]++;
    }
  }
  const programmas = [...rijen.keys()].sort();
  return { rijen: programmas, kolommen: PROGRAMMA_KOLOMMEN.map((r) => r.label), cellen: programmas.map((p) => rijen.get(p) as number[]) };
}

/** The RMC's yearly effectrapportage (due 15 December), generated. */
export interface Effectrapportage {
  readonly selectie: TrajectSelectie;
  readonly uitkomsten: Kruistabel;
  readonly eersteContact: Kruistabel;
  readonly intake: Kruistabel;
  readonly programmas: Kruistabel;
}

export interface GepubliceerdeEffectrapportage {
  readonly selectie: TrajectSelectie;
  readonly uitkomsten: GepubliceerdeKruistabel;
  readonly eersteContact: GepubliceerdeKruistabel;
  readonly intake: GepubliceerdeKruistabel;
  readonly programmas: GepubliceerdeKruistabel;
}

export function effectrapportage(stand: Trajectenstand, selectie: TrajectSelectie): Effectrapportage {
  return {
    selectie,
    uitkomsten: uitkomstenPerGemeente(stand, selectie),
    eersteContact: tijdigheid(stand, selectie, 'eerste-contact'),
    intake: tijdigheid(stand, selectie, 'intake'),
    programmas: programmaresultaten(stand, selectie),
  };
}

/**
 * As it may leave the RMC (beleid given). The two timeliness tables count the same cases per source, so they share
 * their row totals and are suppressed together; the outcomes (cases closed in the period) and the programmes count
 * other sets and stand alone.
 */
export function publiceerEffectrapportage(rapport: Effectrapportage, beleid: OnthullingsBeleid | null): GepubliceerdeEffectrapportage {
  if (beleid === null) {
    return {
      selectie: rapport.selectie,
      uitkomsten: ongefilterd(rapport.uitkomsten),
      eersteContact: ongefilterd(rapport.eersteContact),
      intake: ongefilterd(rapport.intake),
      programmas: ongefilterd(rapport.programmas),
    };
  }
  const [eersteContact, intake] = onderdrukGekoppeld(
    [
      { tabel: rapport.eersteContact, gedeeld: 'rijen' },
      { tabel: rapport.intake, gedeeld: 'rijen' },
    ],
    beleid,
  );
  return {
    selectie: rapport.selectie,
    uitkomsten: onderdrukKruistabel(rapport.uitkomsten, beleid),
    eersteContact,
    intake,
    programmas: onderdrukKruistabel(rapport.programmas, beleid),
  };
}
