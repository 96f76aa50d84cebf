import { Kalender } from './kalender';
import { SchooljaarKalender } from './schooljaar-kalender';
import { TESTSCHOOL_2025_2026, TESTSCHOOL_2026_2027 } from './testschool.fixture';

describe('Kalender', () => {
  const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);
  const lesdag = (datum: string) => kalender.isLesdag[kalender.dag(datum)] === 1;
  const lesweek = (datum: string) => kalender.lesweek[kalender.dag(datum)];

  it('covers the schooljaar 1 August – 31 July', () => {
    expect(kalender.eersteDag).toBe('2025-08-01');
    expect(kalender.laatsteDag).toBe('2026-07-31');
    expect(kalender.aantalDagen).toBe(365);
  });

  it('lesdagen are Monday–Friday outside vacations, free days and public holidays', () => {
    expect(lesdag('2025-08-22')).toBe(false); // zomervakantie
    expect(lesdag('2025-08-25')).toBe(true); // first Monday
    expect(lesdag('2025-08-30')).toBe(false); // Saturday
    expect(lesdag('2025-10-20')).toBe(false); // herfstvakantie
    expect(lesdag('2026-04-03')).toBe(false); // Goede Vrijdag, a free day of this school
    expect(lesdag('2026-04-06')).toBe(false); // Tweede Paasdag (feestdagen of libs/domain-nl)
    expect(lesdag('2026-05-14')).toBe(false); // Hemelvaartsdag
    expect(lesdag('2026-05-15')).toBe(false); // free day after Hemelvaart
    expect(lesdag('2026-05-25')).toBe(false); // Tweede Pinksterdag
    expect(lesdag('2026-05-26')).toBe(true);
    expect(kalender.weekdag[kalender.dag('2025-08-25')]).toBe(1);
    expect(kalender.weekdag[kalender.dag('2025-08-31')]).toBe(7);
  });

  it('a week without lessons is no lesweek; the numbering skips it', () => {
    expect(lesweek('2025-08-18')).toBe(-1); // zomervakantie
    expect(lesweek('2025-08-25')).toBe(0);
    expect(lesweek('2025-08-31')).toBe(0); // the Sunday belongs to its week
    expect(lesweek('2025-10-17')).toBe(7);
    expect(lesweek('2025-10-22')).toBe(-1); // herfstvakantie
    expect(lesweek('2025-10-27')).toBe(8);
    expect(kalender.eersteLesdagVanLesweek[8]).toBe(kalender.dag('2025-10-27'));
  });

  it('a week with one lesdag is a lesweek', () => {
    const eenDag: SchooljaarKalender = {
      ...TESTSCHOOL_2025_2026,
      vrijeDagen: ['2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05'],
    };
    const k = Kalender.bouw([eenDag]);
    expect(k.lesweek[k.dag('2025-09-01')]).toBe(1);
    expect(k.lesweek[k.dag('2025-09-08')]).toBe(2);
  });

  it('numbers lesdagen and lesweken on across the summer of two schooljaren', () => {
    const twee = Kalender.bouw([TESTSCHOOL_2026_2027, TESTSCHOOL_2025_2026]);
    expect(twee.eersteDag).toBe('2025-08-01');
    expect(twee.laatsteDag).toBe('2027-07-31');
    const laatsteVoorZomer = twee.dag('2026-07-10');
    const eersteNaZomer = twee.dag('2026-08-24');
    expect(twee.lesdagNummer[eersteNaZomer]).toBe(twee.lesdagNummer[laatsteVoorZomer] + 1);
    expect(twee.lesweek[eersteNaZomer]).toBe(twee.lesweek[laatsteVoorZomer] + 1);
    expect(twee.kalenderIds(laatsteVoorZomer, eersteNaZomer)).toEqual([TESTSCHOOL_2025_2026.id, TESTSCHOOL_2026_2027.id]);
    expect(twee.kalenderIds(eersteNaZomer, eersteNaZomer)).toEqual([TESTSCHOOL_2026_2027.id]);
  });

  it("a vacation in one year's calendar holds in the next: the zomervakantie covers its August", () => {
    const zonderZomer = { ...TESTSCHOOL_2026_2027, vakanties: TESTSCHOOL_2026_2027.vakanties.slice(1) };
    const alleen = Kalender.bouw([zonderZomer]);
    expect(alleen.isLesdag[alleen.dag('2026-08-03')]).toBe(1); // alone, nothing says August is free
    const samen = Kalender.bouw([TESTSCHOOL_2025_2026, zonderZomer]);
    expect(samen.isLesdag[samen.dag('2026-08-03')]).toBe(0);
    expect(samen.vakantieNamen[samen.vakantie[samen.dag('2026-08-03')]]).toBe('zomervakantie');
    expect(samen.isLesdag[samen.dag('2026-08-24')]).toBe(1);
  });

  it('knows nothing outside its calendars and says so', () => {
    expect(kalender.zoekDag('2026-08-01')).toBe(-1);
    expect(() => kalender.dag('2026-08-01')).toThrow(expect.objectContaining({ code: 'KALENDER_ONBEKEND' }));
  });

  it('refuses calendars that do not join, and invalid ones by field', () => {
    const later = { ...TESTSCHOOL_2026_2027, schooljaar: '2027-2028', id: 'x', vakanties: [] };
    expect(() => Kalender.bouw([TESTSCHOOL_2025_2026, later])).toThrow(expect.objectContaining({ code: 'KALENDER_ONGELDIG', veld: 'kalenders' }));
    expect(() => Kalender.bouw([])).toThrow(expect.objectContaining({ code: 'KALENDER_ONGELDIG' }));
    const verkeerd = { ...TESTSCHOOL_2025_2026, vrijeDagen: ['2025-02-30'] };
    expect(() => Kalender.bouw([verkeerd])).toThrow(expect.objectContaining({ code: 'KALENDER_ONGELDIG', veld: 'vrijeDagen[0]' }));
  });
});
