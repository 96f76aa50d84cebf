import { isValidPostcode, normalisePostcode } from './postcode';

describe('postcode', () => {
  it('normalises to "1234 AB"', () => {
    expect(normalisePostcode('1234AB')).toBe('1234 AB');
    expect(normalisePostcode(' 1234 ab ')).toBe('1234 AB');
    expect(normalisePostcode('9711 LM')).toBe('9711 LM');
  });

  it('rejects a leading 0 and wrong shapes', () => {
    for (const input of ['0123 AB', '123 AB', '12345 AB', '1234 A', '1234  AB', '1234-AB', '1234 A1']) {
      expect(isValidPostcode(input)).toBe(false);
    }
  });

  it('rejects the unused letter pairs SA, SD and SS', () => {
    for (const letters of ['SA', 'SD', 'SS']) expect(isValidPostcode(`1234 ${letters}`)).toBe(false);
    expect(isValidPostcode('1234 SB')).toBe(true);
  });
});
