import { controleerSchooljaarKalender } from './schooljaar-kalender';
import { TESTSCHOOL_2025_2026 } from './testschool.fixture';

describe('controleerSchooljaarKalender', () => {
  it('accepts a complete calendar', () => {
    expect(controleerSchooljaarKalender(TESTSCHOOL_2025_2026)).toEqual([]);
  });

  it('names each field and rule that is wrong', () => {
    const problemen = controleerSchooljaarKalender({
      ...TESTSCHOOL_2025_2026,
      id: ' ',
      vakanties: [
        { naam: '', van: '2025-10-26', totEnMet: '2025-10-18' },
        { naam: 'later', van: '2027-10-01', totEnMet: '2027-10-08' },
        { naam: 'kapot', van: '2025-13-01', totEnMet: '2025-10-08' },
      ],
      vrijeDagen: ['2026-08-01'],
      lesdagenInDeWeek: [1, 1, 8],
      geldigVan: '2026-01-10',
      geldigTot: '2026-01-09',
    });
    expect(problemen.map((p) => `${p.veld}:${p.regel}`)).toEqual([
      'id:verplicht',
      'vakanties[0].naam:verplicht',
      'vakanties[0].totEnMet:volgorde',
      'vakanties[1]:binnen-schooljaar',
      'vakanties[2].van:datum',
      'vrijeDagen[0]:binnen-schooljaar',
      'lesdagenInDeWeek:weekdagen',
      'geldigTot:volgorde',
    ]);
  });

  it('stops at an invalid schooljaar', () => {
    expect(controleerSchooljaarKalender({ ...TESTSCHOOL_2025_2026, schooljaar: '2025-2027' })).toEqual([
      expect.objectContaining({ veld: 'schooljaar', regel: 'schooljaar' }),
    ]);
  });
});
