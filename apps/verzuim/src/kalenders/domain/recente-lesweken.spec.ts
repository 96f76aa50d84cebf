import { Kalender } from './kalender';
import { recenteLesweken } from './recente-lesweken';
import { TESTSCHOOL_2025_2026 } from './testschool.fixture';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);

describe('recenteLesweken', () => {
  it('four lesweken ending with the week of the peildatum', () => {
    expect(recenteLesweken(kalender, '2025-09-24')).toEqual({ van: '2025-09-01', tot: '2025-09-24' });
  });

  it('skips a vacation week inside the window, and counts back from a day in a vacation', () => {
    // herfstvakantie 18–26 October 2025: the window of 29 October holds the weeks of 29 September, 6, 13 and 27 October
    expect(recenteLesweken(kalender, '2025-10-29')).toEqual({ van: '2025-09-29', tot: '2025-10-29' });
    expect(recenteLesweken(kalender, '2025-10-22')).toEqual({ van: '2025-09-22', tot: '2025-10-22' });
  });

  it('null before the first lesweek; a day the calendar does not cover is refused', () => {
    expect(recenteLesweken(kalender, '2025-08-10')).toBeNull();
    expect(() => recenteLesweken(kalender, '2024-12-01')).toThrow('Geen schoolkalender');
  });
});
