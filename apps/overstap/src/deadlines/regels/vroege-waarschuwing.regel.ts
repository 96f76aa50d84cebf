import { startOfLocalDate } from '@sluitend/domain-nl';
import { NewEvent } from '@sluitend/messaging';
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
  const rows: Array<{ brin: string; vestiging: string; dossier_ids: string[] }> = await manager.query(
    `WITH kandidaat AS (
       SELECT d.id, d.jongere_id, d.brin, d.vestiging FROM dossier d
       WHERE d.schooljaar = $2 AND d.inhoud -> 'keuze' ->> 'bestemming' = 'mbo'
         AND NOT EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.aangemeld_op < $3)
     ), nieuw AS (
       INSERT INTO signaal (id, regel, jongere_id, schooljaar, dossier_id, aangemaakt_op)
       SELECT gen_random_uuid(), $1, k.jongere_id, $2, k.id, $4 FROM kandidaat k
       ON CONFLICT ON CONSTRAINT signaal_eenmalig DO NOTHING
       RETURNING dossier_id
     )
     SELECT k.brin, k.vestiging, array_agg(k.id ORDER BY k.id) AS dossier_ids
     FROM nieuw n JOIN kandidaat k ON k.id = n.dossier_id GROUP BY k.brin, k.vestiging`,
    [regel, schooljaar, dueAt, now],
  );
  const events: NewEvent<'overstap.signaal.vroege-waarschuwing'>[] = rows.map((row) => ({
    type: 'overstap.signaal.vroege-waarschuwing',
    jongereId: null,
    aggregateId: `${row.vestiging}:${schooljaar}:${peildatum}`,
    correlationId: `deadline:${regel}:${schooljaar}`,
    context: { schooljaar, brin: row.brin, vestiging: row.vestiging },
    payload: { schooljaar, peildatum, brin: row.brin, vestiging: row.vestiging, aantal: row.dossier_ids.length, dossierIds: row.dossier_ids },
  }));
  await appendInChunks(manager, outbox, events, 500);
  return rows.reduce((sum, row) => sum + row.dossier_ids.length, 0);
}
