import { DomainIssue } from '@sluitend/domain-nl';
import { AbsentieRecord } from '../../../absenties/database/absenties.repository';
import { AbsentieDag, controleerAbsentieDag } from '../../../absenties/domain/absentie-dag';
import { Kalender } from '../../../kalenders/domain/kalender';
import { LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';

/** How a problem names its record: the field (`absenties[3].datum`, or a CSV column) and the row (an index or a line). */
export type Aanwijzing = { veld: (i: number, naam: string) => string; rij: (i: number) => number; noem: (i: number) => string };

const PER_INDEX: Aanwijzing = { veld: (i, naam) => `absenties[${i}].${naam}`, rij: (i) => i, noem: (i) => `absenties[${i}]` };

/**
 * Every problem with the records, by record, field and rule: unknown student, the same student and date twice,
 * outside enrolment, calendar, hours.
 */
export function controleerAbsenties(
  records: readonly AbsentieRecord[],
  leerlingen: ReadonlyMap<string, LeerlingRecord>,
  kalender: Kalender,
  { veld, rij, noem }: Aanwijzing = PER_INDEX,
): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const gezien = new Map<string, number>();
  records.forEach(({ jongereId, dag }, i) => {
    const leerling = leerlingen.get(jongereId);
    if (!leerling) {
      issues.push({
        field: veld(i, 'persoonsnummer'),
        rule: 'leerling.geregistreerd',
        message: 'de school heeft deze leerling niet geregistreerd',
        row: rij(i),
      });
      return;
    }
    const sleutel = `${jongereId}|${dag.datum}`;
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined)
      issues.push({ field: veld(i, 'datum'), rule: 'uniek', message: `dezelfde leerling en datum als ${noem(eerder)}`, row: rij(i) });
    gezien.set(sleutel, i);
    if (dag.datum < leerling.ingeschrevenPer || (leerling.uitgeschrevenPer !== null && dag.datum > leerling.uitgeschrevenPer)) {
      issues.push({
        field: veld(i, 'datum'),
        rule: 'binnen-inschrijving',
        message: `${dag.datum} valt buiten de inschrijving van de leerling`,
        row: rij(i),
      });
    }
    for (const p of controleerAbsentieDag(dag as AbsentieDag, kalender))
      issues.push({ field: veld(i, p.veld), rule: p.regel, message: p.melding, row: rij(i) });
  });
  return issues;
}

/**
 * The stored records that fall on a lesdag of the calendar as it is now: a record on a day the school later made free
 * (a new calendar version) no longer counts, and must not block the student's next intake.
 */
export function opLesdagen(kalender: Kalender, dagen: readonly AbsentieDag[]): AbsentieDag[] {
  return dagen.filter((dag) => {
    const d = kalender.zoekDag(dag.datum);
    return d >= 0 && kalender.isLesdag[d] === 1;
  });
}
