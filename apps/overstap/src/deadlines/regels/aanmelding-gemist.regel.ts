import { NewEvent } from '@sluitend/messaging';
import { signaleerCohort } from '../../signalen/signaleer-cohort';
import { appendInChunks } from '../append-in-chunks';
import type { Vuren } from '../deadline-regels';

export const AANMELDING_GEMIST = 'aanmelding-gemist';

/**
 * Signal 1 of DOMAIN.md "Overstap": every cohort student of the schooljaar heading for the mbo who had no aanmelding
 * made on or before the deadline (the end of 1 April, Europe/Amsterdam); once per student, with the events in the
 * same transaction.
 */
export async function vuurAanmeldingGemist({ manager, outbox, schooljaar, dueAt: deadline, now }: Vuren): Promise<number> {
  const gemist = await signaleerCohort(
    manager,
    AANMELDING_GEMIST,
    schooljaar,
    now,
    'NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.aangemeld_op <= $4)',
    [deadline],
  );
  const events: NewEvent<'overstap.deadline.aanmelding-gemist'>[] = gemist.map((leerling) => ({
    type: 'overstap.deadline.aanmelding-gemist',
    jongereId: leerling.jongereId,
    aggregateId: leerling.signaalId,
    correlationId: `deadline:${AANMELDING_GEMIST}:${schooljaar}`,
    context: leerling.context,
    payload: {
      signaalId: leerling.signaalId,
      schooljaar,
      dossierId: leerling.dossierId,
      brin: leerling.brin,
      vestiging: leerling.vestiging,
      woongemeente: leerling.context.woongemeente as string,
      rmcRegio: leerling.context.rmcRegio ?? null,
      deadline: deadline.toISOString(),
    },
  }));
  await appendInChunks(manager, outbox, events);
  return events.length;
}
