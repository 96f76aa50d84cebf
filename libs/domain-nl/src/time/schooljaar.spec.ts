import { isSchooljaar, schooljaarBounds, schooljaarOf, schooljaarOfInstant, startjaarVan, volgendSchooljaar, vorigSchooljaar } from './schooljaar';
import { intakeEisenPublicatie, teldatum, toelatingsrechtDatum, toelatingsrechtDeadline, volgendeTeldatum } from './schooljaar-kerndata';

describe('schooljaar', () => {
  it('runs 1 August to 31 July', () => {
    expect(schooljaarOf('2025-08-01')).toBe('2025-2026');
    expect(schooljaarOf('2026-07-31')).toBe('2025-2026');
    expect(schooljaarOf('2026-08-01')).toBe('2026-2027');
    expect(schooljaarOf('2025-07-31')).toBe('2024-2025');
  });

  it('of an instant uses the Amsterdam day', () => {
    expect(schooljaarOfInstant(new Date('2026-07-31T21:59:59.999Z'))).toBe('2025-2026');
    expect(schooljaarOfInstant(new Date('2026-07-31T22:00:00.000Z'))).toBe('2026-2027');
  });

  it('bounds', () => {
    const bounds = schooljaarBounds('2025-2026');
    expect(bounds.eersteDag).toBe('2025-08-01');
    expect(bounds.laatsteDag).toBe('2026-07-31');
    expect(bounds.begin.toISOString()).toBe('2025-07-31T22:00:00.000Z');
    expect(bounds.einde.toISOString()).toBe('2026-07-31T21:59:59.999Z');
  });

  it('validates and steps', () => {
    expect(isSchooljaar('2025-2026')).toBe(true);
    expect(isSchooljaar('2025-2027')).toBe(false);
    expect(isSchooljaar('2025/2026')).toBe(false);
    expect(() => startjaarVan('2025')).toThrow(expect.objectContaining({ code: 'ONGELDIG_SCHOOLJAAR' }));
    expect(volgendSchooljaar('2025-2026')).toBe('2026-2027');
    expect(vorigSchooljaar('2025-2026')).toBe('2024-2025');
  });

  it('key dates', () => {
    expect(toelatingsrechtDeadline('2025-2026').toISOString()).toBe('2026-04-01T21:59:59.999Z');
    expect(toelatingsrechtDatum('2025-2026')).toBe('2026-04-01');
    expect(intakeEisenPublicatie('2025-2026')).toBe('2026-02-01');
    expect(teldatum('2025-2026')).toBe('2025-10-01');
    expect(volgendeTeldatum('2025-2026')).toBe('2026-10-01');
    expect(volgendeTeldatum('2025-2026')).toBe(teldatum(volgendSchooljaar('2025-2026')));
  });
});
