import { dossierTellingen } from './dossier-tellingen';

describe('dossierTellingen', () => {
  it('totals the vestigingen and names each RMC-regio; an unknown region keeps no name', () => {
    const tellingen = dossierTellingen(
      '2026-2027',
      [
        { brin: '00AH', vestiging: '00AH00', aantal: 2 },
        { brin: '00AH', vestiging: '00AH01', aantal: 3 },
      ],
      [
        { rmcRegio: 'MC03', aantal: 4 },
        { rmcRegio: null, aantal: 1 },
      ],
    );
    expect(tellingen).toEqual({
      schooljaar: '2026-2027',
      totaal: 5,
      perSchool: [
        { brin: '00AH', vestiging: '00AH00', aantal: 2 },
        { brin: '00AH', vestiging: '00AH01', aantal: 3 },
      ],
      perRmcRegio: [
        { rmcRegio: 'MC03', naam: 'Centraal en Westelijk Groningen', aantal: 4 },
        { rmcRegio: null, naam: null, aantal: 1 },
      ],
    });
  });

  it('counts nothing as zero', () => {
    expect(dossierTellingen('2026-2027', [], [])).toEqual({ schooljaar: '2026-2027', totaal: 0, perSchool: [], perRmcRegio: [] });
  });
});
