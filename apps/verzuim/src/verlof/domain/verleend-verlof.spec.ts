import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { AbsentieDag } from '../../absenties/domain/absentie-dag';
import { ordenHistorie } from '../../absenties/domain/absentie-historie';
import { Leerling } from '../../leerlingen/domain/leerling';
import { beoordeelVerzuim } from '../../meldingen/domain/beoordeel-verzuim';
import { absentieTotalen } from '../../absenties/domain/absentie-totalen';
import { metVerleendVerlof } from './verleend-verlof';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);

describe('metVerleendVerlof', () => {
  it('hours ongeoorloofd inside a granted period count as verlof; other days and kinds stay', () => {
    const dagen = [
      { datum: '2026-03-01', ongeoorloofd: 2 },
      { datum: '2026-03-02', ongeoorloofd: 6, alleLessenGemist: true },
      { datum: '2026-03-03', ziek: 6, verlof: 1, ongeoorloofd: 1 },
      { datum: '2026-03-04', ziek: 2 },
      { datum: '2026-03-05', ongeoorloofd: 3 },
    ];
    expect(metVerleendVerlof(dagen, [{ van: '2026-03-02', totEnMet: '2026-03-04' }])).toEqual([
      { datum: '2026-03-01', ongeoorloofd: 2 },
      { datum: '2026-03-02', ongeoorloofd: 0, verlof: 6, alleLessenGemist: true },
      { datum: '2026-03-03', ziek: 6, verlof: 2, ongeoorloofd: 0 },
      { datum: '2026-03-04', ziek: 2 },
      { datum: '2026-03-05', ongeoorloofd: 3 },
    ]);
    expect(dagen[1].ongeoorloofd).toBe(6);
    expect(metVerleendVerlof(dagen, [])).toEqual(dagen);
  });

  it('a whole week of absence next to the voorjaarsvakantie: luxe verzuim without verlof, nothing with it', () => {
    const leerling: Leerling = { geboortedatum: '2011-03-01' };
    // The week after the Testschool's voorjaarsvakantie (2026-02-21 … 2026-03-01): five whole days missed.
    const week = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((datum) => ({
      datum,
      ongeoorloofd: 6,
      alleLessenGemist: true,
    }));
    const soorten = (dagen: readonly AbsentieDag[]) => beoordeelVerzuim(ordenHistorie(kalender, dagen), leerling).map((m) => m.soort);
    expect(soorten(week)).toEqual(expect.arrayContaining(['luxe', 'zestien-uur']));
    expect(soorten(metVerleendVerlof(week, [{ van: '2026-03-02', totEnMet: '2026-03-06' }]))).toEqual([]);
  });
});

describe('the students page totals with granted verlof', () => {
  const dagen = [
    { datum: '2026-03-02', ongeoorloofd: 2.5, teLaat: 1 },
    { datum: '2026-03-03', ongeoorloofd: 6, alleLessenGemist: true },
    { datum: '2026-03-04', ziek: 6, verlof: 1, ongeoorloofd: 1 },
    { datum: '2026-03-05', schorsing: 3, uitgestuurd: 2 },
    { datum: '2026-03-06', ongeoorloofd: 0.1 },
  ];

  it('with granted verlof applied the hours ongeoorloofd inside the period count as geoorloofd, as the rules count them', () => {
    const totalen = absentieTotalen(metVerleendVerlof(dagen, [{ van: '2026-03-03', totEnMet: '2026-03-04' }]));
    expect(totalen).toEqual({ ongeoorloofd: 2.6, ziek: 6, geoorloofd: 11, teLaat: 1, uitgestuurd: 2 });
  });
});
