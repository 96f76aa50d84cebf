import { isValidGemeentecode, normaliseGemeentecode } from './gemeentecode';
import { isMboNiveau } from './mbo-niveau';
import { isValidRmcRegioCode, rmcRegioCode, rmcRegioNummer } from './rmc-regio-code';

describe('gemeentecode', () => {
  it('is GM + 4 digits', () => {
    expect(isValidGemeentecode('GM0363')).toBe(true);
    expect(isValidGemeentecode('GM363')).toBe(false);
    expect(isValidGemeentecode('0363')).toBe(false);
  });

  it('normalises DUO numbers and lower case', () => {
    expect(normaliseGemeentecode(363)).toBe('GM0363');
    expect(normaliseGemeentecode('14')).toBe('GM0014');
    expect(normaliseGemeentecode('gm0014')).toBe('GM0014');
    expect(normaliseGemeentecode('GM14')).toBeUndefined();
    expect(normaliseGemeentecode('12345')).toBeUndefined();
  });
});

describe('RMC-regio code', () => {
  it('converts between number and MC code', () => {
    expect(rmcRegioCode(3)).toBe('MC03');
    expect(rmcRegioCode(41)).toBe('MC41');
    expect(rmcRegioNummer('MC03')).toBe(3);
    expect(rmcRegioNummer('mc40')).toBe(40);
    expect(() => rmcRegioCode(0)).toThrow(RangeError);
    expect(() => rmcRegioCode(42)).toThrow(RangeError);
  });

  it('accepts MC01..MC41 only', () => {
    expect(isValidRmcRegioCode('MC00')).toBe(false);
    expect(isValidRmcRegioCode('MC42')).toBe(false);
    expect(isValidRmcRegioCode('MC3')).toBe(false);
  });
});

describe('mbo niveau', () => {
  it('is 1 to 4', () => {
    expect([0, 1, 2, 3, 4, 5, 2.5, '2'].map(isMboNiveau)).toEqual([false, true, true, true, true, false, false, false]);
  });
});
