import { IsoDate, addDays, daysBetween, feestdagen, schooljaarBounds, volgendSchooljaar } from '@sluitend/domain-nl';
import { VerzuimFout } from '../../shared/verzuim-fout';
import { KalenderBron, STANDAARD_LESDAGEN_IN_DE_WEEK, SchooljaarKalender, controleerSchooljaarKalender } from './schooljaar-kalender';

/** A Monday, to derive weekdays from day differences. */
const MAANDAG = '2001-01-01';

export interface KalenderJaar {
  readonly id: string;
  readonly schooljaar: string;
  readonly bron: KalenderBron;
}

/**
 * The lesson days and lesson weeks of one school over one or more consecutive schooljaren, compiled once from its
 * schooljaar calendars so that the rules can look a day up in O(1) without parsing or allocating.
 *
 * Days are numbered 0 … `aantalDagen - 1` from `eersteDag`. A **lesweek** is a calendar week (Monday–Sunday) with at
 * least one lesdag; weeks without lessons (vacations) get no number, so "4 opeenvolgende lesweken" skips them.
 * Lesweken and lesdagen are numbered consecutively over the whole span, across the summer too.
 */
export class Kalender {
  readonly eersteDag: IsoDate;
  readonly laatsteDag: IsoDate;
  readonly aantalDagen: number;
  readonly aantalLesdagen: number;
  readonly aantalLesweken: number;
  readonly jaren: readonly KalenderJaar[];
  /** Per day: 1 when it is a lesdag. */
  readonly isLesdag: Uint8Array;
  /** Per day: 1 = Monday … 7 = Sunday. */
  readonly weekdag: Uint8Array;
  /** Per day: the number of its lesweek, or -1 when its calendar week has no lessons. */
  readonly lesweek: Int32Array;
  /** Per day: its number among the lesdagen, or -1 when it is not a lesdag. */
  readonly lesdagNummer: Int32Array;
  /** Per day: index in `vakantieNamen` of the vacation it lies in, or -1. */
  readonly vakantie: Int16Array;
  /** Per day: index in `jaren` of the calendar it comes from. */
  readonly jaar: Uint8Array;
  /** Per lesdag number: its day. */
  readonly lesdagen: Int32Array;
  /** Per lesweek number: the day of its first lesdag. */
  readonly eersteLesdagVanLesweek: Int32Array;
  readonly vakantieNamen: readonly string[];
  private readonly datums: readonly IsoDate[];
  private readonly index: ReadonlyMap<IsoDate, number>;

  private constructor(jaren: readonly SchooljaarKalender[]) {
    const eerste = jaren[0];
    const laatste = jaren[jaren.length - 1];
    this.eersteDag = eerste.geldigVan ?? schooljaarBounds(eerste.schooljaar).eersteDag;
    this.laatsteDag = laatste.geldigTot ?? schooljaarBounds(laatste.schooljaar).laatsteDag;
    this.jaren = jaren.map(({ id, schooljaar, bron }) => ({ id, schooljaar, bron }));
    const n = daysBetween(this.eersteDag, this.laatsteDag) + 1;
    this.aantalDagen = n;
    const datums: IsoDate[] = new Array<IsoDate>(n);
    const index = new Map<IsoDate, number>();
    for (let d = 0, datum = this.eersteDag; d < n; d++, datum = addDays(datum, 1)) {
      datums[d] = datum;
      index.set(datum, d);
    }
    this.datums = datums;
    this.index = index;

    this.weekdag = new Uint8Array(n);
    const eersteWeekdag = (((daysBetween(MAANDAG, this.eersteDag) % 7) + 7) % 7) + 1;
    for (let d = 0; d < n; d++) this.weekdag[d] = ((eersteWeekdag - 1 + d) % 7) + 1;

    this.jaar = new Uint8Array(n);
    this.vakantie = new Int16Array(n).fill(-1);
    this.isLesdag = new Uint8Array(n);
    const vakantieNamen: string[] = [];
    const vrij = new Uint8Array(n);
    const feestdag = new Set<IsoDate>();
    for (let jaar = Number(this.eersteDag.slice(0, 4)); jaar <= Number(this.laatsteDag.slice(0, 4)); jaar++) {
      for (const dag of feestdagen(jaar)) feestdag.add(dag);
    }
    jaren.forEach((kalender, j) => {
      const van = index.get(kalender.geldigVan ?? schooljaarBounds(kalender.schooljaar).eersteDag) ?? 0;
      const tot = index.get(kalender.geldigTot ?? schooljaarBounds(kalender.schooljaar).laatsteDag) ?? n - 1;
      for (let d = van; d <= tot; d++) this.jaar[d] = j;
      for (const vakantie of kalender.vakanties) {
        const v = vakantieNamen.push(vakantie.naam) - 1;
        // a vacation holds over the whole span: the zomervakantie in one year's calendar covers August of the next
        const begin = Math.max(0, daysBetween(this.eersteDag, vakantie.van));
        const einde = Math.min(n - 1, daysBetween(this.eersteDag, vakantie.totEnMet));
        for (let d = begin; d <= einde; d++) this.vakantie[d] = v;
      }
      for (const dag of kalender.vrijeDagen ?? []) {
        const d = index.get(dag);
        if (d !== undefined) vrij[d] = 1;
      }
    });
    jaren.forEach((kalender, j) => {
      const weekdagen = kalender.lesdagenInDeWeek ?? STANDAARD_LESDAGEN_IN_DE_WEEK;
      for (let d = 0; d < n; d++) {
        if (this.jaar[d] !== j) continue;
        if (weekdagen.includes(this.weekdag[d]) && this.vakantie[d] < 0 && vrij[d] === 0 && !feestdag.has(datums[d])) {
          this.isLesdag[d] = 1;
        }
      }
    });
    this.vakantieNamen = vakantieNamen;

    this.lesdagNummer = new Int32Array(n).fill(-1);
    this.lesweek = new Int32Array(n).fill(-1);
    const lesdagen: number[] = [];
    const eersteLesdagVanLesweek: number[] = [];
    for (let weekBegin = 0; weekBegin < n;) {
      let weekEinde = weekBegin;
      while (weekEinde + 1 < n && this.weekdag[weekEinde + 1] !== 1) weekEinde++;
      let eersteLesdag = -1;
      for (let d = weekBegin; d <= weekEinde; d++) {
        if (this.isLesdag[d] === 1) {
          if (eersteLesdag < 0) eersteLesdag = d;
          this.lesdagNummer[d] = lesdagen.push(d) - 1;
        }
      }
      if (eersteLesdag >= 0) {
        const nummer = eersteLesdagVanLesweek.push(eersteLesdag) - 1;
        for (let d = weekBegin; d <= weekEinde; d++) this.lesweek[d] = nummer;
      }
      weekBegin = weekEinde + 1;
    }
    this.lesdagen = Int32Array.from(lesdagen);
    this.eersteLesdagVanLesweek = Int32Array.from(eersteLesdagVanLesweek);
    this.aantalLesdagen = lesdagen.length;
    this.aantalLesweken = eersteLesdagVanLesweek.length;
  }

