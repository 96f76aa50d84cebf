import type { OpenCasusRef } from '../../casussen/domain/casus';
import { STANDAARD_CASUS_REGELS, stelCasusRegelsVast } from './casus-regels';
import { SignaalVoorPersoon, besluitVoorBatch, besluitVoorSignaal } from './signaal-besluit';
import { SIGNAAL_SOORTEN } from './signaal-soort';

const op = new Date('2026-10-02T06:00:00Z');
const open: OpenCasusRef = { casusId: 'c-1', status: 'traject' };

describe("an incoming signal and the person's open case", () => {
  it('an attaching signal attaches to the open case, and without one stays an alert', () => {
    const signaal = { soort: 'uitschrijving-zonder-startkwalificatie', op } as const;
    expect(besluitVoorSignaal(signaal, open, STANDAARD_CASUS_REGELS)).toBe('koppelen');
    expect(besluitVoorSignaal(signaal, undefined, STANDAARD_CASUS_REGELS)).toBe('alleen-signaal');
  });

  it('the same signal opens a case in a region that says so', () => {
    const regels = stelCasusRegelsVast([{ signaalSoort: 'uitschrijving-zonder-startkwalificatie', regel: 'opent' }]);
    expect(besluitVoorSignaal({ soort: 'uitschrijving-zonder-startkwalificatie', op }, undefined, regels)).toBe('openen');
    expect(besluitVoorSignaal({ soort: 'uitschrijving-zonder-startkwalificatie', op }, open, regels)).toBe('koppelen');
  });

  it('an opening signal never opens a second case: with an open case every kind attaches', () => {
    for (const soort of SIGNAAL_SOORTEN) expect(besluitVoorSignaal({ soort, op }, open, STANDAARD_CASUS_REGELS)).toBe('koppelen');
    expect(besluitVoorSignaal({ soort: 'geen-herinschrijving', op }, undefined, STANDAARD_CASUS_REGELS)).toBe('openen');
  });

  it("no case for someone who is 23 on the signal's Amsterdam date, or who has a startkwalificatie", () => {
    // 2 October 2026 00:30 in Amsterdam is still 1 October 22:30 UTC.
    const laat = new Date('2026-10-01T22:30:00Z');
    expect(besluitVoorSignaal({ soort: 'negatief-bsa', op: laat, geboortedatum: '2003-10-02' }, undefined, STANDAARD_CASUS_REGELS)).toBe(
      'buiten-doelgroep',
    );
    expect(besluitVoorSignaal({ soort: 'negatief-bsa', op: laat, geboortedatum: '2003-10-03' }, undefined, STANDAARD_CASUS_REGELS)).toBe('openen');
    expect(besluitVoorSignaal({ soort: 'negatief-bsa', op, geboortedatum: '2003-10-02' }, undefined, STANDAARD_CASUS_REGELS, 27)).toBe('openen');
    expect(besluitVoorSignaal({ soort: 'negatief-bsa', op, heeftStartkwalificatie: true }, undefined, STANDAARD_CASUS_REGELS)).toBe(
      'buiten-doelgroep',
    );
  });
});

describe('a batch of signals', () => {
  const regels = () => STANDAARD_CASUS_REGELS;
  const signaal = (jongereId: string, rmcRegio: string, soort: SignaalVoorPersoon['soort']): SignaalVoorPersoon => ({
    jongereId,
    rmcRegio,
    soort,
    op,
  });

  it('one case per person and region within the batch: later signals attach to the case an earlier one opens', () => {
    const batch = [
      signaal('p1', 'MC03', 'aanmelding-gemist'),
      signaal('p1', 'MC03', 'geen-herinschrijving'),
      signaal('p1', 'MC03', 'negatief-bsa'),
      signaal('p1', 'MC07', 'negatief-bsa'),
      signaal('p2', 'MC03', 'rmc-verzuim'),
    ];
    const { besluiten, geopendDoor } = besluitVoorBatch(batch, () => undefined, regels);
    expect(besluiten).toEqual(['alleen-signaal', 'openen', 'koppelen', 'openen', 'openen']);
    expect([...geopendDoor]).toEqual([-1, -1, 1, -1, -1]);
  });

  it('asks for the open case once per signal and attaches to it', () => {
    const gevraagd: string[] = [];
    const { besluiten, geopendDoor } = besluitVoorBatch(
      [signaal('p1', 'MC03', 'geen-herinschrijving'), signaal('p1', 'MC03', 'negatief-bsa')],
      (jongereId, rmcRegio) => {
        gevraagd.push(`${rmcRegio}|${jongereId}`);
        return open;
      },
      regels,
    );
    expect(besluiten).toEqual(['koppelen', 'koppelen']);
    expect([...geopendDoor]).toEqual([-1, -1]);
    expect(gevraagd).toEqual(['MC03|p1', 'MC03|p1']);
  });
});
