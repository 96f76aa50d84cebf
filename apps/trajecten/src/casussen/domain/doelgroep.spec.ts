import { controleerEindleeftijd, einddatumDoelgroep, inDoelgroep } from './doelgroep';

describe("target group (< 23 without startkwalificatie, or the region's eindleeftijd up to 27)", () => {
  it('in the group the day before the 23rd birthday, out on it', () => {
    expect(inDoelgroep({ geboortedatum: '2003-06-15' }, '2026-06-14')).toBe(true);
    expect(inDoelgroep({ geboortedatum: '2003-06-15' }, '2026-06-15')).toBe(false);
    expect(einddatumDoelgroep('2003-06-15')).toBe('2026-06-15');
  });

  it('not with a startkwalificatie; an unknown date of birth excludes no one', () => {
    expect(inDoelgroep({ geboortedatum: '2008-01-01', heeftStartkwalificatie: true }, '2026-06-14')).toBe(false);
    expect(inDoelgroep({}, '2026-06-14')).toBe(true);
    expect(inDoelgroep({ heeftStartkwalificatie: true }, '2026-06-14')).toBe(false);
  });

  it('a region that follows its young people to 27', () => {
    expect(inDoelgroep({ geboortedatum: '2003-06-15' }, '2026-06-15', 27)).toBe(true);
    expect(inDoelgroep({ geboortedatum: '2003-06-15' }, '2030-06-15', 27)).toBe(false);
    expect(einddatumDoelgroep('2003-06-15', 27)).toBe('2030-06-15');
  });

  it('the eindleeftijd is 23 to 27', () => {
    expect(controleerEindleeftijd(25)).toBe(25);
    for (const leeftijd of [22, 28, 23.5]) {
      expect(() => controleerEindleeftijd(leeftijd)).toThrow(expect.objectContaining({ code: 'casus.eindleeftijd-ongeldig' }));
    }
  });
});
