import { randomBytes, randomUUID } from 'node:crypto';
import { Envelope } from '@sluitend/contracts';

/**
 * An overstap.deadline.aanmelding-gemist signal exactly as overstap publishes it (envelope and payload per the
 * catalog), for tests and benchmarks that need more signals, or other regions, than a cohort sweep gives
 * (integration tests turn it into a ParsedEvent with parseEvent).
 */
export function aanmeldingGemist(rmcRegio: string, brin: string, woongemeente: string, correlationId = 'test', minderjarig = false): Envelope {
  return {
    id: randomUUID(),
    type: 'overstap.deadline.aanmelding-gemist',
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'overstap',
    jongereId: randomBytes(32).toString('base64url'),
    correlationId,
    context: { schooljaar: '2026-2027', woongemeente, rmcRegio, brin, vestiging: `${brin}00`, minderjarig },
    payload: {
      signaalId: randomUUID(),
      schooljaar: '2026-2027',
      dossierId: randomUUID(),
      brin,
      vestiging: `${brin}00`,
      woongemeente,
      rmcRegio,
      deadline: '2027-04-01T21:59:59.999Z',
    },
  };
}
