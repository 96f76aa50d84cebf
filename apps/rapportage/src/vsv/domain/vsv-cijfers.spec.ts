import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { InschrijvingOpTeldatum, Vsvfeit } from './vsv-feit';
import { vsvTabel } from './vsv-cijfers';
import { publiceerVsv, vsvGrafiek } from './vsv-grafiek';

let id = 0;
const op = (over: Partial<InschrijvingOpTeldatum> = {}): InschrijvingOpTeldatum => ({
  onderwijs: { soort: 'mbo', niveau: 2 },
  brin: '25LH',
  woongemeente: 'GM0345',
  rmcRegio: 'MC17',
  ...over,
});
const jongeren = (aantal: number, over: Partial<Vsvfeit> = {}): Vsvfeit[] =>
  Array.from({ length: aantal }, () => ({
    jongereId: `j${++id}`,
    geboortedatum: '2007-05-20',
    opTeldatum: op(),
    ingeschrevenOpVolgendeTeldatum: true,
    startkwalificatieOp: null,
    ...over,
  }));

/*
 * Gemeente GM0345, school year 2024-2025, 200 young people enrolled on 1 October 2024, worked out by hand:
 *   187 still enrolled on 1 October 2025                         → deelnemer, no vsv
 *     6 enrolled nowhere, no startkwalificatie                     → vsv
 *     3 enrolled nowhere, mbo-2 diploma on 30 June 2025            → deelnemer, no vsv
 *     1 enrolled nowhere, diploma on 2 October 2025 (too late)     → vsv
 *     2 enrolled nowhere, 23 on 30 September 2025                  → outside the count
 *     1 enrolled nowhere, 23 only on 2 October 2025                → vsv
 * deelnemers 198, vsv 8: 8 / 198 = 4.04 %.
 * Around it: another gemeente of the region (50 deelnemers, 1 vsv) and young people not enrolled on 1 October 2024.
 */
const feiten: Vsvfeit[] = [
  ...jongeren(187),
  ...jongeren(6, { ingeschrevenOpVolgendeTeldatum: false }),
  ...jongeren(3, { ingeschrevenOpVolgendeTeldatum: false, startkwalificatieOp: '2025-06-30' }),
  ...jongeren(1, { ingeschrevenOpVolgendeTeldatum: false, startkwalificatieOp: '2025-10-02' }),
  ...jongeren(2, { ingeschrevenOpVolgendeTeldatum: false, geboortedatum: '2002-09-30' }),
  ...jongeren(1, { ingeschrevenOpVolgendeTeldatum: false, geboortedatum: '2002-10-02' }),
  ...jongeren(49, { opTeldatum: op({ woongemeente: 'GM0307', brin: '27DT', onderwijs: { soort: 'vo', onderwijstype: 'vmbo-kb', leerjaar: 4 } }) }),
  ...jongeren(1, {
    opTeldatum: op({ woongemeente: 'GM0307', brin: '27DT', onderwijs: { soort: 'vo', onderwijstype: 'vmbo-kb', leerjaar: 4 } }),
    ingeschrevenOpVolgendeTeldatum: false,
  }),
  ...jongeren(5, { opTeldatum: null, ingeschrevenOpVolgendeTeldatum: false }),
];

describe('VSV counts and rates', () => {
  it('the VSV rate of one gemeente', () => {
    const tabel = vsvTabel(feiten, { schooljaar: '2024-2025', dimensie: 'gemeente', filter: { woongemeente: 'GM0345' } });
    expect(tabel.codes).toEqual(['GM0345']);
    expect(tabel.tabel.cellen).toEqual([[8, 190]]);
    const grafiek = vsvGrafiek(publiceerVsv(tabel, null));
    expect(grafiek.reeksen.find((r) => r.code === 'vsv-percentage')!.waarden).toEqual([4.04, 4.04]);
    expect(grafiek.reeksen.find((r) => r.code === 'deelnemers')!.waarden).toEqual([198, 198]);
  });

  it('per gemeente, school, level and region of the selection', () => {
    const perGemeente = vsvTabel(feiten, { schooljaar: '2024-2025', dimensie: 'gemeente' });
    expect(perGemeente.codes).toEqual(['GM0307', 'GM0345']);
    expect(perGemeente.tabel.cellen).toEqual([
      [1, 49],
      [8, 190],
    ]);
    expect(vsvTabel(feiten, { schooljaar: '2024-2025', dimensie: 'school' }).tabel.cellen).toEqual([
      [8, 190],
      [1, 49],
    ]);
    expect(vsvTabel(feiten, { schooljaar: '2024-2025', dimensie: 'rmc-regio' }).tabel.cellen).toEqual([[9, 239]]);
    const perNiveau = vsvTabel(feiten, { schooljaar: '2024-2025', dimensie: 'niveau' });
    expect(perNiveau.codes).toHaveLength(10);
    expect(perNiveau.tabel.cellen[perNiveau.codes.indexOf('mbo-2')]).toEqual([8, 190]);
    expect(perNiveau.tabel.cellen[perNiveau.codes.indexOf('vmbo-bovenbouw')]).toEqual([1, 49]);
    expect(perNiveau.tabel.cellen[perNiveau.codes.indexOf('vavo')]).toEqual([0, 0]);
  });

  it('outside the organisation: a single vsv is hidden, its rate too, and the total does not give it back', () => {
    const uit = vsvGrafiek(publiceerVsv(vsvTabel(feiten, { schooljaar: '2024-2025', dimensie: 'gemeente' }), STANDAARD_BELEID));
    const vsv = uit.reeksen.find((r) => r.code === 'vsv')!;
    const pct = uit.reeksen.find((r) => r.code === 'vsv-percentage')!;
    expect(vsv.waarden[0]).toBeNull(); // GM0307: 1 vsv
    expect(pct.waarden[0]).toBeNull();
    expect(pct.onderdrukt[0]).toBe(true);
    // With the region's total visible, GM0345's count must be hidden as well, or 9 − 8 gives GM0307's back.
    expect(vsv.waarden[2] === null || vsv.waarden[1] === null).toBe(true);
    expect(uit.drempel).toBe(5);
  });
});
