import { endOfLocalDate, volgendeTeldatum } from '@sluitend/domain-nl';
import { NewEvent } from '@sluitend/messaging';
import { signaleerCohort } from '../../signalen/signaleer-cohort';
import { appendInChunks } from '../append-in-chunks';
import type { Vuren } from '../deadline-regels';

export const NIET_INGESCHREVEN_TELDATUM = 'niet-ingeschreven-teldatum';

/** Due at the end of the teldatum (1 October) that follows the schooljaar of leaving, Europe/Amsterdam. */
export const teldatumDeadline = (schooljaar: string): Date => endOfLocalDate(volgendeTeldatum(schooljaar));

/**
 * Signal 4 of DOMAIN.md "Overstap": every cohort student heading for the mbo without an inschrijving that runs on the
 * teldatum (started on or before it, not ended before or on it) and without an aanmelding that reached ingeschreven.
 */
export async function vuurNietIngeschrevenTeldatum({ manager, outbox, schooljaar, now }: Vuren): Promise<number> {
  const teldatum = volgendeTeldatum(schooljaar);
  const gesignaleerd = await signaleerCohort(
    manager,
    NIET_INGESCHREVEN_TELDATUM,
    schooljaar,
    now,
    `NOT EXISTS (SELECT 1 FROM inschrijving i WHERE i.jongere_id = d.jongere_id
                   AND i.ingeschreven_per <= $4::date AND (i.uitgeschreven_per IS NULL OR i.uitgeschreven_per > $4::date))
     AND NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar
                   AND a.status = 'ingeschreven')`,
    [teldatum],
  );
  const events: NewEvent<'overstap.deadline.niet-ingeschreven-teldatum'>[] = gesignaleerd.map((leerling) => ({
    type: 'overstap.deadline.niet-ingeschreven-teldatum',
    jongereId: leerling.jongereId,
    aggregateId: leerling.signaalId,
    correlationId: `deadline:${NIET_INGESCHREVEN_TELDATUM}:${schooljaar}`,
    context: leerling.context,
    payload: { signaalId: leerling.signaalId, schooljaar, dossierId: leerling.dossierId, teldatum },
  }));
  await appendInChunks(manager, outbox, events);
  return events.length;
}
