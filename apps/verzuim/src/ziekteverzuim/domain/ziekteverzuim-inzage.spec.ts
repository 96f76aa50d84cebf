import { DomainError } from '@sluitend/domain-nl';
import { binnenBereik, ziekteverzuimBereik } from './ziekteverzuim-inzage';

describe('ziekteverzuimBereik', () => {
  const signaal = { woongemeente: 'GM0106', brin: '14RP' };

  it('gives the jeugdarts of a GGD the signals of the gemeente it serves, not those of the school’s gemeente', () => {
    const bereik = ziekteverzuimBereik({ type: 'ggd', code: 'GM0106' });
    expect(bereik).toEqual({ soort: 'woongemeente', woongemeente: 'GM0106' });
    expect(binnenBereik(bereik, signaal)).toBe(true);
    expect(binnenBereik(ziekteverzuimBereik({ type: 'ggd', code: 'GM0014' }), signaal)).toBe(false);
  });

  it('gives a school its own students’ signals only', () => {
    expect(binnenBereik(ziekteverzuimBereik({ type: 'vo-school', code: '14RP' }), signaal)).toBe(true);
    expect(binnenBereik(ziekteverzuimBereik({ type: 'mbo-instelling', code: '25LW' }), signaal)).toBe(false);
  });

  it.each(['gemeente', 'rmc-regio', 'partner', 'ops'])('refuses %s (leerplicht and RMC get meldingen, not M@ZL)', (type) => {
    expect(() => ziekteverzuimBereik({ type, code: 'X' })).toThrow(DomainError);
    try {
      ziekteverzuimBereik({ type, code: 'X' });
    } catch (fout) {
      expect((fout as DomainError).code).toBe('ziekteverzuim.organisatie');
    }
  });
});
