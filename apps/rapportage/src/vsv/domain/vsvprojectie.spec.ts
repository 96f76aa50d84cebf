import { randomUUID } from 'node:crypto';
import { parsedEvent } from '@sluitend/testing';
import { VsvGebeurtenis, vsvProjectiewerk } from './vsvprojectie';

const id = 'j'.repeat(43);
const inschrijvingId = randomUUID();
const geregistreerd = parsedEvent(
  'overstap.inschrijving.geregistreerd',
  {
    inschrijvingId,
    schooljaar: '2024-2025',
    mboBrin: '25LH',
    locatie: '25LH00',
    crebo: '25180',
    niveau: 2,
    ingeschrevenPer: '2024-08-15',
    switchVan: null,
    laatsteTeldatumOnder23: '2029-10-01',
  },
  { jongereId: id, context: { woongemeente: 'GM0345', rmcRegio: 'MC17' } },
);
const uitgeschreven = (per: string, startkwalificatie: boolean, laatste?: string) =>
  parsedEvent(
    'overstap.inschrijving.beeindigd',
    {
      inschrijvingId,
      schooljaar: '2024-2025',
      mboBrin: '25LH',
      soort: 'uitschrijving',
      per,
      reden: 6,
      startkwalificatie,
      ...(laatste === undefined ? {} : { laatsteTeldatumOnder23: laatste }),
    },
    { jongereId: id },
  );

describe('vsvProjectiewerk', () => {
  it('takes the enrolment with the woongemeente and region of its event context, and the age fact', () => {
    const werk = vsvProjectiewerk([geregistreerd as VsvGebeurtenis]);
    expect(werk.inschrijvingen).toEqual([
      { inschrijvingId, jongereId: id, mboBrin: '25LH', niveau: 2, woongemeente: 'GM0345', rmcRegio: 'MC17', ingeschrevenPer: '2024-08-15' },
    ]);
    expect(werk.jongeren).toEqual([{ jongereId: id, laatsteTeldatumOnder23: '2029-10-01', startkwalificatieOp: null }]);
  });

  it('keeps the earliest startkwalificatie day and age fact, whatever the order; no startkwalificatie adds none', () => {
    const events = [
      uitgeschreven('2025-06-30', true, '2029-10-01'),
      uitgeschreven('2025-03-01', true),
      uitgeschreven('2025-01-10', false, '2028-10-01'),
    ];
    for (const volgorde of [events, [...events].reverse()]) {
      const werk = vsvProjectiewerk(volgorde as VsvGebeurtenis[]);
      expect(werk.jongeren).toEqual([{ jongereId: id, laatsteTeldatumOnder23: '2028-10-01', startkwalificatieOp: '2025-03-01' }]);
      expect(werk.beeindigingen).toHaveLength(3);
    }
  });

  it('counts events without a jongere id instead of guessing, and keeps person links in log order', () => {
    const zonder = parsedEvent('overstap.inschrijving.beeindigd', {
      inschrijvingId,
      schooljaar: '2024-2025',
      mboBrin: '25LH',
      soort: 'switch',
      per: '2025-01-01',
      reden: null,
    });
    const links = ['a', 'b'].map((x) => parsedEvent('overstap.persoon.gekoppeld', { van: x.repeat(43), naar: id }, { jongereId: id }));
    const werk = vsvProjectiewerk([zonder, ...links] as VsvGebeurtenis[]);
    expect(werk.zonderJongere).toBe(1);
    expect(werk.koppelingen).toEqual([
      { van: 'a'.repeat(43), naar: id },
      { van: 'b'.repeat(43), naar: id },
    ]);
  });
});
