import type { Role } from '@sluitend/auth';
import { eisProgrammaToegang } from './programma-toegang';

describe("access to a region's programmes", () => {
  const regio = (code: string, rol: Role) => ({ org: { type: 'rmc-regio' as const, code }, roles: [rol] });
  it('the own region: staff read and sign cases up and off; only the coordinator runs programmes', () => {
    expect(() => eisProgrammaToegang(regio('MC03', 'trajectbegeleider'), 'MC03', 'lezen')).not.toThrow();
    expect(() => eisProgrammaToegang(regio('MC03', 'trajectbegeleider'), 'MC03', 'deelname')).not.toThrow();
    expect(() => eisProgrammaToegang(regio('MC03', 'rmc-coordinator'), 'MC03', 'beheer')).not.toThrow();
    expect(() => eisProgrammaToegang(regio('MC03', 'trajectbegeleider'), 'MC03', 'beheer')).toThrow(
      expect.objectContaining({ kind: 'geen-toegang', code: 'programma.geen-toegang' }),
    );
  });
  it('another region, another organisation type or a role without cases: refused', () => {
    expect(() => eisProgrammaToegang(regio('MC07', 'rmc-coordinator'), 'MC03', 'lezen')).toThrow(
      expect.objectContaining({ code: 'programma.geen-toegang' }),
    );
    expect(() => eisProgrammaToegang({ org: { type: 'partner', code: 'MC03' }, roles: ['rmc-coordinator'] }, 'MC03', 'lezen')).toThrow(
      expect.objectContaining({ code: 'programma.geen-toegang' }),
    );
    expect(() => eisProgrammaToegang(regio('MC03', 'functionaris-gegevensbescherming'), 'MC03', 'lezen')).toThrow(
      expect.objectContaining({ code: 'programma.geen-toegang' }),
    );
  });
});
