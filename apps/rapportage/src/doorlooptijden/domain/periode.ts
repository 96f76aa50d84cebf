import { DomainError, IsoDate, compareIsoDate, endOfLocalDate, isIsoDate, startOfLocalDate } from '@sluitend/domain-nl';

/** A reporting period of whole days, both inclusive, in Europe/Amsterdam (e.g. a school year for the effectrapportage). */
export interface Periode {
  readonly van: IsoDate;
  readonly tot: IsoDate;
}

export interface PeriodeMs {
  /** 00:00 on `van`. */
  readonly vanMs: number;
  /** 23:59:59.999 on `tot`. */
  readonly totMs: number;
}

/** The period as instants, once, so each fact is tested with two number comparisons. */
export function periodeMs(periode: Periode): PeriodeMs {
  for (const veld of ['van', 'tot'] as const) {
    if (!isIsoDate(periode[veld])) {
      throw DomainError.ongeldig('periode.ongeldig', `${veld} is geen datum`, [
        { field: veld, rule: 'periode.datum', message: 'Een datum JJJJ-MM-DD' },
      ]);
    }
  }
  if (compareIsoDate(periode.van, periode.tot) > 0) {
    throw DomainError.ongeldig('periode.ongeldig', 'De periode eindigt voor ze begint', [
      { field: 'tot', rule: 'periode.volgorde', message: 'tot ligt op of na van' },
    ]);
  }
  return { vanMs: startOfLocalDate(periode.van).getTime(), totMs: endOfLocalDate(periode.tot).getTime() };
}

export function binnen(ms: number, periode: PeriodeMs): boolean {
  return ms >= periode.vanMs && ms <= periode.totMs;
}
