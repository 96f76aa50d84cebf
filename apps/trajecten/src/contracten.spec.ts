import {
  CASUS_ACTIES,
  CASUS_SIGNAAL_SOORTEN,
  CASUS_STATUSSEN as CONTRACT_STATUSSEN,
  CONTACT_SOORTEN as CONTRACT_CONTACT_SOORTEN,
  HANDMATIGE_AANLEIDINGEN as CONTRACT_AANLEIDINGEN,
  TIJDIGHEID_STANDEN,
  UITKOMST_CATEGORIEEN as CONTRACT_UITKOMSTEN,
} from '@sluitend/contracts';
import { ROLES } from '@sluitend/auth';
import { eisRegioToegang } from './casussen/domain/casus-feiten';
import { HANDMATIGE_AANLEIDINGEN } from './casussen/domain/casus';
import { CASUS_OVERGANGEN, CASUS_STATUSSEN } from './casussen/domain/casus-status';
import { CONTACT_SOORTEN } from './contacten/domain/contactpoging';
import { rmcVanRegio } from './shared/organisatie';
import { SIGNAAL_SOORTEN } from './signalen/domain/signaal-soort';
import { eisCasusToegang } from './toegang/domain/casus-toegang';
import { TIJDIGHEID_KLASSEN } from './uitkomsten/domain/tijdigheid';
import { UITKOMST_CATEGORIEEN } from './uitkomsten/domain/uitkomst';

describe("libs/contracts speaks the domain's words", () => {
  it('statuses, actions, signal kinds, outcomes, contact kinds, hand-opening reasons and timeliness classes are the same lists', () => {
    expect([...CONTRACT_STATUSSEN]).toEqual([...CASUS_STATUSSEN]);
    const acties = new Set(Object.values(CASUS_OVERGANGEN).flatMap((stappen) => stappen.map((s) => s.actie)));
    expect([...CASUS_ACTIES].sort()).toEqual([...acties].sort());
    expect([...CASUS_SIGNAAL_SOORTEN]).toEqual([...SIGNAAL_SOORTEN]);
    expect([...CONTRACT_UITKOMSTEN]).toEqual([...UITKOMST_CATEGORIEEN]);
    expect([...CONTRACT_CONTACT_SOORTEN]).toEqual([...CONTACT_SOORTEN]);
    expect([...CONTRACT_AANLEIDINGEN]).toEqual([...HANDMATIGE_AANLEIDINGEN]);
    expect([...TIJDIGHEID_STANDEN]).toEqual([...TIJDIGHEID_KLASSEN, 'nog-niet']);
  });
});

describe("casussen's access check answers as toegang's table does while the RMC holds every case", () => {
  it('for every organisation type, role, region and handling', () => {
    const uitkomst = (f: () => void): string => {
      try {
        f();
        return 'ja';
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    for (const type of ['rmc-regio', 'partner', 'vo-school', 'gemeente'] as const) {
      for (const code of ['MC03', 'MC07']) {
        for (const rol of ROLES) {
          for (const handeling of ['lezen', 'wijzigen'] as const) {
            for (const status of ['traject', 'afgesloten'] as const) {
              const actor = { org: { type, code }, roles: [rol] };
              const casus = { rmcRegio: 'MC03', status };
              const feiten = { rmcRegio: 'MC03', open: status !== 'afgesloten', houder: rmcVanRegio('MC03'), voorgesteldAan: [] };
              expect(uitkomst(() => eisRegioToegang(actor, casus, handeling))).toBe(uitkomst(() => eisCasusToegang(actor, feiten, handeling)));
            }
          }
        }
      }
    }
  });
});
