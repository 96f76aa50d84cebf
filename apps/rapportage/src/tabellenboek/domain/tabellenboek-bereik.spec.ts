import { signalenBereik, tabellenboekBereik } from './tabellenboek-bereik';

describe('tabellenboekBereik (who reads which tabellenboek, suppressed or not)', () => {
  it('gives a school its own tabellenboek unsuppressed, with or without its brin, one vestiging when asked', () => {
    const school = { type: 'vo-school', code: '00AH' } as const;
    expect(tabellenboekBereik(school, {})).toEqual({ brin: '00AH', vestiging: null, rmcRegio: null, onderdrukken: false });
    expect(tabellenboekBereik(school, { brin: '00AH', vestiging: '00AH01' })).toEqual({
      brin: '00AH',
      vestiging: '00AH01',
      rmcRegio: null,
      onderdrukken: false,
    });
    expect(() => tabellenboekBereik(school, { brin: '01AB' })).toThrow(
      expect.objectContaining({ kind: 'geen-toegang', code: 'tabellenboek.andere-school' }),
    );
  });

  it('gives an RMC the residents of its region, ops everything suppressed; both must name the school', () => {
    expect(tabellenboekBereik({ type: 'rmc-regio', code: 'MC03' }, { brin: '00AH' })).toEqual({
      brin: '00AH',
      vestiging: null,
      rmcRegio: 'MC03',
      onderdrukken: false,
    });
    expect(tabellenboekBereik({ type: 'ops', code: 'platform' }, { brin: '00AH' })).toMatchObject({ rmcRegio: null, onderdrukken: true });
    expect(() => tabellenboekBereik({ type: 'ops', code: 'platform' }, {})).toThrow(
      expect.objectContaining({ kind: 'ongeldig', issues: [expect.objectContaining({ field: 'brin', rule: 'brin.verplicht' })] }),
    );
    expect(() => tabellenboekBereik({ type: 'rmc-regio', code: 'MC03' }, { brin: '00AH', vestiging: '01AB00' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'vestiging', rule: 'vestiging.van-school' })] }),
    );
  });

  it('refuses a gemeente, an mbo and a partner', () => {
    for (const type of ['gemeente', 'mbo-instelling', 'partner'] as const) {
      expect(() => tabellenboekBereik({ type, code: 'X' }, { brin: '00AH' })).toThrow(expect.objectContaining({ kind: 'geen-toegang' }));
      expect(() => signalenBereik({ type, code: 'X' })).toThrow(expect.objectContaining({ kind: 'geen-toegang' }));
    }
    expect(signalenBereik({ type: 'rmc-regio', code: 'MC03' })).toEqual({ rmcRegio: 'MC03', onderdrukken: false });
    expect(signalenBereik({ type: 'ops', code: 'platform' })).toEqual({ rmcRegio: null, onderdrukken: true });
  });
});
