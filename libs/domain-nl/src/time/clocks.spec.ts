import { Clock, systemClock } from './clock';
import { FixedClock } from './fixed-clock';
import { OffsetClock } from './offset-clock';

describe('clocks', () => {
  it('systemClock reads the real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('FixedClock stands still and can be set and advanced', () => {
    const clock = new FixedClock('2026-04-01T10:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-04-01T10:00:00.000Z');
    clock.now().setTime(0); // a caller mutating the returned Date does not move the clock
    expect(clock.now().toISOString()).toBe('2026-04-01T10:00:00.000Z');
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2026-04-01T10:01:00.000Z');
    clock.set(new Date('2025-01-01T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(() => new FixedClock('gisteren')).toThrow(RangeError);
  });

  it('OffsetClock runs with its base, jumps forward, and never goes back', () => {
    const base = new FixedClock('2026-01-10T08:00:00Z');
    const clock = new OffsetClock(base);
    expect(clock.now().toISOString()).toBe('2026-01-10T08:00:00.000Z');
    clock.jumpTo(new Date('2026-04-02T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-04-02T00:00:00.000Z');
    base.advance(1000);
    expect(clock.now().toISOString()).toBe('2026-04-02T00:00:01.000Z');
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe('2026-04-03T00:00:01.000Z');
    expect(() => clock.jumpTo(new Date('2026-04-01T00:00:00Z'))).toThrow(expect.objectContaining({ code: 'KLOK_TERUG' }));
    expect(() => clock.advance(-1)).toThrow(expect.objectContaining({ code: 'KLOK_TERUG' }));
    expect(() => new OffsetClock(base, -5)).toThrow(expect.objectContaining({ code: 'KLOK_TERUG' }));
  });

  it('OffsetClock defaults to the system clock', () => {
    const clock: Clock = new OffsetClock(undefined, 86_400_000);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(86_399_000);
  });
});
