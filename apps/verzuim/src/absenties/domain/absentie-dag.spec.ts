import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { controleerAbsentieDag, isLeeg } from './absentie-dag';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
const regels = (dag: Parameters<typeof controleerAbsentieDag>[0], k?: Kalender) => controleerAbsentieDag(dag, k).map((p) => `${p.veld}:${p.regel}`);

describe('controleerAbsentieDag', () => {
  it('accepts a usual record', () => {
    expect(regels({ datum: '2025-09-01', ongeoorloofd: 2, ziek: 1.5, teLaat: 1 }, kalender)).toEqual([]);
  });

  it('names the field and rule of each problem', () => {
    expect(regels({ datum: '2025-09-31', ongeoorloofd: -1, ziek: 13, teLaat: 1.5, alleLessenGemist: true })).toEqual([
      'datum:datum',
      'ongeoorloofd:uren',
      'ziek:max-uren',
      'teLaat:aantal',
      'alleLessenGemist:uren-vereist',
    ]);
    expect(regels({ datum: '2025-09-01', ongeoorloofd: 7, ziek: 6 })).toEqual(['uren:max-uren']);
  });

  it('against the calendar: a day without lessons, or no calendar', () => {
    expect(regels({ datum: '2025-10-21', ongeoorloofd: 2 }, kalender)).toEqual(['datum:lesdag']);
    expect(regels({ datum: '2025-10-21' }, kalender)).toEqual([]);
    expect(regels({ datum: '2026-09-01', ongeoorloofd: 2 }, kalender)).toEqual(['datum:kalender']);
  });

  it('isLeeg', () => {
    expect(isLeeg({ datum: '2025-09-01' })).toBe(true);
    expect(isLeeg({ datum: '2025-09-01', uitgestuurd: 1 })).toBe(false);
  });
});
