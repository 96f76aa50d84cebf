import { UITKOMST_CATEGORIEEN, Uitkomst, eisGeldigeUitkomst, uitkomstMeldingen } from './uitkomst';

describe('uitkomst (effectrapportage categories)', () => {
  it('has the seven categories of the effectrapportage', () => {
    expect(UITKOMST_CATEGORIEEN).toEqual([
      'voltijd-onderwijs',
      'combinatie-leren-werken',
      'werk-zonder-startkwalificatie',
      'zorg-opvang-detentie',
      'beeindigd-zonder-dagbesteding',
      'verhuisd-onvindbaar',
      'overig',
    ]);
    expect(uitkomstMeldingen({ categorie: 'voltijd-onderwijs' })).toEqual([]);
  });

  it('werk counts from exactly 12 paid hours a week', () => {
    expect(uitkomstMeldingen({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 12 })).toEqual([]);
    expect(uitkomstMeldingen({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 11.5 })).toEqual([
      expect.objectContaining({ field: 'uitkomst.urenPerWeek', rule: 'werk.minstens-12-uur' }),
    ]);
    expect(uitkomstMeldingen({ categorie: 'werk-zonder-startkwalificatie' })).toHaveLength(1);
  });

  it('an income class goes only with werk zonder startkwalificatie, and only one of the three classes', () => {
    for (const inkomensklasse of ['minder-dan-300', '300-tot-700', '700-of-meer'] as const) {
      expect(uitkomstMeldingen({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 20, inkomensklasse })).toEqual([]);
    }
    expect(uitkomstMeldingen({ categorie: 'combinatie-leren-werken', inkomensklasse: 'minder-dan-300' })).toEqual([
      expect.objectContaining({ field: 'uitkomst.inkomensklasse', rule: 'inkomensklasse.alleen-bij-werk' }),
    ]);
    expect(uitkomstMeldingen({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 20, inkomensklasse: '450' } as unknown as Uitkomst)).toEqual([
      expect.objectContaining({ field: 'uitkomst.inkomensklasse', rule: 'uitkomst.inkomensklasse' }),
    ]);
  });

  it('overig needs a word of explanation', () => {
    expect(uitkomstMeldingen({ categorie: 'overig', toelichting: '  ' })).toEqual([
      expect.objectContaining({ field: 'uitkomst.toelichting', rule: 'overig.toelichting-verplicht' }),
    ]);
    expect(uitkomstMeldingen({ categorie: 'overig', toelichting: 'tussenjaar' })).toEqual([]);
  });

  it('an unknown category is refused with the field and the rule', () => {
    expect(() => eisGeldigeUitkomst({ categorie: 'hbo' } as unknown as Uitkomst)).toThrow(
      expect.objectContaining({
        kind: 'ongeldig',
        code: 'uitkomst.ongeldig',
        issues: [expect.objectContaining({ field: 'uitkomst.categorie', rule: 'uitkomst.categorie' })],
      }),
    );
  });
});
