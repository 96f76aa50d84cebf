import { mulberry32 } from '../random/mulberry32';
import { isValidBsn } from './bsn';
import { isValidOnderwijsnummer } from './onderwijsnummer';
import { TEST_BSN_PREFIX, generateTestBsn, isTestBsn } from './test-bsn';
import { generateTestOnderwijsnummer } from './test-onderwijsnummer';

describe('test number generators', () => {
  it('generates valid BSNs in the documented test range', () => {
    const rng = mulberry32(42);
    const bsns = Array.from({ length: 2000 }, () => generateTestBsn(rng));
    for (const bsn of bsns) {
      expect(bsn).toMatch(/^999\d{6}$/);
      expect(isValidBsn(bsn)).toBe(true);
      expect(isTestBsn(bsn)).toBe(true);
    }
    expect(new Set(bsns).size).toBeGreaterThan(1950);
    expect(TEST_BSN_PREFIX).toBe('999');
  });

  it('is deterministic for a seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([generateTestBsn(a), generateTestOnderwijsnummer(a)]).toEqual([generateTestBsn(b), generateTestOnderwijsnummer(b)]);
    expect(generateTestBsn(mulberry32(1))).not.toEqual(generateTestBsn(mulberry32(2)));
  });

  it('generates valid onderwijsnummers', () => {
    const rng = mulberry32(3);
    for (let i = 0; i < 2000; i++) {
      const nummer = generateTestOnderwijsnummer(rng);
      expect(nummer).toMatch(/^10\d{7}$/);
      expect(isValidOnderwijsnummer(nummer)).toBe(true);
    }
  });

  it('isTestBsn is false outside the range', () => {
    expect(isTestBsn('123456782')).toBe(false);
    expect(isTestBsn('999999999')).toBe(false);
  });
});
