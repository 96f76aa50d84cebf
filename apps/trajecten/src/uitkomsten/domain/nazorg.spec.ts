import { nazorgControleMoment } from './nazorg';

describe('nazorg check', () => {
  it('falls due 3 months after the start of nazorg by default, at the same local time', () => {
    expect(nazorgControleMoment(new Date('2026-09-01T14:00:00+02:00')).toISOString()).toBe('2026-12-01T13:00:00.000Z');
  });

  it("after the region's own period", () => {
    expect(nazorgControleMoment(new Date('2026-09-01T14:00:00+02:00'), { nazorgMaanden: 6 }).toISOString()).toBe('2027-03-01T13:00:00.000Z');
  });

  it('refuses a period outside 1–12 months', () => {
    for (const nazorgMaanden of [0, 13, 2.5]) {
      expect(() => nazorgControleMoment(new Date('2026-09-01T12:00:00Z'), { nazorgMaanden })).toThrow(
        expect.objectContaining({ code: 'nazorg.instellingen-ongeldig', issues: [expect.objectContaining({ field: 'nazorgMaanden' })] }),
      );
    }
  });
});
