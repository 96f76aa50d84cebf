import { Programma, loopt, valideerProgramma } from './programma';

const club: Programma = { id: 'p1', rmcRegio: 'MC03', naam: 'Sollicitatieclub', startdatum: '2026-01-01' };

describe("a region's programme", () => {
  it('runs from its start, and to its end when it has one', () => {
    expect(valideerProgramma(club)).toBe(club);
    expect(loopt(club, '2026-12-31')).toBe(true);
    const training = { ...club, naam: 'Wat wil je nou?', capaciteit: 8, startdatum: '2026-03-02', einddatum: '2026-04-03' };
    expect(loopt(training, '2026-04-03')).toBe(true);
    expect(loopt(training, '2026-04-04')).toBe(false);
    expect(loopt(training, '2026-03-01')).toBe(false);
  });

  it('names every problem', () => {
    expect(() => valideerProgramma({ ...club, rmcRegio: 'MC42', naam: '', capaciteit: 0, einddatum: '2025-12-31' })).toThrow(
      expect.objectContaining({
        code: 'programma.ongeldig',
        issues: [
          expect.objectContaining({ field: 'rmcRegio' }),
          expect.objectContaining({ field: 'naam' }),
          expect.objectContaining({ field: 'capaciteit' }),
          expect.objectContaining({ field: 'einddatum', rule: 'periode.volgorde' }),
        ],
      }),
    );
  });
});
