import { randomBytes, randomUUID } from 'node:crypto';
import { NewEvent } from '@sluitend/messaging';

/** A valid overstap.dossier.ingediend event for tests; random pseudonymous jongereId, no personal data. */
export function dossierIngediend(brin = '00AH', correlationId = 'test'): NewEvent<'overstap.dossier.ingediend'> {
  const dossierId = randomUUID();
  return {
    type: 'overstap.dossier.ingediend',
    jongereId: randomBytes(32).toString('base64url'),
    aggregateId: dossierId,
    correlationId,
    context: { woongemeente: 'GM0014', rmcRegio: 'MC03', brin, vestiging: `${brin}00`, schooljaar: '2025-2026' },
    payload: {
      dossierId,
      versie: 1,
      schooljaar: '2025-2026',
      brin,
      vestiging: `${brin}00`,
      woongemeente: 'GM0014',
      rmcRegio: 'MC03',
      onderwijstype: 'vmbo-kb',
      leerjaar: 4,
      bestemming: 'mbo',
      ondersteuningNodig: false,
      ingediendOp: new Date().toISOString(),
    },
  };
}
