import { eerstePaasdag, feestdagen, isWerkdag, werkdagenNa } from './werkdagen';

describe('werkdagen', () => {
  it('computes Easter Sunday', () => {
    expect(eerstePaasdag(2026)).toBe('2026-04-05');
    expect(eerstePaasdag(2027)).toBe('2027-03-28');
    expect(eerstePaasdag(2030)).toBe('2030-04-21');
  });

  it('lists the national holidays, Koningsdag moved off a Sunday and Bevrijdingsdag only in lustrum years', () => {
    expect(feestdagen(2027)).toEqual([
      '2027-01-01',
      '2027-03-28',
      '2027-03-29',
      '2027-04-27',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
    expect(feestdagen(2025)).toContain('2025-04-26');
    expect(feestdagen(2025)).toContain('2025-05-05');
    expect(feestdagen(2026)).not.toContain('2026-05-05');
  });

  it('knows weekends and holidays are no working days', () => {
    expect(isWerkdag('2027-04-02')).toBe(true);
    expect(isWerkdag('2027-04-03')).toBe(false);
    expect(isWerkdag('2027-03-29')).toBe(false);
  });

  it('adds working days at the same Amsterdam wall-clock time', () => {
    // Friday 2 April 2027 10:00 CEST + 5 working days = Friday 9 April 10:00 CEST.
    expect(werkdagenNa(new Date('2027-04-02T08:00:00Z'), 5).toISOString()).toBe('2027-04-09T08:00:00.000Z');
    // Thursday 25 March 2027 + 5: Easter Monday 29 March is skipped → Friday 2 April; crosses the DST change.
    expect(werkdagenNa(new Date('2027-03-25T09:00:00Z'), 5).toISOString()).toBe('2027-04-02T08:00:00.000Z');
    // Raised on Saturday: counting starts Monday.
    expect(werkdagenNa(new Date('2027-04-03T12:00:00Z'), 1).toISOString()).toBe('2027-04-05T12:00:00.000Z');
  });
});
