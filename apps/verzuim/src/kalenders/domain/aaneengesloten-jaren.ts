import { volgendSchooljaar } from '@sluitend/domain-nl';
import { SchooljaarKalender } from './schooljaar-kalender';

/**
 * The newest unbroken run of a school's schooljaar calendars (sorted by schooljaar): the span one `Kalender` can be
 * compiled over. Older years separated by a gap, or by a calendar known only in part, are left out.
 */
export function aaneengeslotenJaren(jaren: readonly SchooljaarKalender[]): SchooljaarKalender[] {
  if (jaren.length === 0) return [];
  const run = [jaren[jaren.length - 1]];
  for (let i = jaren.length - 2; i >= 0; i--) {
    const vorige = jaren[i];
    const volgende = run[0];
    if (volgendSchooljaar(vorige.schooljaar) !== volgende.schooljaar || vorige.geldigTot !== undefined || volgende.geldigVan !== undefined) break;
    run.unshift(vorige);
  }
  return run;
}
