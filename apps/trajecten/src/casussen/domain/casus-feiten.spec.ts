import { eisRegioToegang } from './casus-feiten';

describe("the region's RMC holds its cases (until handovers are served)", () => {
  const begeleider = (code: string) => ({ org: { type: 'rmc-regio' as const, code }, roles: ['trajectbegeleider' as const] });
  const casus = { rmcRegio: 'MC03', status: 'traject' as const };

  it('staff of the region read and change its cases', () => {
    expect(() => eisRegioToegang(begeleider('MC03'), casus, 'wijzigen')).not.toThrow();
    expect(() => eisRegioToegang({ org: { type: 'rmc-regio', code: 'MC03' }, roles: ['rmc-coordinator'] }, casus, 'lezen')).not.toThrow();
  });

  it('another region, another organisation or a region user without a case role does not learn the case exists', () => {
    expect(() => eisRegioToegang(begeleider('MC07'), casus, 'lezen')).toThrow(
      expect.objectContaining({ code: 'casus.niet-gevonden', kind: 'niet-gevonden' }),
    );
    expect(() => eisRegioToegang({ org: { type: 'partner', code: 'werkplein' }, roles: ['partner'] }, casus, 'lezen')).toThrow(
      expect.objectContaining({ code: 'casus.niet-gevonden' }),
    );
    expect(() => eisRegioToegang({ org: { type: 'rmc-regio', code: 'MC03' }, roles: ['beheerder'] }, casus, 'wijzigen')).toThrow(
      expect.objectContaining({ code: 'casus.niet-gevonden' }),
    );
  });
});
