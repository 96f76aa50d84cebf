import { addDays } from '@sluitend/domain-nl';
import { laatsteGeboortedatumMeerderjarig, minderjarigOp, routingContext } from './routing-context';

describe('routing context', () => {
  const herkomst = { woongemeente: 'GM0014', rmcRegio: 'MC03', brin: '00AH', vestiging: '00AH00', geboortedatum: '2009-05-12' };

  it('names woongemeente, RMC-regio, school and whether the student is under 18 on the peildatum', () => {
    expect(routingContext('2026-2027', herkomst, '2027-05-11')).toEqual({
      schooljaar: '2026-2027',
      woongemeente: 'GM0014',
      rmcRegio: 'MC03',
      brin: '00AH',
      vestiging: '00AH00',
      minderjarig: true,
    });
    expect(routingContext('2026-2027', herkomst, '2027-05-12').minderjarig).toBe(false);
  });

  it('carries only the schooljaar without a dossier, and leaves out what is unknown', () => {
    expect(routingContext('2026-2027', undefined, '2027-05-11')).toEqual({ schooljaar: '2026-2027' });
    expect(routingContext('2026-2027', { ...herkomst, rmcRegio: null, geboortedatum: null }, '2027-05-11')).toEqual({
      schooljaar: '2026-2027',
      woongemeente: 'GM0014',
      brin: '00AH',
      vestiging: '00AH00',
    });
    expect(minderjarigOp(undefined, '2027-05-11')).toEqual({});
  });

  it('takes the woongemeente the mbo gave over the dossier woongemeente, with its RMC-regio; without a dossier it is all there is', () => {
    // GM0363 Amsterdam lies in RMC-regio MC21 (Agglomeratie Amsterdam).
    expect(routingContext('2026-2027', herkomst, '2027-05-11', 'GM0363')).toEqual({
      schooljaar: '2026-2027',
      woongemeente: 'GM0363',
      rmcRegio: 'MC21',
      brin: '00AH',
      vestiging: '00AH00',
      minderjarig: true,
    });
    expect(routingContext('2026-2027', undefined, '2027-05-11', 'GM0363')).toEqual({
      schooljaar: '2026-2027',
      woongemeente: 'GM0363',
      rmcRegio: 'MC21',
    });
    expect(routingContext('2026-2027', herkomst, '2027-05-11', null).woongemeente).toBe('GM0014');
  });

  it('puts the line between minderjarig and 18 where minderjarigOp does, 29 February included (the date SQL compares with)', () => {
    expect(laatsteGeboortedatumMeerderjarig('2027-04-02')).toBe('2009-04-02');
    expect(laatsteGeboortedatumMeerderjarig('2026-02-28')).toBe('2008-02-28');
    // Born 29 February 2008: 18 on 1 March 2026 (domain-nl's verjaardag), so still minderjarig on 28 February.
    expect(laatsteGeboortedatumMeerderjarig('2026-03-01')).toBe('2008-03-01');
    for (const peildatum of ['2026-02-28', '2026-03-01', '2027-04-02', '2028-02-28', '2028-02-29', '2028-03-01', '2026-12-31', '2027-01-01']) {
      const grens = laatsteGeboortedatumMeerderjarig(peildatum);
      const geboortedata = [
        ...Array.from({ length: 9 }, (_, dag) => addDays(grens, dag - 4)),
        '2008-02-29',
        '2010-02-28',
        '2010-03-01',
        '2009-02-28',
      ];
      for (const geboortedatum of geboortedata) {
        expect({ peildatum, geboortedatum, minderjarig: geboortedatum > grens }).toEqual({
          peildatum,
          geboortedatum,
          minderjarig: minderjarigOp(geboortedatum, peildatum).minderjarig,
        });
      }
    }
  });
});
