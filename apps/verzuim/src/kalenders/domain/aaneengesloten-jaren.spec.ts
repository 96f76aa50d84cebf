import { aaneengeslotenJaren } from './aaneengesloten-jaren';
import { SchooljaarKalender } from './schooljaar-kalender';

const jaar = (schooljaar: string, extra: Partial<SchooljaarKalender> = {}): SchooljaarKalender => ({
  id: `school:99ZZ:${schooljaar}:v1`,
  schooljaar,
  bron: { soort: 'school', brin: '99ZZ' },
  vakanties: [],
  ...extra,
});

describe('aaneengeslotenJaren', () => {
  it('keeps consecutive schooljaren and drops an older year behind a gap', () => {
    const uit = aaneengeslotenJaren([jaar('2022-2023'), jaar('2024-2025'), jaar('2025-2026')]);
    expect(uit.map((k) => k.schooljaar)).toEqual(['2024-2025', '2025-2026']);
  });

  it('stops at a calendar known only in part', () => {
    const uit = aaneengeslotenJaren([jaar('2024-2025', { geldigTot: '2025-03-01' }), jaar('2025-2026')]);
    expect(uit.map((k) => k.schooljaar)).toEqual(['2025-2026']);
  });

  it('is empty without calendars', () => {
    expect(aaneengeslotenJaren([])).toEqual([]);
  });
});
