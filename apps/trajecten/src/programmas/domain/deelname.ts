import { DEELNAME_RESULTATEN } from '@sluitend/contracts';
import { DomainIssue, IsoDate, isIsoDate } from '@sluitend/domain-nl';
import { Programma, loopt } from './programma';
import { deelnameConflict, programmaOngeldig } from './programmas.errors';

/** A participant's result when leaving (defined once in libs/contracts, from the results the seeds report per programme). */
export { DEELNAME_RESULTATEN };

export type DeelnameResultaat = (typeof DEELNAME_RESULTATEN)[number];

const RESULTATEN: ReadonlySet<string> = new Set(DEELNAME_RESULTATEN);

export interface Deelname {
  readonly casusId: string;
  readonly programmaId: string;
  readonly aangemeldOp: IsoDate;
  readonly afgemeldOp?: IsoDate;
  readonly resultaat?: DeelnameResultaat;
}

export const isLopend = (deelname: Deelname): boolean => deelname.afgemeldOp === undefined;

/**
 * A case joins a programme on `datum`: the case is open (`programma.casus-gesloten`), of the programme's region
 * (`programma.andere-regio`), the programme runs that day (`programma.niet-lopend`), the case is not in it already
 * (`programma.al-deelnemer`) and a place is free (`programma.vol`). `deelnames`: the programme's participations.
 */
export function meldAan(
  programma: Programma,
  casus: { readonly casusId: string; readonly rmcRegio: string; readonly open: boolean },
  deelnames: readonly Deelname[],
  datum: IsoDate,
): Deelname {
  if (!isIsoDate(datum)) throw programmaOngeldig([{ field: 'datum', rule: 'datum', message: 'datum is een datum JJJJ-MM-DD' }]);
  if (!casus.open) throw deelnameConflict('programma.casus-gesloten', 'Een gesloten casus doet niet mee aan een programma');
  if (casus.rmcRegio !== programma.rmcRegio) throw deelnameConflict('programma.andere-regio', 'Het programma is van een andere regio');
  if (!loopt(programma, datum)) throw deelnameConflict('programma.niet-lopend', `Het programma loopt niet op ${datum}`);
  let bezet = 0;
  for (const d of deelnames) {
    if (d.programmaId !== programma.id || !isLopend(d)) continue;
    if (d.casusId === casus.casusId) throw deelnameConflict('programma.al-deelnemer', 'Deze casus doet al mee');
    bezet += 1;
  }
  if (programma.capaciteit !== undefined && bezet >= programma.capaciteit) {
    throw deelnameConflict('programma.vol', `Het programma is vol (${programma.capaciteit} plaatsen)`, { capaciteit: programma.capaciteit });
  }
  return { casusId: casus.casusId, programmaId: programma.id, aangemeldOp: datum };
}

/** A participant leaves on `datum` with a result: once (`programma.al-afgemeld`), not before joining, with a known result. */
export function meldAf(deelname: Deelname, datum: IsoDate, resultaat: string): Deelname {
  if (!isLopend(deelname)) throw deelnameConflict('programma.al-afgemeld', 'Deze deelname is al beëindigd');
  const meldingen: DomainIssue[] = [];
  if (!RESULTATEN.has(resultaat))
    meldingen.push({ field: 'resultaat', rule: 'resultaat.onbekend', message: `resultaat is een van: ${DEELNAME_RESULTATEN.join(', ')}` });
  if (!isIsoDate(datum)) meldingen.push({ field: 'datum', rule: 'datum', message: 'datum is een datum JJJJ-MM-DD' });
  else if (datum < deelname.aangemeldOp)
    meldingen.push({ field: 'datum', rule: 'datum.na-aanmelding', message: 'afmelden ligt niet voor aanmelden' });
  if (meldingen.length > 0) throw programmaOngeldig(meldingen);
  return { ...deelname, afgemeldOp: datum, resultaat: resultaat as DeelnameResultaat };
}
