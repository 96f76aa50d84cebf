import { localDateOf } from '@sluitend/domain-nl';
import type { Vuren } from '../deadlines/deadline-regels';
import { routingContext } from '../aanmeldingen/routing-context';
import { registreerSignaal } from '../signalen/registreer-signaal';

export const GEEN_HERINSCHRIJVING = 'geen-herinschrijving';

/**
 * Signal 5b of DOMAIN.md "Overstap": the re-enrolment window after an uitschrijving without startkwalificatie
 * ended (its personal deadline) and no inschrijving started after the uitschrijving and within the window. A new
 * inschrijving or a switch closes the deadline before it fires; this check also covers one registered ahead of time.
 */
export async function vuurGeenHerinschrijving({ manager, outbox, schooljaar, jongereId, dueAt, now }: Vuren): Promise<number> {
  const [laatste]: Array<{ uitgeschreven_per: string }> = await manager.query(
    `SELECT to_char(uitgeschreven_per, 'YYYY-MM-DD') AS uitgeschreven_per FROM inschrijving
     WHERE jongere_id = $1 AND status = 'uitgeschreven' ORDER BY uitgeschreven_per DESC LIMIT 1`,
    [jongereId],
  );
  if (!laatste) return 0;
  const [{ heringeschreven }]: Array<{ heringeschreven: boolean }> = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM inschrijving WHERE jongere_id = $1 AND ingeschreven_per > $2 AND ingeschreven_per <= $3)
       AS heringeschreven`,
    [jongereId, laatste.uitgeschreven_per, localDateOf(dueAt)],
  );
  if (heringeschreven) return 0;
  const signaal = await registreerSignaal(manager, GEEN_HERINSCHRIJVING, jongereId, schooljaar, now);
  if (!signaal) return 0;
  const termijnWeken = Math.round((dueAt.getTime() - new Date(`${laatste.uitgeschreven_per}T00:00:00Z`).getTime()) / (7 * 86_400_000));
  await outbox.append(manager, [
    {
      type: 'overstap.deadline.geen-herinschrijving',
      jongereId,
      aggregateId: signaal.signaalId,
      correlationId: `deadline:${GEEN_HERINSCHRIJVING}:${schooljaar}`,
      context: await routingContext(manager, jongereId, schooljaar, now),
      payload: { signaalId: signaal.signaalId, schooljaar, uitgeschrevenPer: laatste.uitgeschreven_per, termijnWeken },
    },
  ]);
  return 1;
}
