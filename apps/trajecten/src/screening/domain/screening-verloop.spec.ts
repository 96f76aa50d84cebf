import { screeningVerloop, verandering } from './screening-verloop';
import { screeningMet } from './screening.fixture';

describe('what a score history says', () => {
  const intake = screeningMet('2026-02-01T10:00:00Z', 3, { huisvesting: 1, 'inkomen-schulden': 2, werk: 2 }, { arbeid: 2 });
  const tussen = screeningMet('2026-05-01T10:00:00Z', 3, { huisvesting: 3, 'inkomen-schulden': 2, werk: 2 }, { arbeid: 3 });
  const nu = screeningMet('2026-08-01T10:00:00Z', 3, { huisvesting: 4, 'inkomen-schulden': 3, werk: 1 }, { arbeid: 4 });

  it('per domain the change, which improved and which worsened, and the problem domains before and after', () => {
    const v = verandering(intake, tussen);
    expect(v.leefdomeinen.huisvesting).toBe(2);
    expect(v.verbeterd).toEqual(['huisvesting']);
    expect(v.verslechterd).toEqual([]);
    expect(v.vaardigheden.arbeid).toBe(1);
    expect([v.knelpuntenVan, v.knelpuntenNaar]).toEqual([3, 2]);
  });

  it('since the first and the latest step, whatever order the history comes in', () => {
    const verloop = screeningVerloop([nu, intake, tussen])!;
    expect(verloop.sindsEerste.verbeterd).toEqual(['inkomen-schulden', 'huisvesting']);
    expect(verloop.sindsEerste.verslechterd).toEqual(['werk']);
    expect(verloop.laatsteStap.van).toEqual(tussen.afgenomenOp);
    expect(verloop.laatsteStap.leefdomeinen.werk).toBe(-1);
    expect(screeningVerloop([intake])).toBeUndefined();
  });
});