  /**
   * Compiles the calendars of consecutive schooljaren of one school. Each must be valid, and together they must
   * cover one unbroken span of days (a calendar known only in part may only be first or last).
   */
  static bouw(jaren: readonly SchooljaarKalender[]): Kalender {
    if (jaren.length === 0) throw new VerzuimFout('KALENDER_ONGELDIG', 'Er is geen schoolkalender opgegeven', 'kalenders');
    if (jaren.length > 255) throw new VerzuimFout('KALENDER_ONGELDIG', 'Te veel schooljaren in één kalender', 'kalenders');
    const gesorteerd = [...jaren].sort((a, b) => (a.schooljaar < b.schooljaar ? -1 : a.schooljaar > b.schooljaar ? 1 : 0));
    gesorteerd.forEach((jaar, i) => {
      const [probleem] = controleerSchooljaarKalender(jaar);
      if (probleem) throw new VerzuimFout('KALENDER_ONGELDIG', `Kalender ${i + 1}: ${probleem.melding}`, probleem.veld);
      if (i === 0) return;
      const vorige = gesorteerd[i - 1];
      const aansluitend = volgendSchooljaar(vorige.schooljaar) === jaar.schooljaar && vorige.geldigTot === undefined && jaar.geldigVan === undefined;
      if (!aansluitend) {
        throw new VerzuimFout(
          'KALENDER_ONGELDIG',
          `De kalenders van ${vorige.schooljaar} en ${jaar.schooljaar} sluiten niet op elkaar aan`,
          'kalenders',
        );
      }
    });
    return new Kalender(gesorteerd);
  }

  /** The day number of a date, or -1 when the calendar does not cover it (or it is no date). */
  zoekDag(datum: IsoDate): number {
    return this.index.get(datum) ?? -1;
  }

  /** The day number of a date; `KALENDER_ONBEKEND` when no calendar covers it — never a guess. */
  dag(datum: IsoDate): number {
    const dag = this.index.get(datum);
    if (dag === undefined) {
      throw new VerzuimFout('KALENDER_ONBEKEND', `Geen schoolkalender voor ${datum} (bekend: ${this.eersteDag} t/m ${this.laatsteDag})`, 'datum');
    }
    return dag;
  }

  datum(dag: number): IsoDate {
    return this.datums[dag];
  }

  /** The ids of the calendars the days `van` … `tot` were counted on. */
  kalenderIds(van: number, tot: number): string[] {
    const ids: string[] = [];
    for (let j = this.jaar[Math.max(0, van)]; j <= this.jaar[Math.min(this.aantalDagen - 1, tot)]; j++) ids.push(this.jaren[j].id);
    return ids;
  }
}
