import { eersteGewijzigdeDag } from './kalender-wijziging';
import { TESTSCHOOL_2025_2026 } from './testschool.fixture';

describe('eersteGewijzigdeDag', () => {
  it('the first day a new version counts otherwise; null when it counts the same', () => {
    expect(eersteGewijzigdeDag(TESTSCHOOL_2025_2026, { ...TESTSCHOOL_2025_2026, id: 'v2' })).toBeNull();
    const extraVrij = { ...TESTSCHOOL_2025_2026, vrijeDagen: ['2026-01-14', ...(TESTSCHOOL_2025_2026.vrijeDagen ?? [])] };
    expect(eersteGewijzigdeDag(TESTSCHOOL_2025_2026, extraVrij)).toBe('2026-01-14');
    // The herfstvakantie a week later: its old first day (a Saturday) is no longer in a vacation — luxe verzuim sees that.
    const later = {
      ...TESTSCHOOL_2025_2026,
      vakanties: TESTSCHOOL_2025_2026.vakanties.map((v) => (v.naam === 'herfstvakantie' ? { ...v, van: '2025-10-25', totEnMet: '2025-11-02' } : v)),
    };
    expect(eersteGewijzigdeDag(TESTSCHOOL_2025_2026, later)).toBe('2025-10-18');
  });

  it('without an earlier version: the first day of the new calendar', () => {
    expect(eersteGewijzigdeDag(undefined, TESTSCHOOL_2025_2026)).toBe('2025-08-01');
  });
});
