import { BRIN_MELDING, isValidBrin, normaliseBrin } from './brin';
import { isValidCrebo } from './crebo';
import { brinVanVestiging, isValidVestiging } from './vestiging';

describe('BRIN', () => {
  it('is 2 digits + 2 letters, upper-cased', () => {
    expect(isValidBrin('05KO')).toBe(true);
    expect(normaliseBrin(' 05ko ')).toBe('05KO');
    for (const input of ['5KO', '05K0', '05KOO', 'AB12', '05 KO']) expect(isValidBrin(input)).toBe(false);
  });

  it('schema', () => {
    expect(BRIN_MELDING).toBe('BRIN moet 2 cijfers + 2 letters zijn, bijv. 05KO');
  });
});

describe('vestiging', () => {
  it('is BRIN + 2 digits', () => {
    expect(isValidVestiging('07NU00')).toBe(true);
    expect(isValidVestiging('07NU0')).toBe(false);
    expect(isValidVestiging('07NUAA')).toBe(false);
    expect(brinVanVestiging('07nu01')).toBe('07NU');
    expect(brinVanVestiging('07NU')).toBeUndefined();
  });
});

describe('crebo', () => {
  it('is 5 digits', () => {
    expect(isValidCrebo('25168')).toBe(true);
    expect(isValidCrebo('2516')).toBe(false);
    expect(isValidCrebo('251680')).toBe(false);
  });
});
