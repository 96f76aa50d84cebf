import { minderjarigOp, routingContext } from './routing-context';

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
});
