import { isMinstens } from '@sluitend/domain-nl';
import { NewEvent } from '@sluitend/messaging';
import { LeerlingRecord } from '../../leerlingen/database/leerlingen.repository';
import { OpgeslagenVerlofaanvraag } from '../database/verlof.repository';

type Aanvraag = Pick<OpgeslagenVerlofaanvraag, 'id' | 'soort' | 'omstandigheid' | 'van' | 'totEnMet' | 'lesdagen' | 'schooljaar'>;

/**
 * `verzuim.verlof.aangevraagd`: a request the leerplichtambtenaar of the woongemeente decides, as a signal for its
 * inbox — the pseudonym, codes, the period and its lesdagen; no names, no explanation. Under 18 on the first day.
 */
export function verlofAangevraagd(aanvraag: Aanvraag, leerling: LeerlingRecord, correlationId: string): NewEvent<'verzuim.verlof.aangevraagd'> {
  return {
    type: 'verzuim.verlof.aangevraagd',
    jongereId: leerling.jongereId,
    aggregateId: aanvraag.id,
    correlationId,
    context: {
      woongemeente: leerling.woongemeente,
      ...(leerling.rmcRegio ? { rmcRegio: leerling.rmcRegio } : {}),
      brin: leerling.brin,
      schooljaar: aanvraag.schooljaar,
      minderjarig: !isMinstens(leerling.geboortedatum, aanvraag.van, 18),
    },
    payload: {
      signaalId: aanvraag.id,
      verlofId: aanvraag.id,
      soort: aanvraag.soort,
      omstandigheid: aanvraag.omstandigheid ?? null,
      van: aanvraag.van,
      totEnMet: aanvraag.totEnMet,
      lesdagen: aanvraag.lesdagen,
      schooljaar: aanvraag.schooljaar,
      brin: leerling.brin,
      woongemeente: leerling.woongemeente,
    },
  };
}
