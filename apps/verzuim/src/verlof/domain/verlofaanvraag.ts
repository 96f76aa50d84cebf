import { IsoDate, daysBetween, isIsoDate, schooljaarBounds, schooljaarOf } from '@sluitend/domain-nl';
import { Kalender } from '../../kalenders/domain/kalender';
import { VerzuimFout } from '../../shared/verzuim-fout';
import { GewichtigeOmstandigheid, RICHTLIJN_MAX_DAGEN, VerlofSoort } from './verlof-redenen';

/** Leerplichtwet art. 13a and 14: the head of the school decides on up to 10 school days per schooljaar. */
export const MAX_DAGEN_DIRECTEUR = 10;
/** Art. 13a: vakantieverlof never in the first two lesweken of the schooljaar. */
export const EERSTE_LESWEKEN_ZONDER_VAKANTIEVERLOF = 2;
/** Art. 13: notice of a religious obligation at least two days before; art. 14 guidance: a request at the latest two days after the circumstance arose. */
export const DAGEN_VOORAF_OF_ACHTERAF = 2;

export interface Verlofaanvraag {
  readonly soort: VerlofSoort;
  readonly omstandigheid?: GewichtigeOmstandigheid;
  readonly van: IsoDate;
  readonly totEnMet: IsoDate;
  readonly aangevraagdOp: IsoDate;
  /** Vakantieverlof: an employer's statement that no leave in the school vacations is possible. */
  readonly werkgeversverklaring?: boolean;
  /** Gewichtige omstandigheden: the day the circumstance arose, when the request comes after it. */
  readonly ontstaanOp?: IsoDate;
}

/** Verlof already granted to the student (to count "once per schooljaar" and the 10 days). */
export interface VerleendVerlof {
  readonly soort: VerlofSoort;
  readonly van: IsoDate;
  readonly totEnMet: IsoDate;
  readonly lesdagen: number;
}

export type VerlofBezwaarCode =
  | 'GEEN_LESDAGEN'
  | 'WERKGEVERSVERKLARING_ONTBREEKT'
  | 'VAKANTIEVERLOF_AL_VERLEEND'
  | 'VAKANTIEVERLOF_MEER_DAN_10_DAGEN'
  | 'VAKANTIEVERLOF_EERSTE_TWEE_LESWEKEN'
  | 'OMSTANDIGHEID_ONTBREEKT'
  | 'TE_LAAT_AANGEVRAAGD'
  | 'BOVEN_RICHTLIJN';

export interface VerlofBezwaar {
  readonly code: VerlofBezwaarCode;
  readonly melding: string;
  /** A legal bar (the request cannot be granted) or only a note for the decider (above a guideline). */
  readonly ernst: 'wettelijk' | 'richtlijn';
}

export interface VerlofBeoordeling {
  /** School days (lesdagen of the school's calendar) in the requested period. */
  readonly lesdagen: number;
  readonly schooljaar: string;
  /** Who decides; `geen` for a religious obligation, which needs only a notice. */
  readonly beslisser: 'directeur' | 'leerplichtambtenaar' | 'geen';
  readonly bezwaren: readonly VerlofBezwaar[];
  /** No legal bar: the decider may grant it (on its merits). */
  readonly toewijsbaar: boolean;
}

/**
 * The legal frame of a verlof request on the school's calendar: how many lesdagen it costs, who decides and what
 * stands in the way. The decision on the merits (is this really the parent's work, is it really gewichtig) stays
 * with the head of the school or the leerplichtambtenaar. A request spanning two schooljaren is refused as input.
 */
