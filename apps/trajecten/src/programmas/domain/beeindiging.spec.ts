import { beeindigProgramma } from './beeindiging';
import { Programma } from './programma';

const club: Programma = { id: 'p1', rmcRegio: 'MC03', naam: 'Sollicitatieclub', startdatum: '2026-01-05' };

describe('ending a programme', () => {
  it('ends on the day given, also earlier than planned; no later than an end already passed', () => {
    expect(beeindigProgramma(club, '2026-06-30', []).einddatum).toBe('2026-06-30');
    const gepland = { ...club, einddatum: '2026-12-31' };
    expect(beeindigProgramma(gepland, '2026-06-30', []).einddatum).toBe('2026-06-30');
    expect(beeindigProgramma(gepland, '2026-12-31', []).einddatum).toBe('2026-12-31');
    expect(() => beeindigProgramma({ ...club, einddatum: '2026-03-01' }, '2026-03-02', [])).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'programma.al-beeindigd' }),
    );
  });

  it('not before its start, nor before the last participant joined', () => {
    expect(() => beeindigProgramma(club, '2026-01-04', [])).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'einddatum', rule: 'periode.volgorde' })] }),
    );
    const deelnames = [
      { casusId: 'c1', programmaId: 'p1', aangemeldOp: '2026-02-01', afgemeldOp: '2026-02-20', resultaat: 'werk' as const },
      { casusId: 'c2', programmaId: 'p1', aangemeldOp: '2026-03-01' },
      { casusId: 'c3', programmaId: 'ander', aangemeldOp: '2026-05-01' },
    ];
    expect(() => beeindigProgramma(club, '2026-02-28', deelnames)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'einddatum', rule: 'einddatum.na-aanmelding' })] }),
    );
    expect(beeindigProgramma(club, '2026-03-01', deelnames).einddatum).toBe('2026-03-01');
    expect(() => beeindigProgramma(club, '2026-13-01', [])).toThrow(expect.objectContaining({ code: 'programma.ongeldig' }));
  });
});
