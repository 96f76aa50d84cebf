import { dagen, historie, ziekeDagen } from '../../absenties/domain/historie.fixture';
import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { ziekmeldingen } from './ziekmeldingen';
import { zorgwekkendZiekteverzuim } from './zorgwekkend-ziekteverzuim';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
const ziek = { ziek: 6, alleLessenGemist: true };

describe('zorgwekkend ziekteverzuim (M@ZL)', () => {
  it('the 7th consecutive sick school day (a weekend between does not break it)', () => {
    const h = historie(kalender, ziekeDagen(kalender, '2025-09-03', '2025-09-12'));
    expect(zorgwekkendZiekteverzuim(h)).toEqual([
      {
        soort: 'zorgwekkend-ziekteverzuim',
        grond: 'zevende-schooldag-ziek',
        datum: '2025-09-11',
        ziekmeldingen: ['2025-09-03'],
        kalenders: [TESTSCHOOL_2025_2026.id],
      },
    ]);
  });

  it('six sick days: nothing; a vacation between school days does not break them', () => {
    expect(zorgwekkendZiekteverzuim(historie(kalender, ziekeDagen(kalender, '2025-09-03', '2025-09-10')))).toEqual([]);
    const overDeHerfst = historie(kalender, ziekeDagen(kalender, '2025-10-15', '2025-10-30'));
    expect(zorgwekkendZiekteverzuim(overDeHerfst).map((s) => s.datum)).toEqual(['2025-10-30']);
  });

  // lesweken: 25 Aug = 1st, 15 Sep = 4th, 13 Oct = 8th, 17 Nov = 12th, 24 Nov = 13th (herfstvakantie not counted)
  it('the 4th sick report in school week 12: a signal', () => {
    const h = historie(kalender, dagen({ '2025-08-25': ziek, '2025-09-15': ziek, '2025-10-13': ziek, '2025-11-17': ziek }));
    expect(zorgwekkendZiekteverzuim(h)).toEqual([
      expect.objectContaining({
        grond: 'vier-ziekmeldingen-in-twaalf-schoolweken',
        datum: '2025-11-17',
        ziekmeldingen: ['2025-08-25', '2025-09-15', '2025-10-13', '2025-11-17'],
      }),
    ]);
  });

  it('the 4th sick report in school week 13: no signal', () => {
    const h = historie(kalender, dagen({ '2025-08-25': ziek, '2025-09-15': ziek, '2025-10-13': ziek, '2025-11-24': ziek }));
    expect(zorgwekkendZiekteverzuim(h)).toEqual([]);
  });

  it('counting starts again after a signal', () => {
    const h = historie(
      kalender,
      dagen({
        '2025-09-01': ziek,
        '2025-09-08': ziek,
        '2025-09-15': ziek,
        '2025-09-22': ziek,
        '2025-09-29': ziek,
        '2025-10-06': ziek,
        '2025-10-13': ziek,
      }),
    );
    expect(zorgwekkendZiekteverzuim(h).map((s) => s.datum)).toEqual(['2025-09-22']);
  });

  it('a sick report is one run of sick school days', () => {
    const h = historie(kalender, [...ziekeDagen(kalender, '2025-09-04', '2025-09-08'), { datum: '2025-09-10', ziek: 2 }]);
    expect(ziekmeldingen(h)).toEqual([
      [0, 2],
      [3, 3],
    ]);
  });
});
