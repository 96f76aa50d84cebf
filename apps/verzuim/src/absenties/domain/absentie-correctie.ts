import { IsoDate } from '@sluitend/domain-nl';
import { AbsentieDag } from './absentie-dag';

/** A later correction of one day's record: a changed record, or `null` when the record is withdrawn. */
export interface AbsentieCorrectie {
  readonly datum: IsoDate;
  readonly nieuw: AbsentieDag | null;
}

/** The records after a correction (the old record of that date replaced or dropped); the input is left unchanged. */
export function pasCorrectieToe(dagen: readonly AbsentieDag[], correctie: AbsentieCorrectie): AbsentieDag[] {
  const rest = dagen.filter((dag) => dag.datum !== correctie.datum);
  if (correctie.nieuw) rest.push({ ...correctie.nieuw, datum: correctie.datum });
  return rest.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}
