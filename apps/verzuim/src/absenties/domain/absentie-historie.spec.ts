import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { pasCorrectieToe } from './absentie-correctie';
import { ordenHistorie } from './absentie-historie';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);

describe('ordenHistorie', () => {
  it('orders by date, drops empty records, keeps hours in hundredths', () => {
    const h = ordenHistorie(kalender, [
      { datum: '2025-09-03', ongeoorloofd: 0.1, verlof: 1, schorsing: 2 },
      { datum: '2025-09-02' },
      { datum: '2025-09-01', ziek: 6, alleLessenGemist: true, teLaat: 2, uitgestuurd: 1 },
    ]);
    expect(h.aantal).toBe(2);
    expect([...h.dag].map((d) => kalender.datum(d))).toEqual(['2025-09-01', '2025-09-03']);
    expect([...h.ongeoorloofd]).toEqual([0, 10]);
    expect([...h.ziek]).toEqual([600, 0]);
    expect([...h.geoorloofd]).toEqual([0, 300]);
    expect([...h.teLaat]).toEqual([2, 0]);
    expect([...h.uitgestuurd]).toEqual([1, 0]);
    expect([...h.alleLessenGemist]).toEqual([1, 0]);
  });

  it('refuses doubles, days without lessons, unknown days and bad values, by code and field', () => {
    expect(() =>
      ordenHistorie(kalender, [
        { datum: '2025-09-01', ziek: 1 },
        { datum: '2025-09-01', ongeoorloofd: 1 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'ABSENTIE_DUBBEL' }));
    expect(() => ordenHistorie(kalender, [{ datum: '2025-09-06', ongeoorloofd: 1 }])).toThrow(
      expect.objectContaining({ code: 'GEEN_LESDAG', veld: 'datum' }),
    );
    expect(() => ordenHistorie(kalender, [{ datum: '2026-08-03', ongeoorloofd: 1 }])).toThrow(expect.objectContaining({ code: 'KALENDER_ONBEKEND' }));
    expect(() => ordenHistorie(kalender, [{ datum: '2025-09-01', ongeoorloofd: Number.NaN }])).toThrow(
      expect.objectContaining({ code: 'ABSENTIE_ONGELDIG', veld: 'ongeoorloofd' }),
    );
  });
});

describe('pasCorrectieToe', () => {
  const dagen = [
    { datum: '2025-09-01', ongeoorloofd: 2 },
    { datum: '2025-09-02', ongeoorloofd: 3 },
  ];

  it('replaces or withdraws the record of a date, leaving the input alone', () => {
    expect(pasCorrectieToe(dagen, { datum: '2025-09-02', nieuw: { datum: '2025-09-02', ziek: 3 } })).toEqual([
      { datum: '2025-09-01', ongeoorloofd: 2 },
      { datum: '2025-09-02', ziek: 3 },
    ]);
    expect(pasCorrectieToe(dagen, { datum: '2025-09-01', nieuw: null })).toEqual([{ datum: '2025-09-02', ongeoorloofd: 3 }]);
    expect(pasCorrectieToe(dagen, { datum: '2025-08-29', nieuw: { datum: 'x', ongeoorloofd: 1 } })[0]).toEqual({
      datum: '2025-08-29',
      ongeoorloofd: 1,
    });
    expect(dagen).toHaveLength(2);
  });
});
