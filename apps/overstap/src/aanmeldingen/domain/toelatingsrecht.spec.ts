import { aangemeldOpBuitenGrens, terugdaterenMaxDagen } from './toelatingsrecht';

describe('the bound on backdating aangemeldOp', () => {
  const nu = new Date('2027-04-10T12:00:00Z');
  const dagen = (n: number) => new Date(nu.getTime() - n * 24 * 60 * 60 * 1000);

  it('takes now and up to the allowed days back, refuses the future and further back', () => {
    expect(aangemeldOpBuitenGrens(nu, nu, 7)).toBeUndefined();
    expect(aangemeldOpBuitenGrens(dagen(7), nu, 7)).toBeUndefined();
    expect(aangemeldOpBuitenGrens(new Date(dagen(7).getTime() - 1), nu, 7)).toBe('te-ver-terug');
    expect(aangemeldOpBuitenGrens(dagen(60), nu, 7)).toBe('te-ver-terug');
    expect(aangemeldOpBuitenGrens(new Date(nu.getTime() + 1), nu, 7)).toBe('toekomst');
  });

  it('defaults to 7 days, no bound in demo mode, the setting when given', () => {
    expect(terugdaterenMaxDagen({ DEMO_MODE: false })).toBe(7);
    expect(terugdaterenMaxDagen({ DEMO_MODE: true })).toBe(Number.POSITIVE_INFINITY);
    expect(aangemeldOpBuitenGrens(dagen(5000), nu, terugdaterenMaxDagen({ DEMO_MODE: true }))).toBeUndefined();
    expect(terugdaterenMaxDagen({ DEMO_MODE: true, AANMELDING_TERUGDATEREN_MAX_DAGEN: 3 })).toBe(3);
  });
});
