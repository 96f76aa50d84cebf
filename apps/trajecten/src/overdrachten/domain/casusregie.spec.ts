import { Regisseur, controleerRegie } from './casusregie';

const rmc = { type: 'rmc-regio', code: 'MC03' } as const;
const tb: Regisseur = { organisatie: rmc, gebruiker: 'tb-1', rol: 'casusregisseur' };

describe('casusregie', () => {
  it('exactly one casusregisseur per open case', () => {
    expect(() => controleerRegie({ status: 'traject' }, [tb])).not.toThrow();
    expect(() => controleerRegie({ status: 'traject' }, [])).toThrow(expect.objectContaining({ kind: 'conflict', code: 'regie.geen-regisseur' }));
    expect(() => controleerRegie({ status: 'afgewezen' }, [tb, { ...tb, gebruiker: 'tb-2' }])).toThrow(
      expect.objectContaining({ code: 'regie.meerdere-regisseurs' }),
    );
    expect(() => controleerRegie({ status: 'afgesloten' }, [])).not.toThrow();
  });

  it('a case opened from a signal may wait for a person; from first contact on it has one', () => {
    expect(() => controleerRegie({ status: 'aangemeld' }, [{ ...tb, gebruiker: null }])).not.toThrow();
    expect(() => controleerRegie({ status: 'in-contact' }, [{ ...tb, gebruiker: null }])).toThrow(
      expect.objectContaining({ code: 'regie.gebruiker-vereist' }),
    );
  });

  it('a complex case has a klantmanager', () => {
    expect(() => controleerRegie({ status: 'traject', triage: 'complex' }, [tb])).toThrow(
      expect.objectContaining({ code: 'regie.klantmanager-vereist' }),
    );
    const klantmanager: Regisseur = { organisatie: { type: 'partner', code: 'lokaal-team-assen' }, gebruiker: 'km-1', rol: 'klantmanager' };
    expect(() => controleerRegie({ status: 'traject', triage: 'complex' }, [klantmanager])).not.toThrow();
    expect(() => controleerRegie({ status: 'traject', triage: 'eenvoudig' }, [tb])).not.toThrow();
  });
});
