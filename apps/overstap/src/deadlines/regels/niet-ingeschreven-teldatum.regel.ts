import { endOfLocalDate, volgendeTeldatum } from '@sluitend/domain-nl';
import { NewEvent } from '@sluitend/messaging';
import type { Vuren } from '../deadline-regels';
import { appendInChunks } from '../append-in-chunks';

export const NIET_INGESCHREVEN_TELDATUM = 'niet-ingeschreven-teldatum';

/** Due at the end of the teldatum (1 October) that follows the schooljaar of leaving, Europe/Amsterdam. */
export const teldatumDeadline = (schooljaar: string): Date => endOfLocalDate(volgendeTeldatum(schooljaar));

/**
 * Signal 4 of DOMAIN.md "Overstap": every cohort student heading for the mbo without an inschrijving that runs on the
 * teldatum (started on or before it, not ended before or on it) and without an aanmelding that reached ingeschreven.
 * Set-based and once per student per schooljaar, like the 1 April rule.
 */
export async function vuurNietIngeschrevenTeldatum({ manager, outbox, schooljaar, now }: Vuren): Promise<number> {
  const teldatum = volgendeTeldatum(schooljaar);
  const rows: Array<{ id: string; jongere_id: string; dossier_id: string; woongemeente: string; rmc_regio: string | null; brin: string; vestiging: string }> =
    await manager.query(
      `WITH kandidaat AS (
         SELECT d.id, d.jongere_id, d.brin, d.vestiging, d.woongemeente, d.rmc_regio
         FROM dossier d
         WHERE d.schooljaar = $2
           AND d.inhoud -> 'keuze' ->> 'bestemming' = 'mbo'
           AND NOT EXISTS (SELECT 1 FROM inschrijving i WHERE i.jongere_id = d.jongere_id
                             AND i.ingeschreven_per <= $3::date AND (i.uitgeschreven_per IS NULL OR i.uitgeschreven_per > $3::date))
           AND NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar
                             AND a.status = 'ingeschreven')
       ), nieuw AS (
         INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op)
         SELECT gen_random_uuid(), $1, k.jongere_id, $2, k.id, $4 FROM kandidaat k
         ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING
         RETURNING id, jongere_id, dossier_id
       )
       SELECT n.id, n.jongere_id, n.dossier_id, k.woongemeente, k.rmc_regio, k.brin, k.vestiging
       FROM nieuw n JOIN kandidaat k ON k.id = n.dossier_id`,
      [NIET_INGESCHREVEN_TELDATUM, schooljaar, teldatum, now],
    );
  const events: NewEvent<'overstap.deadline.niet-ingeschreven-teldatum'>[] = rows.map((row) => ({
    type: 'overstap.deadline.niet-ingeschreven-teldatum',
    jongereId: row.jongere_id,
    aggregateId: row.id,
    correlationId: `deadline:${NIET_INGESCHREVEN_TELDATUM}:${schooljaar}`,
    context: { schooljaar, woongemeente: row.woongemeente, ...(row.rmc_regio ? { rmcRegio: row.rmc_regio } : {}), brin: row.brin, vestiging: row.vestiging },
    payload: { signaalId: row.id, schooljaar, dossierId: row.dossier_id, teldatum },
  }));
  await appendInChunks(manager, outbox, events);
  return events.length;
}
