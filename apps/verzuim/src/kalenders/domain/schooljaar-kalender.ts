import { IsoDate, Schooljaar, isIsoDate, isSchooljaar, schooljaarBounds } from '@sluitend/domain-nl';

export type VakantieRegio = 'noord' | 'midden' | 'zuid';

export const VAKANTIEREGIOS: readonly VakantieRegio[] = ['noord', 'midden', 'zuid'];

/** A vacation of the school: every day from `van` through `totEnMet` is free (it may reach into the next schooljaar). */
export interface Vakantie {
  readonly naam: string;
  readonly van: IsoDate;
  readonly totEnMet: IsoDate;
}

/** Where a calendar comes from; every count names the calendars it was made on (DOMAIN.md "School calendars"). */
export type KalenderBron =
  { readonly soort: 'school'; readonly brin: string } | { readonly soort: 'landelijk-advies'; readonly regio: VakantieRegio; readonly bron: string };

/**
 * A school's calendar for one schooljaar (1 August – 31 July), as the school enters it: its vacations and free days.
 * Lesdagen are the days of `lesdagenInDeWeek` (default Monday–Friday) from `geldigVan` through `geldigTot` that are
 * not in a vacation, not a free day and not a national public holiday (libs/domain-nl `feestdagen`).
 */
export interface SchooljaarKalender {
  /** Stable identity of this version of the calendar, e.g. `school:07NU00:2026-2027:v2`; put on every melding. */
  readonly id: string;
  readonly schooljaar: Schooljaar;
  readonly bron: KalenderBron;
  /**
   * Include the part of the previous zomervakantie that falls in August: on its own a calendar knows nothing else
   * about those days (combined with the previous year's calendar, that one's zomervakantie covers them too).
   */
  readonly vakanties: readonly Vakantie[];
  /** Studiedagen, margedagen, Goede Vrijdag … (days without lessons outside the vacations). */
  readonly vrijeDagen?: readonly IsoDate[];
  /** ISO weekdays with lessons, 1 = Monday … 7 = Sunday. Default Monday–Friday. */
  readonly lesdagenInDeWeek?: readonly number[];
  /** First day this calendar vouches for; default 1 August. A calendar known only in part says so here. */
  readonly geldigVan?: IsoDate;
  /** Last day this calendar vouches for; default 31 July. */
  readonly geldigTot?: IsoDate;
}

export interface KalenderProbleem {
  readonly veld: string;
  readonly regel: string;
  readonly melding: string;
}

export const STANDAARD_LESDAGEN_IN_DE_WEEK: readonly number[] = [1, 2, 3, 4, 5];

/** Everything wrong with a schooljaar calendar, by field and rule (empty when it is usable). */
export function controleerSchooljaarKalender(kalender: SchooljaarKalender): KalenderProbleem[] {
  const problemen: KalenderProbleem[] = [];
  const fout = (veld: string, regel: string, melding: string) => problemen.push({ veld, regel, melding });
  if (typeof kalender.id !== 'string' || kalender.id.trim() === '') fout('id', 'verplicht', 'Een kalender heeft een id');
  if (!isSchooljaar(kalender.schooljaar)) {
    fout('schooljaar', 'schooljaar', 'Schooljaar moet twee opeenvolgende jaren zijn, bijv. 2026-2027');
    return problemen;
  }
  const { eersteDag, laatsteDag } = schooljaarBounds(kalender.schooljaar);
  const datum = (veld: string, waarde: IsoDate | undefined, binnenSchooljaar: boolean): boolean => {
    if (waarde === undefined || !isIsoDate(waarde)) {
      fout(veld, 'datum', 'Datum moet een bestaande dag zijn in de vorm JJJJ-MM-DD');
      return false;
    }
    if (binnenSchooljaar && (waarde < eersteDag || waarde > laatsteDag)) {
      fout(veld, 'binnen-schooljaar', `Datum ${waarde} ligt buiten schooljaar ${kalender.schooljaar}`);
      return false;
    }
    return true;
  };
  kalender.vakanties.forEach((vakantie, i) => {
    if (typeof vakantie.naam !== 'string' || vakantie.naam.trim() === '') {
      fout(`vakanties[${i}].naam`, 'verplicht', 'Een vakantie heeft een naam');
    }
    const geldig = datum(`vakanties[${i}].van`, vakantie.van, false) && datum(`vakanties[${i}].totEnMet`, vakantie.totEnMet, false);
    if (geldig && vakantie.van > vakantie.totEnMet) {
      fout(`vakanties[${i}].totEnMet`, 'volgorde', 'Het einde van een vakantie ligt niet voor het begin');
    } else if (geldig && (vakantie.totEnMet < eersteDag || vakantie.van > laatsteDag)) {
      fout(`vakanties[${i}]`, 'binnen-schooljaar', `Vakantie ${vakantie.naam} valt helemaal buiten ${kalender.schooljaar}`);
    }
  });
  (kalender.vrijeDagen ?? []).forEach((dag, i) => datum(`vrijeDagen[${i}]`, dag, true));
  const weekdagen = kalender.lesdagenInDeWeek ?? STANDAARD_LESDAGEN_IN_DE_WEEK;
  if (
    weekdagen.length === 0 ||
    new Set(weekdagen).size !== weekdagen.length ||
    weekdagen.some((dag) => !Number.isInteger(dag) || dag < 1 || dag > 7)
  ) {
    fout('lesdagenInDeWeek', 'weekdagen', 'Lesdagen in de week zijn verschillende weekdagen 1 (maandag) tot 7 (zondag)');
  }
  const van = kalender.geldigVan ?? eersteDag;
  const tot = kalender.geldigTot ?? laatsteDag;
  if (datum('geldigVan', van, true) && datum('geldigTot', tot, true) && van > tot) {
    fout('geldigTot', 'volgorde', 'geldigTot ligt niet voor geldigVan');
  }
  return problemen;
}
