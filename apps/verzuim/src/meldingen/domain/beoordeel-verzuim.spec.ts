import { heleDagenOngeoorloofd, historie } from '../../absenties/domain/historie.fixture';
import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { beoordeelVerzuim } from './beoordeel-verzuim';
import { DUO_VERZUIMSOORT, meldingSleutel } from './verzuimmelding';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);

describe('beoordeelVerzuim', () => {
  it('five weeks away without leave: weekly 16-uur meldingen, then langdurig relatief verzuim, in date order', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-01', '2025-09-29'));
    const meldingen = beoordeelVerzuim(h, { geboortedatum: '2011-03-10' });
    expect(meldingen.map((m) => [m.soort, m.einddatum])).toEqual([
      ['zestien-uur', '2025-09-03'],
      ['zestien-uur', '2025-09-10'],
      ['zestien-uur', '2025-09-17'],
      ['zestien-uur', '2025-09-24'],
      ['langdurig-relatief', '2025-09-29'],
    ]);
    expect(new Set(meldingen.map(meldingSleutel)).size).toBe(meldingen.length);
  });

  it('a 19-year-old away four weeks: RMC-verzuim only (16 uur is not mandatory from 18)', () => {
    const h = historie(kalender, heleDagenOngeoorloofd(kalender, '2025-09-01', '2025-09-29'));
    expect(beoordeelVerzuim(h, { geboortedatum: '2006-05-01' }).map((m) => [m.soort, m.einddatum, m.ontvanger])).toEqual([
      ['rmc', '2025-09-26', 'rmc'],
    ]);
  });

  it('names every kind as DUO does', () => {
    expect(DUO_VERZUIMSOORT['zestien-uur']).toBe('16 uur in 4 weken');
    expect(Object.keys(DUO_VERZUIMSOORT)).toEqual(['zestien-uur', 'langdurig-relatief', 'luxe', 'rmc', 'overig']);
  });
});
