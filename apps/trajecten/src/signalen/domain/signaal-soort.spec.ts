import { EVENT_CATALOG } from '@sluitend/contracts';
import { SIGNAAL_SOORT_VAN_EVENT, isSignaalSoort, signaalSoortVan, signaalSoortVanEvent } from './signaal-soort';

describe('signal kinds', () => {
  it('maps every overstap signal about a person, each to a known kind, and each event is in the catalog', () => {
    for (const [eventType, soort] of Object.entries(SIGNAAL_SOORT_VAN_EVENT)) {
      expect(Object.keys(EVENT_CATALOG)).toContain(eventType);
      expect(isSignaalSoort(soort)).toBe(true);
    }
    expect(signaalSoortVanEvent('overstap.deadline.geen-herinschrijving')).toBe('geen-herinschrijving');
  });

  it('the early warning (per vestiging) and other events are no case signal', () => {
    expect(signaalSoortVanEvent('overstap.signaal.vroege-waarschuwing')).toBeUndefined();
    expect(signaalSoortVanEvent('overstap.dossier.ingediend')).toBeUndefined();
    expect(signaalSoortVanEvent('toString')).toBeUndefined();
  });

  it("verzuim's melding for the RMC is a case signal by its soort: RMC-verzuim and langdurig relatief only", () => {
    const melding = (soort: string) => ({ type: 'verzuim.melding.voor-rmc', payload: { soort } });
    expect(signaalSoortVan(melding('rmc'))).toBe('rmc-verzuim');
    expect(signaalSoortVan(melding('langdurig-relatief'))).toBe('langdurig-relatief-verzuim');
    expect(signaalSoortVan(melding('zestien-uur'))).toBeUndefined();
    expect(signaalSoortVan(melding('luxe'))).toBeUndefined();
    expect(signaalSoortVan(melding('toString'))).toBeUndefined();
    expect(signaalSoortVan({ type: 'verzuim.melding.voor-leerplicht', payload: { soort: 'rmc' } })).toBeUndefined();
    expect(signaalSoortVan({ type: 'overstap.signaal.negatief-bsa', payload: {} })).toBe('negatief-bsa');
  });
});
