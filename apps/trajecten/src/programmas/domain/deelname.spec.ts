import { Deelname, meldAan, meldAf } from './deelname';
import { Programma } from './programma';

const training: Programma = {
  id: 'wwjn-1',
  rmcRegio: 'MC03',
  naam: 'Wat wil je nou?',
  capaciteit: 2,
  startdatum: '2026-03-02',
  einddatum: '2026-04-03',
};
const casus = (casusId: string) => ({ casusId, rmcRegio: 'MC03', open: true });

describe('joining and leaving a programme', () => {
  it('a case joins while the programme runs and a place is free', () => {
    const eerste = meldAan(training, casus('c1'), [], '2026-03-02');
    expect(eerste).toEqual({ casusId: 'c1', programmaId: 'wwjn-1', aangemeldOp: '2026-03-02' });
    const tweede = meldAan(training, casus('c2'), [eerste], '2026-03-03');
    expect(() => meldAan(training, casus('c3'), [eerste, tweede], '2026-03-04')).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'programma.vol', details: { capaciteit: 2 } }),
    );
    const weg = meldAf(eerste, '2026-03-10', 'voortijdig-gestopt');
    expect(meldAan(training, casus('c3'), [weg, tweede], '2026-03-11').casusId).toBe('c3');
  });

  it("not twice, not a closed case, not another region's case, not outside the programme's period", () => {
    const eerste = meldAan(training, casus('c1'), [], '2026-03-02');
    expect(() => meldAan(training, casus('c1'), [eerste], '2026-03-03')).toThrow(expect.objectContaining({ code: 'programma.al-deelnemer' }));
    expect(() => meldAan(training, { ...casus('c9'), open: false }, [], '2026-03-03')).toThrow(
      expect.objectContaining({ code: 'programma.casus-gesloten' }),
    );
    expect(() => meldAan(training, { ...casus('c9'), rmcRegio: 'MC07' }, [], '2026-03-03')).toThrow(
      expect.objectContaining({ code: 'programma.andere-regio' }),
    );
    expect(() => meldAan(training, casus('c9'), [], '2026-04-04')).toThrow(expect.objectContaining({ code: 'programma.niet-lopend' }));
  });

  it('leaving records a result, once, not before joining', () => {
    const deelname: Deelname = { casusId: 'c1', programmaId: 'wwjn-1', aangemeldOp: '2026-03-02' };
    expect(meldAf(deelname, '2026-04-03', 'opleiding')).toEqual({ ...deelname, afgemeldOp: '2026-04-03', resultaat: 'opleiding' });
    expect(() => meldAf(deelname, '2026-03-01', 'geslaagd')).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ field: 'resultaat' }), expect.objectContaining({ field: 'datum', rule: 'datum.na-aanmelding' })],
      }),
    );
    expect(() => meldAf(meldAf(deelname, '2026-04-03', 'opleiding'), '2026-04-04', 'werk')).toThrow(
      expect.objectContaining({ code: 'programma.al-afgemeld' }),
    );
  });
});
