import { DomainError } from '@sluitend/domain-nl';
import { telScope } from './tel-scope';

describe('telScope', () => {
  it('scopes a school to its BRIN, an RMC to its region, a gemeente to its residents and ops to everything', () => {
    expect(telScope({ type: 'vo-school', code: '00AH' })).toEqual({ soort: 'school', brin: '00AH' });
    expect(telScope({ type: 'rmc-regio', code: 'MC03' })).toEqual({ soort: 'rmc-regio', rmcRegio: 'MC03' });
    expect(telScope({ type: 'gemeente', code: 'GM0014' })).toEqual({ soort: 'gemeente', woongemeente: 'GM0014' });
    expect(telScope({ type: 'ops', code: 'platform' })).toEqual({ soort: 'alles' });
  });

  it.each(['mbo-instelling', 'partner'] as const)('refuses a %s with a geen-toegang error and its stable code', (type) => {
    const attempt = () => telScope({ type, code: type === 'partner' ? 'jeugdzorg' : '25LP' });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(expect.objectContaining({ kind: 'geen-toegang', code: 'auth.organisation-type' }));
  });
});
