import { maskeer, vindBsns } from './bsn-scan';

describe('finding BSNs in text', () => {
  it('finds 9-digit numbers passing the 11-proef, standing alone', () => {
    expect(vindBsns('{"persoonsnummer":"111222333","x":1}')).toEqual(['111222333']);
    expect(vindBsns('bsn 123456782 in een logregel')).toEqual(['123456782']);
  });

  it('ignores numbers failing the 11-proef, longer runs and digits inside ids', () => {
    expect(vindBsns('123456789')).toEqual([]);
    expect(vindBsns('1796133268262 1111222333')).toEqual([]);
    expect(vindBsns('a111222333b x111222333 111222333z 6f1c2e4d-1112-2233-3000-000000000000')).toEqual([]);
  });

  it('masks a hit', () => {
    expect(maskeer('111222333')).toBe('11*******');
  });
});
