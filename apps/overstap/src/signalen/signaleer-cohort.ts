import { EntityManager } from 'typeorm';
import { EventContext } from '@sluitend/contracts';
import { localDateOf } from '@sluitend/domain-nl';
import { minderjarigOp } from '../aanmeldingen/routing-context';

export type GesignaleerdeLeerling = {
  signaalId: string;
  jongereId: string;
  dossierId: string;
  brin: string;
  vestiging: string;
  /** Routing context of the event: woongemeente, RMC-regio, school, schooljaar. */
  context: EventContext;
};

/**
 * Signals, in one set-based statement, every mbo-bound cohort student of a schooljaar who meets `voorwaarde` (SQL on
 * the dossier `d`; its parameters start at $4, after regel, schooljaar and now). The unique key (regel, jongere,
 * schooljaar) skips students the rule already signalled, so firing again, on another replica or after a crash, adds
 * nothing; only the students signalled now are returned, for their events in the same transaction.
 */
export async function signaleerCohort(
  manager: EntityManager,
  regel: string,
  schooljaar: string,
  now: Date,
  voorwaarde: string,
  parameters: unknown[],
): Promise<GesignaleerdeLeerling[]> {
  const rows: Array<{ id: string; jongere_id: string; dossier_id: string; brin: string; vestiging: string; woongemeente: string; rmc_regio: string | null; geboortedatum: string | null }> =
    await manager.query(
      `WITH kandidaat AS (
         SELECT d.id, d.jongere_id, d.brin, d.vestiging, d.woongemeente, d.rmc_regio, d.inhoud -> 'leerling' ->> 'geboortedatum' AS geboortedatum
         FROM dossier d
         WHERE d.schooljaar = $2 AND d.inhoud -> 'keuze' ->> 'bestemming' = 'mbo' AND (${voorwaarde})
       ), nieuw AS (
         INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op)
         SELECT gen_random_uuid(), $1, k.jongere_id, $2, k.id, $3 FROM kandidaat k
         ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING
         RETURNING id, jongere_id, dossier_id
       )
       SELECT n.id, n.jongere_id, n.dossier_id, k.brin, k.vestiging, k.woongemeente, k.rmc_regio, k.geboortedatum
       FROM nieuw n JOIN kandidaat k ON k.id = n.dossier_id`,
      [regel, schooljaar, now, ...parameters],
    );
  const peildatum = localDateOf(now);
  return rows.map((row) => ({
    signaalId: row.id,
    jongereId: row.jongere_id,
    dossierId: row.dossier_id,
    brin: row.brin,
    vestiging: row.vestiging,
    context: {
      schooljaar,
      woongemeente: row.woongemeente,
      ...(row.rmc_regio ? { rmcRegio: row.rmc_regio } : {}),
      brin: row.brin,
      vestiging: row.vestiging,
      ...minderjarigOp(row.geboortedatum, peildatum),
    },
  }));
}
