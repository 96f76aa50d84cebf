import { OnthullingsBeleid, STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { BESTEMMINGSCATEGORIEEN } from './bestemmingscategorie';
import { cohort, mbo, naar } from './cohort.fixture';
import { publiceerTabellenboek, tabellenboek } from './tabellenboek';
import { bestemmingTrend, kerncijfersTrend } from './tabellenboek-trend';

const rij = (code: string) => BESTEMMINGSCATEGORIEEN.findIndex((c) => c.code === code);

const feiten = cohort([
  // 2022-2023: 40 students, 30 to mbo-2 (chosen on time), 10 to havo.
  { aantal: 30, april: mbo(2), opTijd: true, einde: mbo(2), oktober: { soort: 'mbo', niveau: 2 }, schooljaar: '2022-2023' },
  { aantal: 10, april: naar('havo'), einde: naar('havo'), oktober: { soort: 'havo' }, schooljaar: '2022-2023' },
  // 2023-2024: 50 students, 35 to mbo-2 (25 on time), 12 to havo, 3 nothing known.
  { aantal: 25, april: mbo(2), opTijd: true, einde: mbo(2), oktober: { soort: 'mbo', niveau: 2 }, schooljaar: '2023-2024' },
  { aantal: 10, april: mbo(2), opTijd: false, einde: mbo(2), oktober: { soort: 'mbo', niveau: 2 }, schooljaar: '2023-2024' },
  { aantal: 12, april: naar('havo'), einde: naar('havo'), oktober: { soort: 'havo' }, schooljaar: '2023-2024' },
  { aantal: 3, april: mbo(3), opTijd: true, einde: mbo(3), oktober: null, schooljaar: '2023-2024' },
]);

const jaar = (schooljaar: string, beleid: OnthullingsBeleid | null = STANDAARD_BELEID) =>
  publiceerTabellenboek(tabellenboek(feiten, { schooljaar, brin: '07NU', vestiging: '07NU00' }), beleid);

describe('trends across years', () => {
  it('the actual destination per year, oldest first, as counts and as a share of the year', () => {
    const aantallen = bestemmingTrend([jaar('2023-2024', null), jaar('2022-2023', null)], 'aantal');
    expect(aantallen.as.codes).toEqual(['2022-2023', '2023-2024']);
    expect(aantallen.reeksen[rij('mbo-2')].waarden).toEqual([30, 35]);
    expect(aantallen.reeksen[rij('havo')].waarden).toEqual([10, 12]);
    const pct = bestemmingTrend([jaar('2022-2023', null), jaar('2023-2024', null)], 'percentage');
    expect(pct.reeksen[rij('mbo-2')].waarden).toEqual([75, 70]); // 30/40, 35/50
    expect(pct.reeksen[rij('onbekend')].waarden).toEqual([0, 6]); // 0/40, 3/50
  });

  it('what a year hides stays hidden in the trend', () => {
    const pct = bestemmingTrend([jaar('2022-2023'), jaar('2023-2024')], 'percentage');
    expect(pct.reeksen[rij('onbekend')].waarden[1]).toBeNull();
    expect(pct.reeksen[rij('onbekend')].onderdrukt).toEqual([false, true]);
    expect(pct.drempel).toBe(5);
  });

  it('kerncijfers: on-time aanmelding and realised choices per year', () => {
    const kern = kerncijfersTrend([jaar('2022-2023', null), jaar('2023-2024', null)]);
    expect(kern.reeksen[0].waarden).toEqual([100, 73.7]); // 30/30; 28/38
    expect(kern.reeksen[1].waarden).toEqual([100, 94]); // 40/40; 47/50
  });

  it('one school, each year once, one threshold', () => {
    const ander = publiceerTabellenboek(tabellenboek(feiten, { schooljaar: '2022-2023', brin: '07NU' }), null);
    expect(() => bestemmingTrend([jaar('2022-2023', null), ander], 'aantal')).toThrow(
      expect.objectContaining({ code: 'tabellenboek.ongeldige-selectie' }),
    );
    expect(() => bestemmingTrend([jaar('2022-2023', null), jaar('2022-2023', null)], 'aantal')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'jaren.uniek' })] }),
    );
    expect(() => kerncijfersTrend([jaar('2022-2023', null), jaar('2023-2024')])).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'jaren.zelfde-drempel' })] }),
    );
    expect(() => kerncijfersTrend([])).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ rule: 'jaren.niet-leeg' })] }));
  });
});
