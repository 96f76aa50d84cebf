import { EntityManager } from 'typeorm';
import { AanmeldingStatus, EventContext } from '@sluitend/contracts';
import { OutboxWriter } from '@sluitend/messaging';
import { registreerSignaal } from '../../signalen/registreer-signaal';
import { Aanmelding } from '../aanmelding.entity';

export const GEEN_LEVENDE_AANMELDING = 'geen-levende-aanmelding';

/**
 * Signal 3 of DOMAIN.md "Overstap" (dropped a level), in the transaction of the status change that ended the last
 * live aanmelding. The signal table's unique key (regel, jongere, schooljaar) keeps it to once per student per year.
 */
export async function signaleerGeenLevendeAanmelding(
  manager: EntityManager,
  outbox: OutboxWriter,
  aanmelding: Aanmelding,
  reden: AanmeldingStatus,
  now: Date,
  context: EventContext,
  correlationId: string,
): Promise<boolean> {
  const signaal = await registreerSignaal(manager, GEEN_LEVENDE_AANMELDING, aanmelding.jongereId, aanmelding.schooljaar, now);
  if (!signaal) return false;
  await outbox.append(manager, [
    {
      type: 'overstap.signaal.geen-levende-aanmelding',
      jongereId: aanmelding.jongereId,
      aggregateId: signaal.signaalId,
      correlationId,
      context,
      payload: {
        signaalId: signaal.signaalId,
        schooljaar: aanmelding.schooljaar,
        aanmeldingId: aanmelding.id,
        mboBrin: aanmelding.mboBrin,
        reden: reden as 'afgewezen' | 'leidt-niet-tot-inschrijving' | 'ingetrokken',
        dossierId: signaal.dossierId,
      },
    },
  ]);
  return true;
}
