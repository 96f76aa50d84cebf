import { buildGemeentenRegister } from './gemeenten-register';

const HEADER = 'gemeentecode,gemeentenaam,provincie,rmc_regio_code,rmc_regio_naam,bron\n';

describe('buildGemeentenRegister', () => {
  it('builds indexes from the CSV', () => {
    const register = buildGemeentenRegister(
      `${HEADER}GM0001,Alfa,P,MC02,Twee,T\nGM0002,Beta (X.),P,MC01,Een,T\nGM0003,Gamma,P,,Zonder,T;U\n`,
      'alias,gemeentecode,toelichting\nAlpha,GM0001,test\n',
    );
    expect(register.gemeenten.map((g) => g.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect([...register.regios.keys()]).toEqual(['MC01', 'MC02']);
    expect(register.byCode.get('GM0003')?.rmcRegio).toBeUndefined();
    expect(register.byNaam.get('alpha')?.code).toBe('GM0001');
    expect(register.bySuffixloosNaam.get('beta')?.map((g) => g.code)).toEqual(['GM0002']);
    expect(Object.isFrozen(register.byCode.get('GM0001'))).toBe(true);
  });

  it.each([
    ['a bad gemeentecode', `${HEADER}G0001,A,P,MC01,R,T\n`, /ongeldige gemeentecode/],
    ['a duplicate code', `${HEADER}GM0001,A,P,MC01,R,T\nGM0001,B,P,MC01,R,T\n`, /twee keer/],
    ['a bad region code', `${HEADER}GM0001,A,P,MC00,R,T\n`, /ongeldige RMC-regiocode/],
    ['a region with two names', `${HEADER}GM0001,A,P,MC01,R,T\nGM0002,B,P,MC01,S,T\n`, /twee namen/],
    ['a duplicate name', `${HEADER}GM0001,A,P,MC01,R,T\nGM0002,a,P,MC01,R,T\n`, /twee gemeenten/],
    ['an empty name', `${HEADER}GM0001,,P,MC01,R,T\n`, /lege naam/],
  ])('rejects %s', (_, csv, melding) => {
    expect(() => buildGemeentenRegister(csv)).toThrow(melding);
  });

  it('rejects an alias to an unknown gemeente', () => {
    expect(() => buildGemeentenRegister(`${HEADER}GM0001,A,P,MC01,R,T\n`, 'alias,gemeentecode,toelichting\nB,GM0002,x\n')).toThrow(
      /onbekende GM0002/,
    );
  });
});
