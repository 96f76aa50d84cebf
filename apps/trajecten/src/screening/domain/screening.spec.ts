import { LEEFDOMEINEN, VAARDIGHEDEN } from './leefdomeinen';
import { knelpunten, valideerScreening } from './screening';
import { screeningMet } from './screening.fixture';

const nu = new Date('2026-05-04T12:00:00Z');
const alle = (lijst: readonly string[], score: unknown) => Object.fromEntries(lijst.map((k) => [k, score]));

describe('screening on every life domain and the four skills', () => {
  it('nine life domains and four skills, each scored 1–5', () => {
    expect(LEEFDOMEINEN).toHaveLength(9);
    expect(VAARDIGHEDEN).toEqual(['leren', 'school', 'arbeid', 'dagbesteding']);
    const screening = valideerScreening(
      { afgenomenOp: nu, door: 'tb-1', leefdomeinen: { ...alle(LEEFDOMEINEN, 4), huisvesting: 1 }, vaardigheden: alle(VAARDIGHEDEN, 3) },
      nu,
    );
    expect(screening.leefdomeinen.huisvesting).toBe(1);
    expect(screening.vaardigheden.arbeid).toBe(3);
  });

  it('refuses a missing domain, a score outside 1–5 or not whole, and unknown keys — every one named', () => {
    const { justitie: _weg, ...zonderJustitie } = alle(LEEFDOMEINEN, 3);
    expect(() =>
      valideerScreening(
        {
          afgenomenOp: nu,
          door: 'tb-1',
          leefdomeinen: { ...zonderJustitie, werk: 0, school: 2.5, hobby: 3 },
          vaardigheden: { ...alle(VAARDIGHEDEN, 3), arbeid: 6 },
        },
        nu,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'screening.ongeldig',
        issues: [
          expect.objectContaining({ field: 'leefdomeinen.school', rule: 'score.1-5' }),
          expect.objectContaining({ field: 'leefdomeinen.werk', rule: 'score.1-5' }),
          expect.objectContaining({ field: 'leefdomeinen.justitie', rule: 'score.verplicht' }),
          expect.objectContaining({ field: 'leefdomeinen.hobby', rule: 'leefdomein.onbekend' }),
          expect.objectContaining({ field: 'vaardigheden.arbeid', rule: 'score.1-5' }),
        ],
      }),
    );
  });

  it('is taken by someone, not in the future', () => {
    expect(() =>
      valideerScreening(
        { afgenomenOp: new Date('2026-05-05T00:00:00Z'), door: ' ', leefdomeinen: alle(LEEFDOMEINEN, 3), vaardigheden: alle(VAARDIGHEDEN, 3) },
        nu,
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ field: 'door' }), expect.objectContaining({ field: 'afgenomenOp', rule: 'afgenomenOp.toekomst' })],
      }),
    );
  });

  it('knelpunten: the domains scored 2 or lower', () => {
    expect(knelpunten(screeningMet('2026-05-01', 4, { huisvesting: 2, 'inkomen-schulden': 1, werk: 3 }))).toEqual([
      'inkomen-schulden',
      'huisvesting',
    ]);
    expect(knelpunten(screeningMet('2026-05-01', 4, { werk: 3 }), 3)).toEqual(['werk']);
  });
});
