import { valtOnderRmc } from './rmc';

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
