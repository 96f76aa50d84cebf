import type { OpenCasusRef } from '../../casussen/domain/casus';
import { BSN, ONDERWIJSNUMMER } from './duo-lijst.fixture';
import { lijstRapport } from './lijst-rapport';
import { koppelRijen } from './rij-koppeling';

const pseudoniem = (nummer: string) => `p-${nummer}`;
const rij = (regel: number, nummer: string, soort: 'bsn' | 'onderwijsnummer' = 'bsn', geboortedatum = '2007-05-12') => ({
  regel,
  persoonsnummer: { soort, nummer },
  geboortedatum,
});

describe('matching list rows to a person and a case', () => {
  const open = new Map<string, OpenCasusRef>([[`p-${BSN}`, { casusId: 'c-open', status: 'afgewezen' }]]);

  it("attaches to the open case, opens a new one, or leaves out who is 23 on the list's date", () => {
    const koppelingen = koppelRijen([rij(2, BSN), rij(3, ONDERWIJSNUMMER, 'onderwijsnummer'), rij(4, '999990011', 'bsn', '2003-02-28')], {
      pseudoniem,
      openCasus: (id) => open.get(id),
      peildatum: '2026-03-01',
    });
    expect(koppelingen).toEqual([
      { regel: 2, jongereId: `p-${BSN}`, besluit: 'koppelen', casusId: 'c-open' },
      { regel: 3, jongereId: `p-${ONDERWIJSNUMMER}`, besluit: 'openen' },
      { regel: 4, jongereId: 'p-999990011', besluit: 'buiten-doelgroep' },
    ]);
  });

  it('one case per person within the list too', () => {
    const koppelingen = koppelRijen([rij(2, ONDERWIJSNUMMER, 'onderwijsnummer'), rij(5, BSN)], {
      pseudoniem: () => 'dezelfde-jongere',
      openCasus: () => undefined,
      peildatum: '2026-03-01',
    });
    expect(koppelingen.map((k) => [k.besluit, k.zelfdeCasusAlsRegel])).toEqual([
      ['openen', undefined],
      ['koppelen', 2],
    ]);
  });

  it("the per-row report: every line's fate in line order, with counts", () => {
    const koppelingen = koppelRijen([rij(2, BSN), rij(4, ONDERWIJSNUMMER, 'onderwijsnummer')], {
      pseudoniem,
      openCasus: (id) => open.get(id),
      peildatum: '2026-03-01',
    });
    const rapport = lijstRapport(
      [
        { row: 3, field: 'geboortedatum', rule: 'datum', message: 'x' },
        { row: 3, field: 'brin', rule: 'brin', message: 'y' },
      ],
      koppelingen,
    );
    expect(rapport.regels.map((r) => [r.regel, r.status, r.meldingen.length])).toEqual([
      [2, 'bij-open-casus', 0],
      [3, 'ongeldig', 2],
      [4, 'nieuwe-casus', 0],
    ]);
    expect(rapport.telling).toEqual({ ongeldig: 1, 'nieuwe-casus': 1, 'bij-open-casus': 1, 'buiten-doelgroep': 0 });
  });
});
