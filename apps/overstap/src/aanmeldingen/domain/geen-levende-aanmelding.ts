import type { AanmeldingStatus, EventPayload, NietLevendeAanmeldingStatus } from '@sluitend/contracts';
import { isLevend } from './aanmelding-status';

/**
 * Signal 3 of DOMAIN.md "Overstap" (dropped a level): the status change that ended the student's last live aanmelding
 * of the schooljaar raises "geen levende aanmelding", once per student per schooljaar.
 */
export const GEEN_LEVENDE_AANMELDING = 'geen-levende-aanmelding';

/** Whether moving an aanmelding to `naar` leaves the student without a live aanmelding (`nogLevend` counted after it). */
export const laatsteLevendeBeeindigd = (naar: AanmeldingStatus, nogLevend: number): naar is NietLevendeAanmeldingStatus =>
  !isLevend(naar) && nogLevend === 0;

export const geenLevendeAanmeldingPayload = (
  aanmelding: { id: string; schooljaar: string; mboBrin: string },
  reden: NietLevendeAanmeldingStatus,
  signaal: { signaalId: string; dossierId: string | null },
): EventPayload<'overstap.signaal.geen-levende-aanmelding'> => ({
  signaalId: signaal.signaalId,
  schooljaar: aanmelding.schooljaar,
  aanmeldingId: aanmelding.id,
  mboBrin: aanmelding.mboBrin,
  reden,
  dossierId: signaal.dossierId,
});
