import { isMinstens, leeftijdOp, verjaardag } from './leeftijd';

describe('leeftijdOp', () => {
  it('counts a birthday from the day itself', () => {
    expect(leeftijdOp('2010-05-10', '2026-05-09')).toBe(15);
    expect(leeftijdOp('2010-05-10', '2026-05-10')).toBe(16);
    expect(leeftijdOp('2010-05-10', '2010-05-10')).toBe(0);
    expect(leeftijdOp('2010-12-31', '2011-12-30')).toBe(0);
    expect(leeftijdOp('2010-12-31', '2011-12-31')).toBe(1);
  });

  it('born on 29 February: a year older on 1 March in a non-leap year', () => {
    expect(verjaardag('2008-02-29', 18)).toBe('2026-03-01');
    expect(verjaardag('2008-02-29', 16)).toBe('2024-02-29');
    expect(leeftijdOp('2008-02-29', '2026-02-28')).toBe(17);
    expect(leeftijdOp('2008-02-29', '2026-03-01')).toBe(18);
    expect(leeftijdOp('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('refuses a peildatum before birth and invalid dates', () => {
    expect(() => leeftijdOp('2010-05-10', '2010-05-09')).toThrow(expect.objectContaining({ code: 'PEILDATUM_VOOR_GEBOORTE' }));
    expect(() => leeftijdOp('2010-02-30', '2020-01-01')).toThrow(expect.objectContaining({ code: 'ONGELDIGE_DATUM' }));
  });

  it('isMinstens', () => {
    expect(isMinstens('2008-06-01', '2026-06-01', 18)).toBe(true);
    expect(isMinstens('2008-06-01', '2026-05-31', 18)).toBe(false);
  });
});
