import { afwijkingenVanStandaard, stelCasusRegelsVast, STANDAARD_CASUS_REGELS } from './casus-regels';
import { casusRegelsOverzicht } from './casus-regels-overzicht';
import { SIGNAAL_SOORTEN } from './signaal-soort';

describe("a region's rule table as the coordinator sees it", () => {
  it('the defaults: every kind once, in order; geen-herinschrijving is fixed by law', () => {
    const overzicht = casusRegelsOverzicht('MC03', STANDAARD_CASUS_REGELS, []);
    expect(overzicht.regels.map((r) => r.signaalSoort)).toEqual([...SIGNAAL_SOORTEN]);
    expect(overzicht.regels.find((r) => r.signaalSoort === 'geen-herinschrijving')).toEqual({
      signaalSoort: 'geen-herinschrijving',
      regel: 'opent',
      bron: 'vast',
    });
    expect(overzicht.regels.find((r) => r.signaalSoort === 'aanmelding-gemist')).toEqual({
      signaalSoort: 'aanmelding-gemist',
      regel: 'koppelt',
      bron: 'standaard',
    });
  });

  it("the region's own lines are marked; a line equal to the default is not stored, so it stays the default", () => {
    const tabel = stelCasusRegelsVast([
      { signaalSoort: 'uitschrijving-zonder-startkwalificatie', regel: 'opent' },
      { signaalSoort: 'negatief-bsa', regel: 'opent' },
    ]);
    const overzicht = casusRegelsOverzicht('MC03', tabel, afwijkingenVanStandaard(tabel));
    expect(overzicht.regels.find((r) => r.signaalSoort === 'uitschrijving-zonder-startkwalificatie')).toMatchObject({
      regel: 'opent',
      bron: 'regio',
    });
    expect(overzicht.regels.find((r) => r.signaalSoort === 'negatief-bsa')).toMatchObject({ regel: 'opent', bron: 'standaard' });
  });
});
