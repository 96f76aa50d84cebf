import { terugmelding, terugmeldingStand } from './terugmelding';

describe("the region's terugmelding of a DUO list", () => {
  it('names where each line stands now', () => {
    expect(terugmeldingStand({ verwerking: 'buiten-doelgroep', casusStatus: null })).toBe('buiten-doelgroep');
    expect(terugmeldingStand({ verwerking: 'nieuwe-casus', casusStatus: 'aangemeld' })).toBe('in-behandeling');
    expect(terugmeldingStand({ verwerking: 'bij-open-casus', casusStatus: 'traject' })).toBe('in-behandeling');
    expect(terugmeldingStand({ verwerking: 'nieuwe-casus', casusStatus: 'onbereikbaar' })).toBe('in-rust');
    expect(terugmeldingStand({ verwerking: 'nieuwe-casus', casusStatus: 'afgewezen' })).toBe('in-rust');
    expect(terugmeldingStand({ verwerking: 'nieuwe-casus', casusStatus: 'afgesloten' })).toBe('afgesloten');
  });

  it('in line order, empty cells where a line has no case', () => {
    const op = new Date('2026-05-01T10:00:00Z');
    expect(
      terugmelding([
        { regel: 5, verwerking: 'nieuwe-casus', casusId: 'c5', casusStatus: 'afgesloten', uitkomst: 'voltijd-onderwijs', afgeslotenOp: op },
        { regel: 2, verwerking: 'buiten-doelgroep', casusId: null, casusStatus: null, uitkomst: null, afgeslotenOp: null },
      ]),
    ).toEqual([
      { regel: 2, verwerking: 'buiten-doelgroep', casusId: '', stand: 'buiten-doelgroep', casusStatus: '', uitkomst: '', afgeslotenOp: '' },
      {
        regel: 5,
        verwerking: 'nieuwe-casus',
        casusId: 'c5',
        stand: 'afgesloten',
        casusStatus: 'afgesloten',
        uitkomst: 'voltijd-onderwijs',
        afgeslotenOp: '2026-05-01T10:00:00.000Z',
      },
    ]);
  });
});
