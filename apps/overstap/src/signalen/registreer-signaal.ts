import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

/**
 * Records a signal for a student in a schooljaar under a rule, unless that rule already signalled them that year
 * (the unique key regel + jongere + schooljaar). Returns the new signal's id, or null when it existed: the caller
 * publishes an event only for a new one, in the same transaction.
 */
export async function registreerSignaal(
  manager: EntityManager,
  regel: string,
  jongereId: string,
  schooljaar: string,
  now: Date,
): Promise<{ signaalId: string; dossierId: string | null } | null> {
  const [dossier]: Array<{ id: string }> = await manager.query('SELECT id FROM dossier WHERE jongere_id = $1 AND schooljaar = $2', [
    jongereId,
    schooljaar,
  ]);
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING RETURNING id`,
    [randomUUID(), regel, jongereId, schooljaar, dossier?.id ?? null, now],
  );
  return inserted.length === 0 ? null : { signaalId: inserted[0].id, dossierId: dossier?.id ?? null };
}
