import { localDateOf } from '@sluitend/domain-nl';
import { nietNaVandaag } from './datum';

describe('nietNaVandaag', () => {
  // Around midnight in Amsterdam, winter (UTC+1) and summer (UTC+2), and midday.
  const momenten = [
    '2026-01-15T22:59:59.999Z',
    '2026-01-15T23:00:00.000Z',
    '2026-07-15T21:59:59.999Z',
    '2026-07-15T22:00:00.000Z',
    '2026-03-29T12:00:00Z',
  ];

  it.each(momenten)('answers as a comparison with the Amsterdam date would, at %s', (moment) => {
    const nu = new Date(moment);
    const vandaag = localDateOf(nu);
    for (const datum of [
      '2026-01-14',
      '2026-01-15',
      '2026-01-16',
      '2026-07-15',
      '2026-07-16',
      '2026-03-29',
      '2026-03-30',
      '2009-05-12',
      '2099-01-01',
    ]) {
      expect({ datum, ok: nietNaVandaag(datum, nu) }).toEqual({ datum, ok: datum <= vandaag });
    }
  });

  it('lets the Amsterdam date through when UTC is still on the day before', () => {
    const nu = new Date('2026-01-15T23:30:00Z'); // 16 January 00:30 in Amsterdam
    expect(nietNaVandaag('2026-01-16', nu)).toBe(true);
    expect(nietNaVandaag('2026-01-17', nu)).toBe(false);
  });
});
