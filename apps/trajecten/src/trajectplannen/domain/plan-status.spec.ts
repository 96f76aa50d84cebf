import { PLAN_INHOUD } from './plan-inhoud.fixture';
import { PLAN_OVERGANGEN, volgendePlanStatus } from './plan-status';

describe('plan status', () => {
  it('concept → actief → afgerond, or stopped; an ended plan has no steps', () => {
    expect(volgendePlanStatus({ ...PLAN_INHOUD, status: 'concept' }, 'vaststellen')).toBe('actief');
    expect(volgendePlanStatus({ ...PLAN_INHOUD, status: 'actief' }, 'stoppen')).toBe('gestopt');
    expect(PLAN_OVERGANGEN.afgerond).toEqual([]);
    expect(PLAN_OVERGANGEN.gestopt).toEqual([]);
    expect(() => volgendePlanStatus({ ...PLAN_INHOUD, status: 'concept' }, 'afronden')).toThrow(
      expect.objectContaining({
        code: 'trajectplan.overgang-niet-toegestaan',
        details: expect.objectContaining({ toegestaan: ['vaststellen', 'stoppen'] }),
      }),
    );
  });

  it('completing needs every goal decided', () => {
    const doelen = [{ ...PLAN_INHOUD.doelen[0], status: 'niet-behaald' as const }];
    expect(volgendePlanStatus({ ...PLAN_INHOUD, doelen, status: 'actief' }, 'afronden')).toBe('afgerond');
    expect(() => volgendePlanStatus({ ...PLAN_INHOUD, status: 'actief' }, 'afronden')).toThrow(
      expect.objectContaining({ code: 'trajectplan.ongeldig' }),
    );
  });
});
