import { Claims } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import { bepaalOntvangers, regioRegelSleutel } from '../../routering/domain/ontvangers';
import { metWoongemeente, nietRouteerbaarInzage, redenNietRouteerbaar } from './niet-routeerbaar';

const signaal = (type: 'overstap.signaal.negatief-bsa' | 'overstap.signaal.vroege-waarschuwing', context: object, payload: object = {}) => ({
  type,
  context,
  payload,
});
const reden = (event: ReturnType<typeof signaal>, regels = new Map()) => redenNietRouteerbaar(event, bepaalOntvangers(event, regels), regels);

describe('redenNietRouteerbaar', () => {
  it('keeps a signal for the RMC of an unknown woonregio, even when the mbo still gets its alert', () => {
    const bsa = signaal('overstap.signaal.negatief-bsa', { schooljaar: '2026-2027' }, { mboBrin: '25LP' });
    expect(bepaalOntvangers(bsa, new Map()).map((o) => o.rol)).toEqual(['mbo-instelling']);
    expect(reden(bsa)).toBe('woonregio-onbekend');
  });

  it('routes a signal whose woonregio is known, and one that never goes to an RMC', () => {
    expect(reden(signaal('overstap.signaal.negatief-bsa', { woongemeente: 'GM0014', rmcRegio: 'MC03' }, { mboBrin: '25LP' }))).toBeNull();
    expect(reden(signaal('overstap.signaal.vroege-waarschuwing', { brin: '00AH' }))).toBeNull();
  });

  it('names a signal nobody would receive, and follows a region that left the RMC out of its own rules', () => {
    expect(reden(signaal('overstap.signaal.vroege-waarschuwing', {}))).toBe('geen-ontvanger');
    const regels = new Map([[regioRegelSleutel('MC03', 'overstap.signaal.negatief-bsa'), ['mbo-instelling'] as const]]);
    expect(reden(signaal('overstap.signaal.negatief-bsa', { rmcRegio: 'MC03' }, { mboBrin: '25LP' }), regels)).toBeNull();
  });
});

describe('metWoongemeente', () => {
  it('adds the gemeente and its RMC-regio, keeping the rest', () => {
    expect(metWoongemeente({ schooljaar: '2026-2027', brin: '00AH' }, 'GM0363')).toEqual({
      schooljaar: '2026-2027',
      brin: '00AH',
      woongemeente: 'GM0363',
      rmcRegio: 'MC21',
    });
  });
});

describe('nietRouteerbaarInzage', () => {
  const claims = (type: Claims['org']['type'], code: string, roles: Claims['roles']): Claims => ({ sub: 's', name: 'n', org: { type, code }, roles });
  it('shows ops the list without content, a coordinator all of it, and nobody else anything', () => {
    expect(nietRouteerbaarInzage(claims('ops', 'platform', ['ops']))).toBe('zonder-inhoud');
    expect(nietRouteerbaarInzage(claims('rmc-regio', 'MC03', ['rmc-coordinator']))).toBe('volledig');
    expect(() => nietRouteerbaarInzage(claims('rmc-regio', 'MC03', ['trajectbegeleider']))).toThrow(DomainError);
    expect(() => nietRouteerbaarInzage(claims('mbo-instelling', '25LP', ['intaker']))).toThrow(DomainError);
  });
});
