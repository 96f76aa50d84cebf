import type { NewEvent } from '@sluitend/messaging';
import { IsoDate, startOfLocalDate } from '@sluitend/domain-nl';
import type { GesignaleerdeLeerling } from '../../signalen/domain/gesignaleerde-leerling';

/**
 * Signal 2 of DOMAIN.md "Overstap": on each configured early-warning date before 1 April (`VROEGE_WAARSCHUWINGEN`,
 * MM-DD), every mbo-bound cohort student without an aanmelding made before that moment is signalled (once per date
 * and schooljaar), and each VO vestiging gets one event listing its students' dossiers for the decaan.
 */
const PREFIX = 'vroege-waarschuwing-';

export const vroegeWaarschuwingRegel = (maandDag: string): string => `${PREFIX}${maandDag}`;

/** The day of the warning in the second calendar year of the schooljaar: `2026-2027`, `03-01` → `2027-03-01`. */
export const vroegeWaarschuwingPeildatum = (schooljaar: string, regel: string): IsoDate => `${schooljaar.slice(5)}-${regel.slice(PREFIX.length)}`;

/** The start of that day, Europe/Amsterdam. */
export const vroegeWaarschuwingMoment = (schooljaar: string, maandDag: string): Date =>
  startOfLocalDate(vroegeWaarschuwingPeildatum(schooljaar, vroegeWaarschuwingRegel(maandDag)));

/** One event per VO vestiging with the dossiers of its students signalled now. */
export function vroegeWaarschuwingEvents(
  leerlingen: readonly GesignaleerdeLeerling[],
  regel: string,
  schooljaar: string,
  correlationId: string,
): NewEvent<'overstap.signaal.vroege-waarschuwing'>[] {
  const peildatum = vroegeWaarschuwingPeildatum(schooljaar, regel);
  const perVestiging = new Map<string, { brin: string; vestiging: string; dossierIds: string[] }>();
  for (const leerling of leerlingen) {
    const lijst = perVestiging.get(leerling.vestiging) ?? { brin: leerling.brin, vestiging: leerling.vestiging, dossierIds: [] };
    lijst.dossierIds.push(leerling.dossierId);
    perVestiging.set(leerling.vestiging, lijst);
  }
  return [...perVestiging.values()].map((lijst) => ({
    type: 'overstap.signaal.vroege-waarschuwing',
    jongereId: null,
    aggregateId: `${lijst.vestiging}:${schooljaar}:${peildatum}`,
    correlationId,
    context: { schooljaar, brin: lijst.brin, vestiging: lijst.vestiging },
    payload: { schooljaar, peildatum, brin: lijst.brin, vestiging: lijst.vestiging, aantal: lijst.dossierIds.length, dossierIds: lijst.dossierIds },
  }));
}
