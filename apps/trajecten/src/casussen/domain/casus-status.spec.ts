import { CASUS_OVERGANGEN, CASUS_STATUSSEN, CasusActie, CasusStatus, isInRust, isOpen, toegestaneStappen, volgendeStatus } from './casus-status';

function doorloop(start: CasusStatus, acties: readonly CasusActie[]): CasusStatus {
  return acties.reduce<CasusStatus>((status, actie) => volgendeStatus(status, actie), start);
}

describe('case lifecycle', () => {
  it('signal to outcome: aangemeld → in contact → screening → netwerkoverleg → traject → nazorg → afgesloten', () => {
    const nazorg = doorloop('aangemeld', ['contact-leggen', 'screening-starten', 'agenderen', 'route-toewijzen', 'nazorg-starten']);
    expect(nazorg).toBe('nazorg');
    expect(volgendeStatus(nazorg, 'afsluiten', { categorie: 'combinatie-leren-werken' })).toBe('afgesloten');
  });

  it('closing without an outcome is refused, from any open status', () => {
    for (const status of CASUS_STATUSSEN.filter(isOpen)) {
      expect(() => volgendeStatus(status, 'afsluiten')).toThrow(
        expect.objectContaining({ kind: 'ongeldig', code: 'casus.uitkomst-vereist', issues: [expect.objectContaining({ field: 'uitkomst' })] }),
      );
    }
  });

  it('closing with an outcome outside the effectrapportage categories is refused', () => {
    expect(() => volgendeStatus('traject', 'afsluiten', { categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 8 })).toThrow(
      expect.objectContaining({ code: 'uitkomst.ongeldig' }),
    );
  });

  it('an outcome belongs to closing only', () => {
    expect(() => volgendeStatus('aangemeld', 'contact-leggen', { categorie: 'overig', toelichting: 'x' })).toThrow(
      expect.objectContaining({ code: 'casus.uitkomst-niet-verwacht' }),
    );
  });

  it('declining and unreachable rest the case; a re-approach that reaches the young person makes contact again', () => {
    expect(isInRust(volgendeStatus('in-contact', 'afwijzen'))).toBe(true);
    expect(isInRust(volgendeStatus('aangemeld', 'onbereikbaar-melden'))).toBe(true);
    expect(volgendeStatus('onbereikbaar', 'afwijzen')).toBe('afgewezen');
    expect(volgendeStatus('afgewezen', 'onbereikbaar-melden')).toBe('onbereikbaar');
    expect(volgendeStatus('afgewezen', 'contact-leggen')).toBe('in-contact');
    expect(isOpen('afgewezen')).toBe(true);
  });

  it('a traject may go back to the netwerkoverleg, a nazorg case back into its traject', () => {
    expect(volgendeStatus('traject', 'agenderen')).toBe('netwerkoverleg');
    expect(volgendeStatus('nazorg', 'terugvallen')).toBe('traject');
    expect(volgendeStatus('screening', 'route-toewijzen')).toBe('traject');
  });

  it('a step out of turn is a conflict naming the allowed steps; a closed case has none', () => {
    expect(() => volgendeStatus('aangemeld', 'route-toewijzen')).toThrow(
      expect.objectContaining({
        kind: 'conflict',
        code: 'casus.overgang-niet-toegestaan',
        details: expect.objectContaining({ toegestaan: ['contact-leggen', 'afwijzen', 'onbereikbaar-melden', 'afsluiten'] }),
      }),
    );
    expect(toegestaneStappen('afgesloten')).toEqual([]);
    expect(() => volgendeStatus('afgesloten', 'contact-leggen')).toThrow(expect.objectContaining({ code: 'casus.overgang-niet-toegestaan' }));
  });

  it('every open status can close, and every step leads to a known status', () => {
    for (const status of CASUS_STATUSSEN) {
      const stappen = CASUS_OVERGANGEN[status];
      for (const s of stappen) expect(CASUS_STATUSSEN).toContain(s.naar);
      expect(stappen.some((s) => s.actie === 'afsluiten')).toBe(isOpen(status));
    }
  });
});
