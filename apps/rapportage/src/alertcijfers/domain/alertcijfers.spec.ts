import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { alertcijfers } from './alert-publicatie';
import { Alertgroep, alertsPerStand, reactietijdKlasse, reactietijden } from './alertcijfers';

/** A group of alerts of a row, picked up / handled after so many hours (undefined: not yet), maybe escalated. */
function groep(rij: string, aantal: number, o: { opgepakt?: number; afgehandeld?: number; geescaleerd?: boolean } = {}): Alertgroep {
  return {
    rij,
    aantal,
    opgepakt: o.opgepakt !== undefined,
    afgehandeld: o.afgehandeld !== undefined,
    geescaleerd: o.geescaleerd === true,
    opgepaktKlasse: reactietijdKlasse(o.opgepakt ?? null),
    afgehandeldKlasse: reactietijdKlasse(o.afgehandeld ?? null),
  };
}

/*
 * By hand — RMC MC16: 10 picked up within 2 hours and handled after 30; 6 picked up after 10 hours, still open;
 * 3 never picked up and escalated; 1 escalated, then picked up (80 h) and handled (100 h). School 07NU: 5 handled
 * within 3 hours.
 */
const groepen = [
  groep('rmc-regio:MC16', 10, { opgepakt: 2, afgehandeld: 30 }),
  groep('vo-school:07NU', 5, { opgepakt: 1, afgehandeld: 3 }),
  groep('rmc-regio:MC16', 6, { opgepakt: 10 }),
  groep('rmc-regio:MC16', 3, { geescaleerd: true }),
  groep('rmc-regio:MC16', 1, { geescaleerd: true, opgepakt: 80, afgehandeld: 100 }),
];

describe('alert figures', () => {
  it('classes the hours at their edges: < 4, < 24, up to and including 72, above, not yet', () => {
    expect([3.99, 4, 23.99, 24, 72, 72.01].map(reactietijdKlasse)).toEqual([0, 1, 1, 2, 2, 3]);
    expect(reactietijdKlasse(null)).toBe(4);
  });

  it('per row: open, picked up, handled, and the escalated ones apart; rows sorted, groups of a row added up', () => {
    const tabel = alertsPerStand(groepen);
    expect(tabel.rijen).toEqual(['rmc-regio:MC16', 'vo-school:07NU']);
    // open, opgepakt, afgehandeld, open+esc, opgepakt+esc, afgehandeld+esc
    expect(tabel.cellen).toEqual([
      [0, 6, 10, 3, 0, 1],
      [0, 0, 5, 0, 0, 0],
    ]);
  });

  it('time to pick-up and to handling, in classes', () => {
    // < 4 h, 4–24 h, 1–3 days, > 3 days, not yet
    expect(reactietijden(groepen, 'opgepakt').cellen[0]).toEqual([10, 6, 0, 1, 3]);
    expect(reactietijden(groepen, 'afgehandeld').cellen[0]).toEqual([0, 0, 10, 1, 9]);
  });

  it('published: the three tables suppressed together', () => {
    const uit = alertcijfers(groepen, STANDAARD_BELEID);
    expect(uit.stand.cellen[0][3]).toBeNull(); // 3 escalated, open
    expect(uit.stand.cellen[0][5]).toBeNull(); // 1
    expect(uit.stand.rijtotalen.map((w) => w === null)).toEqual(uit.opgepakt.rijtotalen.map((w) => w === null));
    expect(alertcijfers(groepen, null).opgepakt.cellen.map((rij) => rij[0])).toEqual([10, 5]);
  });

  it('no alerts: empty tables', () => {
    expect(alertcijfers([], STANDAARD_BELEID).stand.rijen).toEqual([]);
  });
});
