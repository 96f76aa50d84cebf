import { BSN_MELDINGEN, bsnSchema, isValidBsn, normaliseBsn } from './bsn';
import { elfproefSom } from './elfproef';

describe('BSN', () => {
  it('accepts numbers that pass the 11-proef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('229854382')).toBe(true); // example (test) BSN from the OSO dossier samples
  });

  it('rejects a wrong check digit', () => {
    expect(isValidBsn('123456781')).toBe(false);
    expect(isValidBsn('111222334')).toBe(false);
  });

  it('rejects a weighted sum of 0 or below (sum > 0 rule)', () => {
    expect(elfproefSom('000000012')).toBe(0);
    expect(isValidBsn('000000012')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(elfproefSom('000000001')).toBe(-1);
  });

  it('gives an 8-digit value a leading zero', () => {
    expect(normaliseBsn('12345672')).toBe('012345672');
    expect(isValidBsn('012345672')).toBe(true);
  });

  it('accepts whitespace and dots as separators', () => {
    expect(normaliseBsn(' 1234.56.782 ')).toBe('123456782');
    expect(normaliseBsn('123 456 782')).toBe('123456782');
  });

  it('rejects other shapes', () => {
    for (const input of ['', '1234567', '1234567820', '12345678a', '123-456-782', '+23456782']) {
      expect(normaliseBsn(input)).toBeUndefined();
    }
  });

  describe('bsnSchema', () => {
    it('parses to the 9-digit form', () => {
      expect(bsnSchema.parse('12345672')).toBe('012345672');
      expect(bsnSchema.parse('1234.56.782')).toBe('123456782');
    });

    it('names the rule that failed, once', () => {
      const shape = bsnSchema.safeParse('12345');
      expect(shape.success).toBe(false);
      expect(shape.error?.issues.map((issue) => issue.message)).toEqual([BSN_MELDINGEN.vorm]);
      const proef = bsnSchema.safeParse('123456781');
      expect(proef.error?.issues.map((issue) => issue.message)).toEqual(['BSN voldoet niet aan de 11-proef']);
    });

    it('does not echo the input in its issues', () => {
      const result = bsnSchema.safeParse('123456781');
      expect(JSON.stringify(result.error?.issues)).not.toContain('123456781');
    });
  });
});
