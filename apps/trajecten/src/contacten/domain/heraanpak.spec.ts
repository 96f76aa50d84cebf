import { StatusOvergang, heraanpakTimers, moetHeraanpakVuren, rustSinds } from './heraanpak';

const t = (iso: string) => new Date(iso);
/** Declined on Thursday 15 January 2026, 10:00 in Amsterdam (CET). */
const afgewezenOp = t('2026-01-15T10:00:00+01:00');
const tot = (...overgangen: StatusOvergang[]): StatusOvergang[] => [{ naar: 'aangemeld', op: t('2026-01-05T09:00:00+01:00') }, ...overgangen];
const afgewezen = tot({ naar: 'in-contact', op: t('2026-01-12T09:00:00+01:00') }, { naar: 'afgewezen', op: afgewezenOp });

describe('re-approach after a decline or no reach', () => {
  it('at exactly 3 and 6 months, at the same Amsterdam time (summer time in between)', () => {
    expect(heraanpakTimers(afgewezen)).toEqual([
      { sleutel: `${afgewezenOp.getTime()}-1`, volgnummer: 1, rustSinds: afgewezenOp, dueAt: t('2026-04-15T10:00:00+02:00') },
      { sleutel: `${afgewezenOp.getTime()}-2`, volgnummer: 2, rustSinds: afgewezenOp, dueAt: t('2026-07-15T10:00:00+02:00') },
    ]);
  });

  it('none after the case closes, and none once contact is made again', () => {
    expect(heraanpakTimers([...afgewezen, { naar: 'afgesloten', op: t('2026-02-01T10:00:00+01:00') }])).toEqual([]);
    expect(heraanpakTimers([...afgewezen, { naar: 'in-contact', op: t('2026-04-15T11:00:00+02:00') }])).toEqual([]);
  });

  it('unreachable after declining continues the same rest: the same timers, the same keys', () => {
    const daarna = [...afgewezen, { naar: 'onbereikbaar', op: t('2026-04-15T12:00:00+02:00') } as const];
    expect(heraanpakTimers(daarna)).toEqual(heraanpakTimers(afgewezen));
    expect(rustSinds(daarna)).toEqual(afgewezenOp);
  });

  it('a new rest after contact again gets its own timers', () => {
    const opnieuw = [
      ...afgewezen,
      { naar: 'in-contact', op: t('2026-04-15T11:00:00+02:00') } as const,
      { naar: 'onbereikbaar', op: t('2026-05-01T09:30:00+02:00') } as const,
    ];
    const timers = heraanpakTimers(opnieuw);
    expect(timers.map((timer) => timer.dueAt)).toEqual([t('2026-08-01T09:30:00+02:00'), t('2026-11-01T09:30:00+01:00')]);
    expect(timers.map((timer) => timer.sleutel)).not.toContain(`${afgewezenOp.getTime()}-1`);
  });

  it("the region's own moments; a bad setting is refused with field and rule", () => {
    expect(heraanpakTimers(afgewezen, { instellingen: { heraanpakMaanden: [1, 12] } }).map((timer) => timer.dueAt)).toEqual([
      t('2026-02-15T10:00:00+01:00'),
      t('2027-01-15T10:00:00+01:00'),
    ]);
    expect(() => heraanpakTimers(afgewezen, { instellingen: { heraanpakMaanden: [6, 3] } })).toThrow(
      expect.objectContaining({
        code: 'heraanpak.instellingen-ongeldig',
        issues: [expect.objectContaining({ field: 'heraanpakMaanden[1]', rule: 'heraanpak.oplopend' })],
      }),
    );
    expect(() => heraanpakTimers(afgewezen, { instellingen: { heraanpakMaanden: [] } })).toThrow(
      expect.objectContaining({ code: 'heraanpak.instellingen-ongeldig' }),
    );
  });

  it('not on or after the 23rd birthday', () => {
    expect(heraanpakTimers(afgewezen, { geboortedatum: '2003-05-01' }).map((timer) => timer.volgnummer)).toEqual([1]);
    expect(heraanpakTimers(afgewezen, { geboortedatum: '2003-04-15' })).toEqual([]);
    expect(heraanpakTimers(afgewezen, { geboortedatum: '2003-04-15', eindleeftijd: 27 })).toHaveLength(2);
  });

  it('a claimed timer fires only while the case still rests since the same moment', () => {
    const [timer] = heraanpakTimers(afgewezen);
    expect(moetHeraanpakVuren(timer, { status: 'afgewezen', rustSinds: afgewezenOp })).toBe(true);
    expect(moetHeraanpakVuren(timer, { status: 'onbereikbaar', rustSinds: new Date(afgewezenOp.getTime()) })).toBe(true);
    expect(moetHeraanpakVuren(timer, { status: 'afgesloten', rustSinds: afgewezenOp })).toBe(false);
    expect(moetHeraanpakVuren(timer, { status: 'traject' })).toBe(false);
    expect(moetHeraanpakVuren(timer, { status: 'afgewezen', rustSinds: t('2026-05-01T09:30:00+02:00') })).toBe(false);
  });
});
