import { eisNazorgcontroleVastleggen, nazorgControleMoment, nazorgVanaf } from './nazorg';

describe('nazorg check', () => {
  it('falls due 3 months after the start of nazorg by default, at the same local time', () => {
    expect(nazorgControleMoment(new Date('2026-09-01T14:00:00+02:00')).toISOString()).toBe('2026-12-01T13:00:00.000Z');
  });

  it("after the region's own period", () => {
    expect(nazorgControleMoment(new Date('2026-09-01T14:00:00+02:00'), { nazorgMaanden: 6 }).toISOString()).toBe('2027-03-01T13:00:00.000Z');
  });

  it('refuses a period outside 1–12 months', () => {
    for (const nazorgMaanden of [0, 13, 2.5]) {
      expect(() => nazorgControleMoment(new Date('2026-09-01T12:00:00Z'), { nazorgMaanden })).toThrow(
        expect.objectContaining({ code: 'nazorg.instellingen-ongeldig', issues: [expect.objectContaining({ field: 'nazorgMaanden' })] }),
      );
    }
  });
});

describe('which cases get a nazorg check, and recording it', () => {
  const op = new Date('2026-09-01T12:00:00Z');
  it('a case closing with an outcome that is a place; not one closing without', () => {
    expect(nazorgVanaf({ op, uitkomst: 'voltijd-onderwijs' })).toBe(op);
    expect(nazorgVanaf({ op, uitkomst: 'werk-zonder-startkwalificatie' })).toBe(op);
    expect(nazorgVanaf({ op, uitkomst: 'zorg-opvang-detentie' })).toBe(op);
    expect(nazorgVanaf({ op, uitkomst: 'verhuisd-onvindbaar' })).toBeUndefined();
    expect(nazorgVanaf({ op, uitkomst: 'beeindigd-zonder-dagbesteding' })).toBeUndefined();
    expect(nazorgVanaf({ op, uitkomst: 'overig' })).toBeUndefined();
  });
  it('a result once the check fell due, and once', () => {
    expect(() => eisNazorgcontroleVastleggen({ gevuurdOp: op, resultaat: null })).not.toThrow();
    expect(() => eisNazorgcontroleVastleggen({ gevuurdOp: null, resultaat: null })).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'nazorg.niet-aan-de-beurt' }),
    );
    expect(() => eisNazorgcontroleVastleggen({ gevuurdOp: op, resultaat: 'plek-behouden' })).toThrow(
      expect.objectContaining({ code: 'nazorg.al-vastgelegd' }),
    );
  });
});
