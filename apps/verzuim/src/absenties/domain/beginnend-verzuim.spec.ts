import { Kalender } from '../../kalenders/domain/kalender';
import { TESTSCHOOL_2025_2026 } from '../../kalenders/domain/testschool.fixture';
import { STANDAARD_PREVENTIEF, beginnendVerzuim } from './beginnend-verzuim';
import { dagen, historie } from './historie.fixture';

const kalender = Kalender.bouw([TESTSCHOOL_2025_2026]);

describe('preventief signaal: beginnend verzuim', () => {
  it('at the configured hours within four lesweken, below the legal 16', () => {
    const h = historie(kalender, dagen({ '2025-09-01': { ongeoorloofd: 3 }, '2025-09-10': { ongeoorloofd: 3 }, '2025-09-22': { ongeoorloofd: 2 } }));
    expect(beginnendVerzuim(h)).toEqual([
      {
        soort: 'beginnend-verzuim',
        oorzaak: 'uren-ongeoorloofd',
        vanaf: '2025-09-01',
        datum: '2025-09-22',
        aantal: 8,
        kalenders: [TESTSCHOOL_2025_2026.id],
      },
    ]);
    expect(beginnendVerzuim(h, { ...STANDAARD_PREVENTIEF, urenOngeoorloofd: 9 })).toEqual([]);
  });

  it('late three times, sent out twice; counting again after a signal', () => {
    const h = historie(
      kalender,
      dagen({
        '2025-09-01': { teLaat: 1 },
        '2025-09-02': { teLaat: 1, uitgestuurd: 1 },
        '2025-09-03': { teLaat: 1 },
        '2025-09-04': { teLaat: 2, uitgestuurd: 1 },
      }),
    );
    expect(beginnendVerzuim(h).map((s) => [s.oorzaak, s.datum, s.aantal])).toEqual([
      ['te-laat', '2025-09-03', 3],
      ['uitgestuurd', '2025-09-04', 2],
    ]);
  });

  it('no preventive signal when one day jumps past 16 (that is a melding), and a cause can be switched off', () => {
    const h = historie(kalender, dagen({ '2025-09-01': { ongeoorloofd: 6 }, '2025-09-02': { ongeoorloofd: 10 } }));
    expect(beginnendVerzuim(h)).toEqual([]);
    const laat = historie(kalender, dagen({ '2025-09-01': { teLaat: 5 } }));
    expect(beginnendVerzuim(laat, { ...STANDAARD_PREVENTIEF, teLaat: null })).toEqual([]);
  });

  it('refuses a threshold at or above the legal one', () => {
    expect(() => beginnendVerzuim(historie(kalender, []), { ...STANDAARD_PREVENTIEF, urenOngeoorloofd: 16 })).toThrow(
      expect.objectContaining({ code: 'INSTELLING_ONGELDIG', veld: 'preventief.urenOngeoorloofd' }),
    );
    expect(() => beginnendVerzuim(historie(kalender, []), { ...STANDAARD_PREVENTIEF, lesweken: 9 })).toThrow(
      expect.objectContaining({ veld: 'preventief.lesweken' }),
    );
  });
});
