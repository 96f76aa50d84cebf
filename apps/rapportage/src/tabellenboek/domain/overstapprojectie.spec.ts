import { randomUUID } from 'node:crypto';
import { EVENT_CATALOG, EventContext, EventPayload, EventType, parseEvent } from '@sluitend/contracts';
import { OverstapGebeurtenis, projectiewerk } from './overstapprojectie';

const JONGERE = 'a'.repeat(43);
function event<T extends EventType>(type: T, payload: EventPayload<T>, jongereId: string | null, context: EventContext = {}): OverstapGebeurtenis {
  return parseEvent({
    id: randomUUID(),
    type,
    version: EVENT_CATALOG[type].version,
    occurredAt: '2026-04-02T08:00:00.000Z',
    producer: 'overstap',
    jongereId,
    correlationId: 'c',
    context,
    payload,
  }) as OverstapGebeurtenis;
}

describe('projectiewerk (overstap events → projection rows)', () => {
  it('takes the school and region of a signal from its payload, else from the routing context, else none', () => {
    const dossierId = randomUUID();
    const werk = projectiewerk([
      event(
        'overstap.deadline.aanmelding-gemist',
        {
          signaalId: randomUUID(),
          schooljaar: '2025-2026',
          dossierId,
          brin: '00AH',
          vestiging: '00AH01',
          woongemeente: 'GM0014',
          rmcRegio: 'MC03',
          deadline: '2026-04-01T21:59:59.999Z',
        },
        JONGERE,
        { brin: '99ZZ', rmcRegio: 'MC07' },
      ),
      event(
        'overstap.deadline.niet-ingeschreven-teldatum',
        { signaalId: randomUUID(), schooljaar: '2025-2026', dossierId, teldatum: '2026-10-01' },
        JONGERE,
        {
          brin: '00AH',
          vestiging: '00AH00',
          rmcRegio: 'MC03',
          woongemeente: 'GM0014',
        },
      ),
      event(
        'overstap.signaal.negatief-bsa',
        { signaalId: randomUUID(), schooljaar: '2026-2027', inschrijvingId: randomUUID(), mboBrin: '25LX', gegevenOp: '2027-06-01' },
        JONGERE,
      ),
    ]);
    expect(werk.signalen.map((s) => [s.brin, s.vestiging, s.rmcRegio, s.woongemeente])).toEqual([
      ['00AH', '00AH01', 'MC03', 'GM0014'],
      ['00AH', '00AH00', 'MC03', 'GM0014'],
      [null, null, null, null],
    ]);
  });

  it('makes one signal per student of an early warning, keyed by the dossier id, without a person key', () => {
    const dossierIds = [randomUUID(), randomUUID(), randomUUID()];
    const werk = projectiewerk([
      event(
        'overstap.signaal.vroege-waarschuwing',
        { schooljaar: '2025-2026', peildatum: '2026-03-01', brin: '00AH', vestiging: '00AH00', aantal: 3, dossierIds },
        null,
      ),
    ]);
    expect(werk.signalen.map((s) => [s.sleutel, s.jongereId, s.brin])).toEqual(dossierIds.map((id) => [id, null, '00AH']));
    expect(werk.zonderJongere).toBe(0);
  });

  it('counts (and does not project) dossiers, aanmeldingen and inschrijvingen whose envelope names no person', () => {
    const werk = projectiewerk([
      event(
        'overstap.inschrijving.geregistreerd',
        {
          inschrijvingId: randomUUID(),
          schooljaar: '2026-2027',
          mboBrin: '25LX',
          locatie: '25LX00',
          crebo: '25180',
          niveau: 2,
          ingeschrevenPer: '2026-08-01',
          switchVan: null,
        },
        null,
      ),
      event(
        'overstap.inschrijving.beeindigd',
        { inschrijvingId: randomUUID(), schooljaar: '2026-2027', mboBrin: '25LX', soort: 'switch', per: '2026-10-01', reden: null },
        null,
      ),
    ]);
    expect(werk.inschrijvingen).toEqual([]);
    expect(werk.beeindigingen).toHaveLength(1);
    expect(werk.zonderJongere).toBe(1);
  });
});
