import { NewEvent } from '@sluitend/messaging';
import type { Vuren } from '../deadline-regels';
import { appendInChunks } from '../append-in-chunks';

export const AANMELDING_GEMIST = 'aanmelding-gemist';

type Gemist = {
  id: string;
  jongere_id: string;
  dossier_id: string;
  brin: string;
  vestiging: string;
  woongemeente: string;
  rmc_regio: string | null;
};

/**
 * Signal 1 of DOMAIN.md "Overstap": every cohort student of the schooljaar heading for the mbo who had no aanmelding
 * made on or before the deadline (the end of 1 April, Europe/Amsterdam). One set-based statement inserts the signals;
 * the unique key (regel, jongere, schooljaar) skips students who already have one, so firing again, on another
 * replica or after a crash, adds nothing. The events go into the outbox in the same transaction.
 */
export async function vuurAanmeldingGemist({ manager, outbox, schooljaar, dueAt: deadline, now }: Vuren): Promise<number> {
  const gemist: Gemist[] = await manager.query(
    `WITH kandidaat AS (
       SELECT d.id, d.jongere_id, d.brin, d.vestiging, d.woongemeente, d.rmc_regio
       FROM dossier d
       WHERE d.schooljaar = $2
         AND d.inhoud -> 'keuze' ->> 'bestemming' = 'mbo'
         AND NOT EXISTS (SELECT 1 FROM aanmelding a
                         WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.aangemeld_op <= $3)
     ), nieuw AS (
       INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op)
       SELECT gen_random_uuid(), $1, k.jongere_id, $2, k.id, $4 FROM kandidaat k
       ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING
       RETURNING id, jongere_id, dossier_id
     )
     SELECT n.id, n.jongere_id, n.dossier_id, k.brin, k.vestiging, k.woongemeente, k.rmc_regio
     FROM nieuw n JOIN kandidaat k ON k.id = n.dossier_id`,
    [AANMELDING_GEMIST, schooljaar, deadline, now],
  );
  const events: NewEvent<'overstap.deadline.aanmelding-gemist'>[] = gemist.map((row) => ({
    type: 'overstap.deadline.aanmelding-gemist',
    jongereId: row.jongere_id,
    aggregateId: row.id,
    correlationId: `deadline:${AANMELDING_GEMIST}:${schooljaar}`,
    context: {
      schooljaar,
      woongemeente: row.woongemeente,
      ...(row.rmc_regio ? { rmcRegio: row.rmc_regio } : {}),
      brin: row.brin,
      vestiging: row.vestiging,
    },
    payload: {
      signaalId: row.id,
      schooljaar,
      dossierId: row.dossier_id,
      brin: row.brin,
      vestiging: row.vestiging,
      woongemeente: row.woongemeente,
      rmcRegio: row.rmc_regio,
      deadline: deadline.toISOString(),
    },
  }));
  await appendInChunks(manager, outbox, events);
  return events.length;
}
