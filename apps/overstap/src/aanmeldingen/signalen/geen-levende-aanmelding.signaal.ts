import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AanmeldingStatus, EventContext } from '@sluitend/contracts';
import { OutboxWriter } from '@sluitend/messaging';
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
  const [dossier]: Array<{ id: string }> = await manager.query('SELECT id FROM dossier WHERE jongere_id = $1 AND schooljaar = $2', [
    aanmelding.jongereId,
    aanmelding.schooljaar,
  ]);
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING RETURNING id`,
    [randomUUID(), GEEN_LEVENDE_AANMELDING, aanmelding.jongereId, aanmelding.schooljaar, dossier?.id ?? null, now],
  );
  if (inserted.length === 0) return false;
  await outbox.append(manager, [
    {
      type: 'overstap.signaal.geen-levende-aanmelding',
      jongereId: aanmelding.jongereId,
      aggregateId: inserted[0].id,
      correlationId,
      context,
      payload: {
        signaalId: inserted[0].id,
        schooljaar: aanmelding.schooljaar,
        aanmeldingId: aanmelding.id,
        mboBrin: aanmelding.mboBrin,
        reden: reden as 'afgewezen' | 'leidt-niet-tot-inschrijving' | 'ingetrokken',
        dossierId: dossier?.id ?? null,
      },
    },
  ]);
  return true;
}
