import { kalenderdagen, moment, uren } from './doorlooptijd';
import { percentiel, samenvatting } from './samenvatting';
import { wekenKlasse } from './weken-klasse';

describe('doorlooptijden', () => {
  it('weeks classes on calendar days: < 28, 28…42, > 42, none yet', () => {
    expect([0, 27, 28, 42, 43, null].map(wekenKlasse)).toEqual([
      'korter-dan-4-weken',
      'korter-dan-4-weken',
      '4-tot-6-weken',
      '4-tot-6-weken',
      'langer-dan-6-weken',
      'nog-niet',
    ]);
  });

  it('calendar days by the Amsterdam day, hours exactly', () => {
    // 23:30 and 00:30 Amsterdam time (summer, UTC+2) are different days though one hour apart.
    const a = moment('2025-06-10T21:30:00Z', 'van');
    const b = moment('2025-06-10T22:30:00Z', 'tot');
    expect(kalenderdagen(a, b)).toBe(1);
    expect(uren(a, b)).toBe(1);
    expect(kalenderdagen(moment('2025-03-01T10:00:00+01:00', 'a'), moment('2025-03-29T09:00:00+01:00', 'b'))).toBe(28);
    expect(() => moment('gisteren', 'opgepaktOp')).toThrow(
      expect.objectContaining({ code: 'doorlooptijd.ongeldig-moment', issues: [expect.objectContaining({ field: 'opgepaktOp' })] }),
    );
  });

  it('median and p90 by nearest rank; too few durations under a threshold give none', () => {
    expect(percentiel([1, 2, 3, 4], 50)).toBe(2);
    expect(percentiel([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(samenvatting([5, 1, 3, 2, 4])).toEqual({ aantal: 5, mediaan: 3, p90: 5 });
    expect(samenvatting([5, 1, 3], 5)).toEqual({ aantal: 3, mediaan: null, p90: null });
    expect(samenvatting([])).toEqual({ aantal: 0, mediaan: null, p90: null });
  });
});
