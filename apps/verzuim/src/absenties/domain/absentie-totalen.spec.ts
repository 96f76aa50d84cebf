import { absentieTotalen } from './absentie-totalen';

describe('absentieTotalen', () => {
  const dagen = [
    { datum: '2026-03-02', ongeoorloofd: 2.5, teLaat: 1 },
    { datum: '2026-03-03', ongeoorloofd: 6, alleLessenGemist: true },
    { datum: '2026-03-04', ziek: 6, verlof: 1, ongeoorloofd: 1 },
    { datum: '2026-03-05', schorsing: 3, uitgestuurd: 2 },
    { datum: '2026-03-06', ongeoorloofd: 0.1 },
  ];

  it('sums hours per kind (geoorloofd = verlof + schorsing) and counts times late and sent out', () => {
    expect(absentieTotalen(dagen)).toEqual({ ongeoorloofd: 9.6, ziek: 6, geoorloofd: 4, teLaat: 1, uitgestuurd: 2 });
  });

  it('no days: all zero', () => {
    expect(absentieTotalen([])).toEqual({ ongeoorloofd: 0, ziek: 0, geoorloofd: 0, teLaat: 0, uitgestuurd: 0 });
  });
});
