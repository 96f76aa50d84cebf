import type { EventContext } from '@sluitend/contracts';
import { isMinstens, schooljaarOf } from '@sluitend/domain-nl';
import type { LeerlingRecord } from '../database/leerlingen.repository';

/**
 * The routing context of an event about a student (a melding, an M@ZL signal, their withdrawal), codes only: where the
 * student lives, the school, the schooljaar of `peildatum` (the melding's last day, the signal's day), and whether the
 * student is under 18 on it.
 */
export function leerlingContext(leerling: LeerlingRecord, peildatum: string): EventContext {
  return {
    woongemeente: leerling.woongemeente,
    ...(leerling.rmcRegio ? { rmcRegio: leerling.rmcRegio } : {}),
    brin: leerling.brin,
    schooljaar: schooljaarOf(peildatum),
    minderjarig: !isMinstens(leerling.geboortedatum, peildatum, 18),
  };
}
