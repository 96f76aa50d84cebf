import { Kalender } from './kalender';
import { eersteLesdagNaPeriode, laatsteLesdagVanPeriode } from './lesweken-periode';
import { inVenster, vensterBegin } from './lesweken-venster';
import { TESTSCHOOL_2025_2026 } from './testschool.fixture';

describe('vier opeenvolgende lesweken', () => {
  const k = Kalender.bouw([TESTSCHOOL_2025_2026]);
  const d = (datum: string) => k.dag(datum);

  it('the window ending in a week starts on the first lesdag three lesweken earlier', () => {
    expect(k.datum(vensterBegin(k, d('2025-09-19')))).toBe('2025-08-25');
    expect(k.datum(vensterBegin(k, d('2025-09-22')))).toBe('2025-09-01');
  });

  it('a vacation week inside does not count: the window reaches one calendar week further back', () => {
    // the four lesweken ending 31 Oct: 29 Sep, 6 Oct, 13 Oct, (herfstvakantie 20 Oct), 27 Oct
    expect(k.datum(vensterBegin(k, d('2025-10-31')))).toBe('2025-09-29');
    expect(inVenster(k, d('2025-09-29'), d('2025-10-31'))).toBe(true);
    expect(inVenster(k, d('2025-09-26'), d('2025-10-31'))).toBe(false);
    expect(inVenster(k, d('2025-10-22'), d('2025-10-31'))).toBe(false); // no lesweek
    expect(inVenster(k, d('2025-11-03'), d('2025-10-31'))).toBe(false); // after the end
  });

  it('the window before the first lesweek starts at the first lesdag', () => {
    expect(k.datum(vensterBegin(k, d('2025-08-27')))).toBe('2025-08-25');
  });
});

describe('een periode van N lesweken', () => {
  const k = Kalender.bouw([TESTSCHOOL_2025_2026]);
  const d = (datum: string) => k.dag(datum);

  it('four lesweken from a Wednesday end on the Tuesday four lesweken later', () => {
    expect(k.datum(eersteLesdagNaPeriode(k, d('2025-09-03'), 4))).toBe('2025-10-01');
    expect(k.datum(laatsteLesdagVanPeriode(k, d('2025-09-03'), 4))).toBe('2025-09-30');
  });

  it('skips the herfstvakantie', () => {
    expect(k.datum(eersteLesdagNaPeriode(k, d('2025-10-01'), 4))).toBe('2025-11-05');
    expect(k.datum(laatsteLesdagVanPeriode(k, d('2025-10-01'), 4))).toBe('2025-11-04');
  });

  it('moves to the next lesweek when that weekday has no lessons', () => {
    // Friday 5 Sep + 4 lesweken lands on Friday 3 Oct; a Friday with Goede Vrijdag off: 3 Apr 2026
    expect(k.datum(eersteLesdagNaPeriode(k, d('2026-03-06'), 4))).toBe('2026-04-07');
    expect(k.datum(laatsteLesdagVanPeriode(k, d('2026-03-06'), 4))).toBe('2026-04-02');
  });

  it('is -1 when the calendar ends first', () => {
    expect(eersteLesdagNaPeriode(k, d('2026-06-24'), 4)).toBe(-1);
    expect(laatsteLesdagVanPeriode(k, d('2026-06-24'), 4)).toBe(-1);
  });
});