export function beoordeelVerlofaanvraag(aanvraag: Verlofaanvraag, kalender: Kalender, eerder: readonly VerleendVerlof[] = []): VerlofBeoordeling {
  for (const veld of ['van', 'totEnMet', 'aangevraagdOp'] as const) {
    if (!isIsoDate(aanvraag[veld])) throw new VerzuimFout('PERIODE_ONGELDIG', 'Datum moet een bestaande dag zijn (JJJJ-MM-DD)', veld);
  }
  if (aanvraag.van > aanvraag.totEnMet) throw new VerzuimFout('PERIODE_ONGELDIG', 'Het einde ligt voor het begin', 'totEnMet');
  const schooljaar = schooljaarOf(aanvraag.van);
  if (schooljaarOf(aanvraag.totEnMet) !== schooljaar) {
    throw new VerzuimFout('PERIODE_ONGELDIG', 'Verlof wordt per schooljaar aangevraagd', 'totEnMet');
  }
  const van = kalender.dag(aanvraag.van);
  const tot = kalender.dag(aanvraag.totEnMet);
  let lesdagen = 0;
  for (let d = van; d <= tot; d++) lesdagen += kalender.isLesdag[d];
  const bezwaren: VerlofBezwaar[] = [];
  const bezwaar = (code: VerlofBezwaarCode, melding: string, ernst: VerlofBezwaar['ernst'] = 'wettelijk') => bezwaren.push({ code, melding, ernst });
  if (lesdagen === 0) bezwaar('GEEN_LESDAGEN', 'In deze periode zijn er geen lesdagen; verlof is niet nodig');
  const ditJaar = eerder.filter((v) => schooljaarOf(v.van) === schooljaar);
  let beslisser: VerlofBeoordeling['beslisser'] = 'directeur';

  if (aanvraag.soort === 'vakantieverlof') {
    if (aanvraag.werkgeversverklaring !== true) {
      bezwaar('WERKGEVERSVERKLARING_ONTBREEKT', 'Vakantieverlof vraagt een werkgeversverklaring over de aard van het beroep');
    }
    if (ditJaar.some((v) => v.soort === 'vakantieverlof')) {
      bezwaar('VAKANTIEVERLOF_AL_VERLEEND', `Vakantieverlof is in ${schooljaar} al eens verleend (hooguit eenmaal per schooljaar)`);
    }
    if (lesdagen > MAX_DAGEN_DIRECTEUR) {
      bezwaar('VAKANTIEVERLOF_MEER_DAN_10_DAGEN', `Vakantieverlof is hooguit ${MAX_DAGEN_DIRECTEUR} schooldagen; gevraagd ${lesdagen}`);
    }
    if (lesdagen > 0 && inEersteLesweken(kalender, van, tot, schooljaar)) {
      bezwaar('VAKANTIEVERLOF_EERSTE_TWEE_LESWEKEN', 'Vakantieverlof valt nooit in de eerste twee lesweken van het schooljaar');
    }
  } else if (aanvraag.soort === 'gewichtige-omstandigheden') {
    const omstandigheid = aanvraag.omstandigheid;
    if (omstandigheid === undefined) bezwaar('OMSTANDIGHEID_ONTBREEKT', 'Noem de gewichtige omstandigheid');
    const eerdereDagen = ditJaar.filter((v) => v.soort === 'gewichtige-omstandigheden').reduce((som, v) => som + v.lesdagen, 0);
    if (eerdereDagen + lesdagen > MAX_DAGEN_DIRECTEUR) beslisser = 'leerplichtambtenaar';
    const grens = aanvraag.ontstaanOp ?? aanvraag.van;
    if (daysBetween(grens, aanvraag.aangevraagdOp) > DAGEN_VOORAF_OF_ACHTERAF) {
      bezwaar('TE_LAAT_AANGEVRAAGD', 'Vraag verlof vooraf aan, of uiterlijk twee dagen nadat de omstandigheid zich voordeed');
    }
    const richtlijn = omstandigheid === undefined ? null : RICHTLIJN_MAX_DAGEN[omstandigheid];
    if (richtlijn !== null && lesdagen > richtlijn) {
      bezwaar('BOVEN_RICHTLIJN', `De richtlijn noemt hiervoor hooguit ${richtlijn} dag(en); gevraagd ${lesdagen}`, 'richtlijn');
    }
  } else {
    beslisser = 'geen';
    if (daysBetween(aanvraag.aangevraagdOp, aanvraag.van) < DAGEN_VOORAF_OF_ACHTERAF) {
      bezwaar('TE_LAAT_AANGEVRAAGD', 'Meld een religieuze verplichting ten minste twee dagen van tevoren');
    }
  }
  return { lesdagen, schooljaar, beslisser, bezwaren, toewijsbaar: !bezwaren.some((b) => b.ernst === 'wettelijk') };
}

/**
 * Whether any lesdag of the period lies in the first two lesweken of its schooljaar on this calendar;
 * `KALENDER_ONBEKEND` when the calendar does not know the start of the schooljaar.
 */
function inEersteLesweken(kalender: Kalender, van: number, tot: number, schooljaar: string): boolean {
  let eersteLesweek = -1;
  for (let d = kalender.dag(schooljaarBounds(schooljaar).eersteDag); d < kalender.aantalDagen && eersteLesweek < 0; d++) {
    if (kalender.isLesdag[d] === 1) eersteLesweek = kalender.lesweek[d];
  }
  for (let d = van; d <= tot; d++) {
    if (kalender.isLesdag[d] === 1 && kalender.lesweek[d] < eersteLesweek + EERSTE_LESWEKEN_ZONDER_VAKANTIEVERLOF) return true;
  }
  return false;
}
