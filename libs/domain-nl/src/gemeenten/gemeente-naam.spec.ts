import { naamSleutel, zonderCbsSuffix } from './gemeente-naam';

describe('gemeente names', () => {
  it('naamSleutel ignores case, diacritics, spaces and punctuation', () => {
    expect(naamSleutel("'s-Hertogenbosch")).toBe(naamSleutel('S HERTOGENBOSCH'));
    expect(naamSleutel('Súdwest-Fryslân')).toBe('sudwestfryslan');
    expect(naamSleutel('Bergen (NH.)')).toBe(naamSleutel('BERGEN NH'));
  });

  it('zonderCbsSuffix', () => {
    expect(zonderCbsSuffix('Hengelo (O.)')).toBe('Hengelo');
    expect(zonderCbsSuffix('Bergen (NH.)')).toBe('Bergen');
    expect(zonderCbsSuffix('Groningen')).toBeUndefined();
  });
});
