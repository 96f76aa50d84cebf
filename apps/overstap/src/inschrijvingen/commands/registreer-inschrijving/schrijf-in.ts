import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@sluitend/messaging';
import { routingContext } from '../aanmeldingen/routing-context';
import { GEEN_HERINSCHRIJVING } from './geen-herinschrijving.regel';

export type NieuweInschrijving = {
  jongereId: string;
  schooljaar: string;
  mboBrin: string;
  locatie: string;
  crebo: string;
  niveau: number;
  ingeschrevenPer: string;
  switchVan: string | null;
};

/**
 * Stores an inschrijving with its event, and closes a running re-enrolment window of the student when it starts within
 * it (a new inschrijving or a switch ends the follow-up of an earlier uitschrijving without startkwalificatie).
 */
export async function schrijfIn(manager: EntityManager, outbox: OutboxWriter, nieuw: NieuweInschrijving, now: Date, correlationId: string) {
  const id = randomUUID();
  await manager.query(
    `INSERT INTO inschrijving (id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, ingeschreven_per, status, geregistreerd_op)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'ingeschreven', $9)`,
    [id, nieuw.jongereId, nieuw.schooljaar, nieuw.mboBrin, nieuw.locatie, nieuw.crebo, nieuw.niveau, nieuw.ingeschrevenPer, now],
  );
  // Only an inschrijving that starts within the window closes it; one that starts later leaves the deadline to fire.
  await manager.query(
    `UPDATE deadline SET fired_at = $2
     WHERE regel = $1 AND jongere_id = $3 AND fired_at IS NULL AND $4::date <= (due_at AT TIME ZONE 'Europe/Amsterdam')::date`,
    [GEEN_HERINSCHRIJVING, now, nieuw.jongereId, nieuw.ingeschrevenPer],
  );
  await outbox.append(manager, [
    {
      type: 'overstap.inschrijving.geregistreerd',
      jongereId: nieuw.jongereId,
      aggregateId: id,
      correlationId,
      context: await routingContext(manager, nieuw.jongereId, nieuw.schooljaar, now),
      payload: {
        inschrijvingId: id,
        schooljaar: nieuw.schooljaar,
        mboBrin: nieuw.mboBrin,
        locatie: nieuw.locatie,
        crebo: nieuw.crebo,
        niveau: nieuw.niveau,
        ingeschrevenPer: nieuw.ingeschrevenPer,
        switchVan: nieuw.switchVan,
      },
    },
  ]);
  return id;
}
