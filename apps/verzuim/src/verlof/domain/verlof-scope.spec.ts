import { DomainError } from '@sluitend/domain-nl';
import { binnenScope, verlofScope } from './verlof-scope';

describe('verlofScope', () => {
  it('a school its own students, a gemeente its residents; anyone else is refused', () => {
    expect(verlofScope({ type: 'vo-school', code: '14RP' })).toEqual({ soort: 'school', brin: '14RP' });
    expect(verlofScope({ type: 'mbo-instelling', code: '25LP' })).toEqual({ soort: 'school', brin: '25LP' });
    expect(verlofScope({ type: 'gemeente', code: 'GM0014' })).toEqual({ soort: 'leerplicht', woongemeente: 'GM0014' });
    for (const type of ['rmc-regio', 'partner', 'ggd', 'ops']) {
      expect(() => verlofScope({ type, code: 'X' })).toThrow(DomainError);
    }
  });

  it('binnenScope: the school by brin, the leerplicht by woongemeente', () => {
    const aanvraag = { brin: '14RP', woongemeente: 'GM0014' };
    expect(binnenScope({ soort: 'school', brin: '14RP' }, aanvraag)).toBe(true);
    expect(binnenScope({ soort: 'school', brin: '25LP' }, aanvraag)).toBe(false);
    expect(binnenScope({ soort: 'leerplicht', woongemeente: 'GM0014' }, aanvraag)).toBe(true);
    expect(binnenScope({ soort: 'leerplicht', woongemeente: 'GM0106' }, aanvraag)).toBe(false);
  });
});
