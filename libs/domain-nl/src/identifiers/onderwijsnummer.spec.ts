import { isValidBsn } from './bsn';
import { ONDERWIJSNUMMER_MELDINGEN, isValidOnderwijsnummer, normaliseOnderwijsnummer, onderwijsnummerSchema } from './onderwijsnummer';

describe('onderwijsnummer', () => {
  it('accepts 10xxxxxxx with 11-proef remainder 5', () => {
    expect(isValidOnderwijsnummer('101234564')).toBe(true);
    expect(normaliseOnderwijsnummer(' 1012.34.564 ')).toBe('101234564');
  });

  it('is never also a BSN', () => {
    expect(isValidBsn('101234564')).toBe(false);
  });

  it('rejects a wrong remainder, a wrong prefix and a BSN', () => {
    expect(isValidOnderwijsnummer('101234565')).toBe(false);
    expect(isValidOnderwijsnummer('111222333')).toBe(false);
    expect(isValidOnderwijsnummer('100000010')).toBe(false); // a valid BSN starting with 10
    expect(isValidOnderwijsnummer('01234564')).toBe(false);
  });

  it('schema messages name the rule', () => {
    expect(onderwijsnummerSchema.safeParse('201234564').error?.issues[0].message).toBe(ONDERWIJSNUMMER_MELDINGEN.vorm);
    expect(onderwijsnummerSchema.safeParse('101234565').error?.issues[0].message).toBe(ONDERWIJSNUMMER_MELDINGEN.elfproef);
    expect(onderwijsnummerSchema.parse('101234564')).toBe('101234564');
  });
});
