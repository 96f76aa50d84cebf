import { achterstalligeActies, planInhoudMeldingen } from './plan-inhoud';
import { PLAN_INHOUD } from './plan-inhoud.fixture';
import { Ondersteuning } from './trajectplan';

describe("a plan's content", () => {
  it('a complete plan is valid as concept and as active plan', () => {
    expect(planInhoudMeldingen(PLAN_INHOUD, 'concept')).toEqual([]);
    expect(planInhoudMeldingen(PLAN_INHOUD, 'actief')).toEqual([]);
  });

  it('support has a known legal frame (seed 002) and a period that runs forward', () => {
    const ondersteuning = [
      { ...PLAN_INHOUD.ondersteuning[0], kader: 'bijstand', vanaf: '2026-09-01', tot: '2026-08-31' },
    ] as unknown as Ondersteuning[];
    expect(planInhoudMeldingen({ ...PLAN_INHOUD, ondersteuning }, 'concept')).toEqual([
      expect.objectContaining({ field: 'ondersteuning[0].kader', rule: 'kader.onbekend' }),
      expect.objectContaining({ field: 'ondersteuning[0].tot', rule: 'periode.volgorde' }),
    ]);
  });

  it('a goal needs a description; a concept may still be empty', () => {
    expect(planInhoudMeldingen({ ...PLAN_INHOUD, doelen: [{ ...PLAN_INHOUD.doelen[0], omschrijving: ' ' }] }, 'concept')).toEqual([
      expect.objectContaining({ field: 'doelen[0].omschrijving', rule: 'omschrijving.verplicht' }),
    ]);
    expect(planInhoudMeldingen({ doelen: [], acties: [], ondersteuning: [] }, 'concept')).toEqual([]);
  });

  it('overdue: open actions whose due date has passed', () => {
    expect(achterstalligeActies(PLAN_INHOUD, '2026-05-15')).toEqual([]);
    expect(achterstalligeActies(PLAN_INHOUD, '2026-05-16').map((a) => a.id)).toEqual(['a1']);
    expect(achterstalligeActies({ ...PLAN_INHOUD, acties: [{ ...PLAN_INHOUD.acties[0], status: 'gedaan' }] }, '2026-07-01')).toEqual([]);
  });
});
