import { AdviesInvoer, gevolgVanAdvies, valideerAdvies } from './advies';

const rmc = { type: 'rmc-regio', code: 'MC03' } as const;
const fermWerk = { type: 'partner', code: 'ferm-werk' } as const;
const eenvoudig: AdviesInvoer = {
  casusId: 'c1',
  overlegdatum: '2026-04-28',
  triage: 'eenvoudig',
  route: 'arbeid',
  toewijzing: { organisatie: fermWerk, rol: 'casusregisseur' },
  besluitDoor: 'netwerkregisseur-1',
};

describe('netwerkoverleg advice and assignment', () => {
  it('a simple case: a route and an uitvoerder that names a casusregisseur; handed over when that is not the holder', () => {
    const advies = valideerAdvies(eenvoudig, { status: 'netwerkoverleg' });
    expect(advies).toMatchObject({ triage: 'eenvoudig', route: 'arbeid', toewijzing: { organisatie: fermWerk, rol: 'casusregisseur' } });
    expect(gevolgVanAdvies(advies, rmc)).toEqual({ casusActie: 'route-toewijzen', overdrachtNaar: fermWerk });
    expect(
      gevolgVanAdvies({ ...advies, route: 'onderwijs', toewijzing: { organisatie: rmc, rol: 'casusregisseur' } }, rmc).overdrachtNaar,
    ).toBeNull();
  });

  it('a complex case: a klantmanager, the route may wait', () => {
    const advies = valideerAdvies(
      {
        ...eenvoudig,
        triage: 'complex',
        route: undefined,
        toewijzing: { organisatie: { type: 'partner', code: 'stadsteam-oudewater' }, rol: 'klantmanager' },
      },
      { status: 'netwerkoverleg' },
    );
    expect(advies.route).toBeUndefined();
  });

  it('names every missing part with field and rule', () => {
    expect(() =>
      valideerAdvies({ ...eenvoudig, route: undefined, toewijzing: { rol: 'klantmanager' }, besluitDoor: '' }, { status: 'netwerkoverleg' }),
    ).toThrow(
      expect.objectContaining({
        code: 'netwerkoverleg.advies-ongeldig',
        issues: [
          expect.objectContaining({ field: 'route', rule: 'route.verplicht-bij-eenvoudig' }),
          expect.objectContaining({ field: 'toewijzing.organisatie', rule: 'toewijzing.verplicht' }),
          expect.objectContaining({ field: 'toewijzing.rol', rule: 'rol.casusregisseur-bij-eenvoudig' }),
          expect.objectContaining({ field: 'besluitDoor', rule: 'besluitDoor.verplicht' }),
        ],
      }),
    );
    expect(() => valideerAdvies({ ...eenvoudig, triage: 'complex' }, { status: 'netwerkoverleg' })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ rule: 'rol.klantmanager-bij-complex' })] }),
    );
    expect(() => valideerAdvies({ ...eenvoudig, triage: 'middel', route: 'hbo', overlegdatum: '28-04-2026' }, { status: 'netwerkoverleg' })).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([
          expect.objectContaining({ field: 'triage' }),
          expect.objectContaining({ field: 'route', rule: 'route.onbekend' }),
        ]),
      }),
    );
  });

  it('only a case on the list gets an advice', () => {
    expect(() => valideerAdvies(eenvoudig, { status: 'screening' })).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'netwerkoverleg.niet-geagendeerd' }),
    );
  });
});
