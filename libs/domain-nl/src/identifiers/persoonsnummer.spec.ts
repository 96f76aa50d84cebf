import { normalisePersoonsnummer, parsePersoonsnummer } from './persoonsnummer';

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
});
