import { startOfLocalDate } from '@sluitend/domain-nl';
import { NewEvent } from '@sluitend/messaging';
import { signaleerCohort } from '../../signalen/signaleer-cohort';
import { appendInChunks } from '../append-in-chunks';
import type { Vuren } from '../deadline-regels';

export const vroegeWaarschuwingRegel = (maandDag: string): string => `vroege-waarschuwing-${maandDag}`;

const peildatumVan = (schooljaar: string, maandDag: string): string => `${schooljaar.slice(5)}-${maandDag}`;

/** The start of the configured day (Europe/Amsterdam) in the second calendar year of the schooljaar. */
export const vroegeWaarschuwingMoment = (schooljaar: string, maandDag: string): Date => startOfLocalDate(peildatumVan(schooljaar, maandDag));

/**
 * Signal 2 of DOMAIN.md "Overstap": on an early-warning date, every mbo-bound cohort student without an aanmelding
 * made before that moment gets a signal row (once per student per date per schooljaar), and each VO vestiging one
 * event listing its students' dossiers for the decaan.
 */
export async function vuurVroegeWaarschuwing({ regel, manager, outbox, schooljaar, dueAt, now }: Vuren): Promise<number> {
  const peildatum = peildatumVan(schooljaar, regel.slice('vroege-waarschuwing-'.length));
  const gesignaleerd = await signaleerCohort(
    manager,
    regel,
    schooljaar,
    now,
    'NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.aangemeld_op < $4)',
    [dueAt],
  );
  const perVestiging = new Map<string, { brin: string; vestiging: string; dossier_ids: string[] }>();
  for (const leerling of gesignaleerd) {
    const lijst = perVestiging.get(leerling.vestiging) ?? { brin: leerling.brin, vestiging: leerling.vestiging, dossier_ids: [] };
    lijst.dossier_ids.push(leerling.dossierId);
    perVestiging.set(leerling.vestiging, lijst);
  }
  const rows = [...perVestiging.values()];
  const events: NewEvent<'overstap.signaal.vroege-waarschuwing'>[] = rows.map((row) => ({
    type: 'overstap.signaal.vroege-waarschuwing',
    jongereId: null,
    aggregateId: `${row.vestiging}:${schooljaar}:${peildatum}`,
    correlationId: `deadline:${regel}:${schooljaar}`,
    context: { schooljaar, brin: row.brin, vestiging: row.vestiging },
    payload: { schooljaar, peildatum, brin: row.brin, vestiging: row.vestiging, aantal: row.dossier_ids.length, dossierIds: row.dossier_ids },
  }));
  await appendInChunks(manager, outbox, events, 500);
  return gesignaleerd.length;
}
