import { onthullingsbeleid } from '../../onthulling/domain/onthullingsbeleid';
import { Programmadeelname, programmaGrafiek, programmaresultaten, publiceerProgrammaresultaten } from './programmaresultaten';

const A = 'b0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const jaar = { van: '2025-08-01', tot: '2026-07-31' };
const deelname = (
  programmaId: string,
  aangemeldOp: string,
  einde: [string, Programmadeelname['resultaat']] | null,
  rmcRegio = 'MC07',
): Programmadeelname => ({
  programmaId,
  rmcRegio,
  aangemeldOp,
  afgemeldOp: einde?.[0] ?? null,
  resultaat: einde?.[1] ?? null,
});

describe('programmaresultaten', () => {
  it('counts participations started in the year by their result or still running, and those ended in the year by result', () => {
    const rapport = programmaresultaten(
      [
        deelname(A, '2025-09-01', ['2026-01-10', 'opleiding']),
        deelname(A, '2025-09-01', ['2026-08-02', 'werk']), // started in the year, ended after it
        deelname(A, '2025-10-01', null),
        deelname(A, '2025-06-01', ['2025-09-15', 'voortijdig-gestopt']), // started the year before, ended in it
        deelname(A, '2025-06-01', ['2025-07-31', 'bbl']), // both before the year
        deelname(B, '2026-07-31', null, 'MC08'),
      ],
      jaar,
    );
    expect(rapport.codes).toEqual([A, B]);
    expect(rapport.regios).toEqual(['MC07', 'MC08']);
    expect(rapport.gestart.rijen).toEqual(['MC07 · b0000000', 'MC08 · b0000000']);
    expect(rapport.gestart.cellen[0]).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(rapport.gestart.cellen[1]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(rapport.beeindigd.cellen[0]).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(rapport.beeindigd.cellen[1]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const grafiek = programmaGrafiek(publiceerProgrammaresultaten(rapport, null));
    expect(grafiek.reeksen.find((r) => r.code === 'gestart')?.waarden).toEqual([3, 1, 4]);
    expect(grafiek.reeksen.find((r) => r.code === 'beeindigd')?.waarden).toEqual([2, 0, 2]);
    expect(grafiek.reeksen.find((r) => r.code === 'opleiding')?.waarden).toEqual([1, 0, 1]);
  });

  it('suppresses small counts outside the organisation', () => {
    const deelnames = [
      ...Array.from({ length: 12 }, () => deelname(A, '2025-09-01', ['2026-01-10', 'opleiding'] as [string, 'opleiding'])),
      deelname(A, '2025-09-01', ['2026-01-10', 'werk']),
    ];
    const gepubliceerd = publiceerProgrammaresultaten(programmaresultaten(deelnames, jaar), onthullingsbeleid({ drempel: 5 }));
    expect(gepubliceerd.beeindigd.cellen[0][1]).toBeNull();
    expect(gepubliceerd.beeindigd.cellen[0][0]).toBeNull(); // else 13 − 12 gives the hidden 1 back
    expect(gepubliceerd.gestart.drempel).toBe(5);
  });
});
