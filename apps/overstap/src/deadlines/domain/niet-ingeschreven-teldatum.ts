import type { NewEvent } from '@sluitend/messaging';
import { endOfLocalDate, volgendeTeldatum } from '@sluitend/domain-nl';
import type { GesignaleerdeLeerling } from '../../signalen/domain/gesignaleerde-leerling';

/**
 * Signal 4 of DOMAIN.md "Overstap": every cohort student heading for the mbo without an inschrijving that runs on the
 * teldatum (1 October after leaving VO; started on or before it, not ended on or before it) and without an
 * aanmelding that reached ingeschreven. VSV risk, for the RMC of the woonregio.
 */
export const NIET_INGESCHREVEN_TELDATUM = 'niet-ingeschreven-teldatum';

/** Due at the end of the teldatum (1 October) that follows the schooljaar of leaving, Europe/Amsterdam. */
export const teldatumDeadline = (schooljaar: string): Date => endOfLocalDate(volgendeTeldatum(schooljaar));

export function nietIngeschrevenTeldatumEvents(
  leerlingen: readonly GesignaleerdeLeerling[],
  schooljaar: string,
  correlationId: string,
): NewEvent<'overstap.deadline.niet-ingeschreven-teldatum'>[] {
  const teldatum = volgendeTeldatum(schooljaar);
  return leerlingen.map((leerling) => ({
    type: 'overstap.deadline.niet-ingeschreven-teldatum',
    jongereId: leerling.jongereId,
    aggregateId: leerling.signaalId,
    correlationId,
    context: leerling.context,
    payload: { signaalId: leerling.signaalId, schooljaar, dossierId: leerling.dossierId, teldatum },
  }));
}
