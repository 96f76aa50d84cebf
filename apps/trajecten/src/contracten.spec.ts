import { CASUS_ACTIES, TIJDIGHEID_STANDEN } from '@sluitend/contracts';
import { ROLES } from '@sluitend/auth';
import { eisRegioToegang } from './casussen/domain/casus-feiten';
import { CASUS_OVERGANGEN } from './casussen/domain/casus-status';
import { rmcVanRegio } from './shared/organisatie';
import { eisCasusToegang } from './toegang/domain/casus-toegang';
import { TIJDIGHEID_KLASSEN } from './uitkomsten/domain/tijdigheid';

describe("libs/contracts speaks the domain's words", () => {
  // Statuses, signal kinds, outcomes, contact kinds and hand-opening reasons are defined once, in libs/contracts, and
  // the domain uses those lists; what the domain derives itself is checked here.
  it('actions (from the transition table) and timeliness classes are the same lists', () => {
    const acties = new Set(Object.values(CASUS_OVERGANGEN).flatMap((stappen) => stappen.map((s) => s.actie)));
    expect([...CASUS_ACTIES].sort()).toEqual([...acties].sort());
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
