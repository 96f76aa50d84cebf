import { screeningMet } from '../../screening/domain/screening.fixture';
import { triageVoorstel } from './triage';

describe('triage proposal (simple / complex)', () => {
  it('complex with problems on two or more life domains', () => {
    expect(triageVoorstel(screeningMet('2026-05-01', 4, { huisvesting: 1, 'inkomen-schulden': 2 }))).toEqual({
      triage: 'complex',
      reden: 'meerdere-leefdomeinen',
      knelpunten: ['inkomen-schulden', 'huisvesting'],
    });
  });

  it('simple with one problem domain or none', () => {
    expect(triageVoorstel(screeningMet('2026-05-01', 4, { school: 2 })).triage).toBe('eenvoudig');
    expect(triageVoorstel(screeningMet('2026-05-01', 3)).knelpunten).toEqual([]);
  });

  it("the region's thresholds; without a screening the meeting decides", () => {
    const s = screeningMet('2026-05-01', 4, { school: 3, werk: 3 });
    expect(triageVoorstel(s, { knelpuntDrempel: 3, complexVanafKnelpunten: 2 }).triage).toBe('complex');
    expect(triageVoorstel(undefined)).toEqual({ triage: null, reden: 'geen-screening', knelpunten: [] });
    expect(() => triageVoorstel(s, { knelpuntDrempel: 5, complexVanafKnelpunten: 0 })).toThrow(
      expect.objectContaining({ code: 'netwerkoverleg.instellingen-ongeldig', issues: [expect.anything(), expect.anything()] }),
    );
  });
});
