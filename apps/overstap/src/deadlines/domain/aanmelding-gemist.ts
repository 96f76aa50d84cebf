import type { NewEvent } from '@sluitend/messaging';
import { toelatingsrechtDeadline } from '@sluitend/domain-nl';
import type { GesignaleerdeLeerling } from '../../signalen/domain/gesignaleerde-leerling';

/**
 * Signal 1 of DOMAIN.md "Overstap" — the 1 April rule: every cohort student of the schooljaar heading for the mbo who
 * had no aanmelding made on or before the end of 1 April (Europe/Amsterdam; the date itself is the national rule
 * `toelatingsrechtDeadline` in libs/domain-nl) is signalled once, for the RMC of the woonregio and the decaan.
 */
export const AANMELDING_GEMIST = 'aanmelding-gemist';

/** Due at the end of 1 April of the schooljaar of leaving, Europe/Amsterdam. */
export const aanmeldingGemistDueAt = (schooljaar: string): Date => toelatingsrechtDeadline(schooljaar);

export function aanmeldingGemistEvents(
  leerlingen: readonly GesignaleerdeLeerling[],
  schooljaar: string,
  deadline: Date,
  correlationId: string,
): NewEvent<'overstap.deadline.aanmelding-gemist'>[] {
  return leerlingen.map((leerling) => ({
    type: 'overstap.deadline.aanmelding-gemist',
    jongereId: leerling.jongereId,
    aggregateId: leerling.signaalId,
    correlationId,
    context: leerling.context,
    payload: {
      signaalId: leerling.signaalId,
      schooljaar,
      dossierId: leerling.dossierId,
      brin: leerling.brin,
      vestiging: leerling.vestiging,
      woongemeente: leerling.context.woongemeente as string,
      rmcRegio: leerling.context.rmcRegio ?? null,
      deadline: deadline.toISOString(),
    },
  }));
}
