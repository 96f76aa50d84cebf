import { Kalender } from './kalender';
import { landelijkeKalender } from './landelijke-kalender';
import { LANDELIJKE_SCHOOLVAKANTIES, LandelijkAdvies } from './landelijke-schoolvakanties';
import { VAKANTIEREGIOS, controleerSchooljaarKalender } from './schooljaar-kalender';

describe('landelijke kalender', () => {
  it('every shipped entry names its source and has the five vacations per region', () => {
    for (const advies of LANDELIJKE_SCHOOLVAKANTIES) {
      expect(advies.bron).toMatch(/^Rijksoverheid .*https:\/\//);
      for (const regio of VAKANTIEREGIOS) {
        expect(advies.vakanties[regio].map((v) => v.naam)).toEqual([
          'herfstvakantie',
          'kerstvakantie',
          'voorjaarsvakantie',
          'meivakantie',
          'zomervakantie',
        ]);
        expect(controleerSchooljaarKalender(landelijkeKalender(regio, advies.schooljaar))).toEqual([]);
      }
    }
  });

  it('2024-2025 noord: vouches only for the days after its herfstvakantie, and names its source', () => {
    const kalender = landelijkeKalender('noord', '2024-2025');
    expect(kalender.id).toBe('landelijk-advies:noord:2024-2025');
    expect(kalender.geldigVan).toBe('2024-11-04');
    expect(kalender.bron).toEqual(expect.objectContaining({ soort: 'landelijk-advies', regio: 'noord' }));
    const k = Kalender.bouw([kalender]);
    expect(k.isLesdag[k.dag('2024-11-04')]).toBe(1);
    expect(k.isLesdag[k.dag('2025-02-17')]).toBe(0); // voorjaarsvakantie noord
    expect(k.isLesdag[k.dag('2025-07-11')]).toBe(1);
    expect(k.isLesdag[k.dag('2025-07-14')]).toBe(0); // zomervakantie noord
    expect(() => k.dag('2024-09-02')).toThrow(expect.objectContaining({ code: 'KALENDER_ONBEKEND' }));
  });

  it('regions differ where the advice differs', () => {
    const midden = Kalender.bouw([landelijkeKalender('midden', '2024-2025')]);
    const zuid = Kalender.bouw([landelijkeKalender('zuid', '2024-2025')]);
    expect(midden.isLesdag[midden.dag('2025-02-17')]).toBe(1);
    expect(midden.isLesdag[midden.dag('2025-02-24')]).toBe(0);
    expect(zuid.eersteDag).toBe('2024-10-28');
    expect(zuid.isLesdag[zuid.dag('2025-07-07')]).toBe(0);
  });

  it('no cited advice: the school must give its own calendar', () => {
    expect(() => landelijkeKalender('noord', '2026-2027')).toThrow(expect.objectContaining({ code: 'LANDELIJK_ADVIES_ONBEKEND' }));
  });

  it('with the previous zomervakantie known, the whole schooljaar is covered', () => {
    const vorig = LANDELIJKE_SCHOOLVAKANTIES[0];
    const volgend: LandelijkAdvies = {
      schooljaar: '2025-2026',
      bron: 'test',
      vakanties: {
        noord: [{ naam: 'herfstvakantie', van: '2025-10-18', totEnMet: '2025-10-26' }],
        midden: [],
        zuid: [],
      },
    };
    const kalender = landelijkeKalender('noord', '2025-2026', [vorig, volgend]);
    expect(kalender.geldigVan).toBeUndefined();
    expect(kalender.vakanties.map((v) => v.naam)).toEqual(['zomervakantie', 'herfstvakantie']);
    const k = Kalender.bouw([kalender]);
    expect(k.isLesdag[k.dag('2025-08-22')]).toBe(0);
    expect(k.isLesdag[k.dag('2025-08-25')]).toBe(1);
  });
});
