import { IsoDate, isIsoDate } from '@sluitend/domain-nl';
import { Deelname } from './deelname';
import { Programma, valideerProgramma } from './programma';
import { deelnameConflict, programmaOngeldig } from './programmas.errors';

/**
 * The coordinator ends a programme on `datum`: not one that ended before that day already (`programma.al-beeindigd`),
 * not before it started (`periode.volgorde`) nor before a participant joined (`einddatum.na-aanmelding`). Participants
 * still in it stay until they leave with their result (no one joins after the end).
 */
export function beeindigProgramma(programma: Programma, datum: IsoDate, deelnames: readonly Deelname[]): Programma {
  if (!isIsoDate(datum)) throw programmaOngeldig([{ field: 'einddatum', rule: 'datum', message: 'einddatum is een datum JJJJ-MM-DD' }]);
  if (programma.einddatum !== undefined && programma.einddatum < datum) {
    throw deelnameConflict('programma.al-beeindigd', `Het programma is al beëindigd op ${programma.einddatum}`, {
      einddatum: programma.einddatum,
    });
  }
  const laatsteAanmelding = deelnames.reduce<IsoDate | undefined>(
    (laatste, d) => (d.programmaId === programma.id && (laatste === undefined || d.aangemeldOp > laatste) ? d.aangemeldOp : laatste),
    undefined,
  );
  if (laatsteAanmelding !== undefined && datum < laatsteAanmelding) {
    throw programmaOngeldig([
      { field: 'einddatum', rule: 'einddatum.na-aanmelding', message: `einddatum ligt niet voor de laatste aanmelding (${laatsteAanmelding})` },
    ]);
  }
  return valideerProgramma({ ...programma, einddatum: datum });
}
