import {
  PERSOONSNUMMER_MELDING,
  normalisePersoonsnummer,
  parsePersoonsnummer,
  persoonsnummerSchema,
} from './persoonsnummer';

describe('persoonsnummer', () => {
  it('classifies a BSN and an onderwijsnummer', () => {
    expect(parsePersoonsnummer('12345672')).toEqual({ soort: 'bsn', nummer: '012345672' });
    expect(parsePersoonsnummer('101234564')).toEqual({ soort: 'onderwijsnummer', nummer: '101234564' });
    expect(parsePersoonsnummer('100000010')).toEqual({ soort: 'bsn', nummer: '100000010' });
    expect(parsePersoonsnummer('123456781')).toBeUndefined();
  });

  it('normalises either', () => {
    expect(normalisePersoonsnummer('1234.56.782')).toBe('123456782');
    expect(normalisePersoonsnummer('abc')).toBeUndefined();
  });

  it('schema parses either and explains both rules', () => {
    expect(persoonsnummerSchema.parse('12345672')).toBe('012345672');
    expect(persoonsnummerSchema.parse('101234564')).toBe('101234564');
    expect(persoonsnummerSchema.safeParse('123456781').error?.issues.map((issue) => issue.message)).toEqual([
      PERSOONSNUMMER_MELDING,
    ]);
  });
});
