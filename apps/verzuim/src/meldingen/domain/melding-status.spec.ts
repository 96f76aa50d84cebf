import { MELDING_OVERGANGEN, MeldingStatus, SLUITREDENEN, toegestaneStappen, volgendeStatus } from './melding-status';

describe('melding lifecycle', () => {
  it("geregistreerd → in behandeling → afgesloten, with one of DUO's seven closing reasons", () => {
    const inBehandeling = volgendeStatus('geregistreerd', 'in-behandeling-nemen', 'behandelaar');
    expect(inBehandeling).toBe('in-behandeling');
    expect(volgendeStatus(inBehandeling, 'afsluiten', 'behandelaar', { sluitreden: 'terug-naar-school', toelichting: 'gesprek gevoerd' })).toBe(
      'afgesloten',
    );
    expect(SLUITREDENEN).toHaveLength(7);
  });

  it('closing needs a reason', () => {
    expect(() => volgendeStatus('in-behandeling', 'afsluiten', 'behandelaar')).toThrow(
      expect.objectContaining({ code: 'SLUITREDEN_VEREIST', veld: 'sluitreden' }),
    );
  });

  it('the school withdraws while nobody handles it yet; the behandelaar may take note instead', () => {
    expect(toegestaneStappen('geregistreerd', 'school')).toEqual([{ actie: 'intrekken', door: 'school', naar: 'ingetrokken' }]);
    expect(toegestaneStappen('in-behandeling', 'school')).toEqual([]);
    expect(toegestaneStappen('geregistreerd', 'behandelaar').map((s) => s.naar)).toEqual(['in-behandeling', 'ter-kennisgeving-aangenomen']);
    expect(volgendeStatus('in-behandeling', 'ter-kennisgeving-aannemen', 'behandelaar')).toBe('ter-kennisgeving-aangenomen');
  });

  it('final statuses have no steps, and a step out of turn is refused', () => {
    for (const eind of ['afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken'] as MeldingStatus[]) {
      expect(toegestaneStappen(eind)).toEqual([]);
    }
    expect(() => volgendeStatus('ingetrokken', 'in-behandeling-nemen', 'behandelaar')).toThrow(
      expect.objectContaining({ code: 'OVERGANG_NIET_TOEGESTAAN' }),
    );
    expect(() => volgendeStatus('geregistreerd', 'in-behandeling-nemen', 'school')).toThrow(
      expect.objectContaining({ code: 'OVERGANG_NIET_TOEGESTAAN' }),
    );
  });

  it('every step leads to a known status', () => {
    const statussen = Object.keys(MELDING_OVERGANGEN);
    for (const stappen of Object.values(MELDING_OVERGANGEN)) for (const stap of stappen) expect(statussen).toContain(stap.naar);
  });
});
