import { EntityManager } from 'typeorm';
import { EventContext } from '@sluitend/contracts';
import { IsoDate, isMinstens, localDateOf } from '@sluitend/domain-nl';

/** Whether a student born on `geboortedatum` is under 18 on `peildatum` (an Amsterdam date); unknown without a date. */
export function minderjarigOp(geboortedatum: string | null | undefined, peildatum: IsoDate): { minderjarig?: boolean } {
  return geboortedatum ? { minderjarig: !isMinstens(geboortedatum, peildatum, 18) } : {};
}

/**
 * The routing context of a student in a schooljaar, from the dossier their VO school submitted (woongemeente,
 * RMC-regio, school, whether the student is under 18 at `now`). Empty when no dossier is known: the event then carries
 * only the schooljaar.
 */
export async function routingContext(manager: EntityManager, jongereId: string, schooljaar: string, now: Date): Promise<EventContext> {
  const [row]: Array<{ woongemeente: string; rmc_regio: string | null; brin: string; vestiging: string; geboortedatum: string | null }> = await manager.query(
    `SELECT woongemeente, rmc_regio, brin, vestiging, inhoud -> 'leerling' ->> 'geboortedatum' AS geboortedatum
     FROM dossier WHERE jongere_id = $1 AND schooljaar = $2`,
    [jongereId, schooljaar],
  );
  if (!row) return { schooljaar };
  return {
    schooljaar,
    woongemeente: row.woongemeente,
    ...(row.rmc_regio ? { rmcRegio: row.rmc_regio } : {}),
    brin: row.brin,
    vestiging: row.vestiging,
    ...minderjarigOp(row.geboortedatum, localDateOf(now)),
  };
}

/** How many aanmeldingen of a student in a schooljaar can still lead to an inschrijving. */
export async function levendeAanmeldingen(manager: EntityManager, jongereId: string, schooljaar: string): Promise<number> {
  const [row]: Array<{ n: number }> = await manager.query(
    `SELECT count(*)::int AS n FROM aanmelding WHERE jongere_id = $1 AND schooljaar = $2
       AND status NOT IN ('afgewezen', 'leidt-niet-tot-inschrijving', 'ingetrokken')`,
    [jongereId, schooljaar],
  );
  return row.n;
}
