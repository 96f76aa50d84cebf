import { laatsteTeldatumOnder23, valtOnderRmc } from './rmc';

describe('valtOnderRmc', () => {
  it('until the 23rd birthday, without startkwalificatie', () => {
    expect(valtOnderRmc('2003-05-10', '2026-05-09', false)).toBe(true);
    expect(valtOnderRmc('2003-05-10', '2026-05-10', false)).toBe(false); // 23rd birthday
    expect(valtOnderRmc('2003-05-10', '2026-05-09', true)).toBe(false);
    expect(valtOnderRmc('2009-05-10', '2026-05-09', false)).toBe(true); // overlaps kwalificatieplicht
  });

  it('is false before birth', () => {
    expect(valtOnderRmc('2003-05-10', '2003-05-09', false)).toBe(false);
  });
});

describe('laatsteTeldatumOnder23', () => {
  it('a 23rd birthday after 1 October: that year’s teldatum is the last under 23', () => {
    expect(laatsteTeldatumOnder23('2002-10-02')).toBe('2025-10-01');
    expect(valtOnderRmc('2002-10-02', '2025-10-01', false)).toBe(true);
  });

  it('a 23rd birthday on or before 1 October: the teldatum of the year before', () => {
    expect(laatsteTeldatumOnder23('2002-10-01')).toBe('2024-10-01');
    expect(laatsteTeldatumOnder23('2004-02-29')).toBe('2026-10-01');
    expect(laatsteTeldatumOnder23('2003-01-15')).toBe('2025-10-01');
  });
});
