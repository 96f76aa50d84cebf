import { STANDAARD_CASUS_REGELS, afwijkingenVanStandaard, stelCasusRegelsVast } from './casus-regels';
import { SIGNAAL_SOORTEN } from './signaal-soort';

describe("the region's rule table: which signal opens a case, which only attaches", () => {
  it('defaults: the signals the RMC must act on open a case; the early ones attach', () => {
    expect(SIGNAAL_SOORTEN.filter((s) => STANDAARD_CASUS_REGELS[s] === 'opent')).toEqual([
      'geen-herinschrijving',
      'niet-ingeschreven-teldatum',
      'negatief-bsa',
      'rmc-verzuim',
      'langdurig-relatief-verzuim',
    ]);
    expect(SIGNAAL_SOORTEN.filter((s) => STANDAARD_CASUS_REGELS[s] === 'koppelt')).toEqual([
      'aanmelding-gemist',
      'geen-levende-aanmelding',
      'uitschrijving-zonder-startkwalificatie',
    ]);
    expect(stelCasusRegelsVast([])).toEqual(STANDAARD_CASUS_REGELS);
  });

  it('a region lets an attaching signal open a case; kinds left out keep the default', () => {
    const regels = stelCasusRegelsVast([{ signaalSoort: 'uitschrijving-zonder-startkwalificatie', regel: 'opent' }]);
    expect(regels['uitschrijving-zonder-startkwalificatie']).toBe('opent');
    expect(regels['aanmelding-gemist']).toBe('koppelt');
    expect(Object.isFrozen(regels)).toBe(true);
    expect(afwijkingenVanStandaard(regels)).toEqual([{ signaalSoort: 'uitschrijving-zonder-startkwalificatie', regel: 'opent' }]);
  });

  it('reports every bad line at once, with field and rule', () => {
    expect(() =>
      stelCasusRegelsVast([
        { signaalSoort: 'vroege-waarschuwing', regel: 'opent' },
        { signaalSoort: 'negatief-bsa', regel: 'misschien' },
        { signaalSoort: 'rmc-verzuim', regel: 'koppelt' },
        { signaalSoort: 'rmc-verzuim', regel: 'opent' },
        { signaalSoort: 'geen-herinschrijving', regel: 'koppelt' },
      ]),
    ).toThrow(
      expect.objectContaining({
        kind: 'ongeldig',
        code: 'casusregels.ongeldig',
        issues: [
          expect.objectContaining({ field: 'regels[0].signaalSoort', rule: 'signaal-soort.onbekend' }),
          expect.objectContaining({ field: 'regels[1].regel', rule: 'regel.onbekend' }),
          expect.objectContaining({ field: 'regels[3].signaalSoort', rule: 'signaal-soort.dubbel' }),
          expect.objectContaining({ field: 'regels[4].regel', rule: 'regel.vast' }),
        ],
      }),
    );
  });
});
