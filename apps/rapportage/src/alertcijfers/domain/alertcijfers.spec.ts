import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { alertStandGrafiek, reactietijdGrafiek } from './alert-grafiek';
import { alertcijfers } from './alert-publicatie';
import { alertsPerStand, reactietijdSamenvatting, reactietijden } from './alertcijfers';
import { Alertgebeurtenis, alertenstand } from './alertstand';

let nummer = 0;
const uur = 3_600_000;
const t0 = Date.parse('2025-04-02T08:00:00+02:00');
const iso = (ms: number) => new Date(ms).toISOString();

/** An alert for an organisation, created at t0 + `na` hours, picked up / handled after so many hours, maybe escalated. */
function alert(
  organisatie: { type: 'rmc-regio' | 'vo-school'; code: string },
  o: { na?: number; opgepakt?: number; afgehandeld?: number; geescaleerd?: boolean; signaalType?: string } = {},
): Alertgebeurtenis[] {
  nummer++;
  const alertId = `00000000-0000-4000-8000-${String(nummer).padStart(12, '0')}`;
  const basis = { alertId, nummer, signaalType: o.signaalType ?? 'aanmelding-gemist', organisatie, ontvanger: 'rmc-woonregio' as const };
  const begin = t0 + (o.na ?? 0) * uur;
  const uit: Alertgebeurtenis[] = [
    {
      type: 'notificaties.alert.aangemaakt',
      payload: { ...basis, signaalEventId: alertId, aangemaaktOp: iso(begin), escalerenOp: iso(begin + 72 * uur) },
    },
  ];
  if (o.geescaleerd) {
    uit.push({
      type: 'notificaties.alert.geescaleerd',
      payload: { ...basis, escalatieAlertId: alertId, coordinator: { type: 'rmc-regio', code: 'MC16' }, geescaleerdOp: iso(begin + 72 * uur) },
    });
  }
  if (o.opgepakt !== undefined) {
    uit.push({ type: 'notificaties.alert.opgepakt', payload: { ...basis, vanStatus: 'gezien', opgepaktOp: iso(begin + o.opgepakt * uur) } });
  }
  if (o.afgehandeld !== undefined) {
    uit.push({
      type: 'notificaties.alert.afgehandeld',
      payload: { ...basis, uitkomst: 'contact-gelegd', afgehandeldOp: iso(begin + o.afgehandeld * uur) },
    });
  }
  return uit;
}
const n = (aantal: number, ...args: Parameters<typeof alert>) => Array.from({ length: aantal }, () => alert(...args)).flat();

const RMC = { type: 'rmc-regio', code: 'MC16' } as const;
const SCHOOL = { type: 'vo-school', code: '07NU' } as const;

/*
 * April 2025, by hand — RMC MC16: 10 picked up within 2 hours and handled after 30; 6 picked up after 10 hours, still
 * open; 3 never picked up and escalated; 1 escalated, then picked up (80 h) and handled (100 h).
 * School 07NU: 5 handled within 3 hours (type dropped-a-level). Outside the period: 2 in March.
 */
const gebeurtenissen = [
  ...n(10, RMC, { opgepakt: 2, afgehandeld: 30 }),
  ...n(6, RMC, { opgepakt: 10 }),
  ...n(3, RMC, { geescaleerd: true }),
  ...n(1, RMC, { geescaleerd: true, opgepakt: 80, afgehandeld: 100 }),
  ...n(5, SCHOOL, { opgepakt: 1, afgehandeld: 3, signaalType: 'geen-levende-aanmelding' }),
  ...n(2, RMC, { na: -24 * 10, opgepakt: 1 }),
  {
    type: 'notificaties.alert.opgepakt',
    payload: {
      alertId: 'onbekend',
      nummer: 0,
      signaalType: 'x',
      organisatie: RMC,
      ontvanger: 'rmc-woonregio',
      vanStatus: 'nieuw',
      opgepaktOp: iso(t0),
    },
  },
] as Alertgebeurtenis[];

const selectie = { periode: { van: '2025-04-01', tot: '2025-04-30' }, dimensie: 'organisatie' } as const;

describe('alert figures', () => {
  const stand = alertenstand(gebeurtenissen);

  it('per organisation: open, picked up, handled, and the escalated ones apart', () => {
    const tabel = alertsPerStand(stand, selectie);
    expect(tabel.rijen).toEqual(['rmc-regio:MC16', 'vo-school:07NU']);
    // open, opgepakt, afgehandeld, open+esc, opgepakt+esc, afgehandeld+esc
    expect(tabel.cellen).toEqual([
      [0, 6, 10, 3, 0, 1],
      [0, 0, 5, 0, 0, 0],
    ]);
    expect(stand.wezen).toBe(1);
  });

  it('per signal type', () => {
    expect(alertsPerStand(stand, { ...selectie, dimensie: 'signaaltype' }).rijen).toEqual(['aanmelding-gemist', 'geen-levende-aanmelding']);
  });

  it('time to pick-up and to handling, in classes and as median / p90 hours', () => {
    // < 4 h, 4–24 h, 1–3 days, > 3 days, not yet
    expect(reactietijden(stand, selectie, 'opgepakt').cellen[0]).toEqual([10, 6, 0, 1, 3]);
    expect(reactietijden(stand, selectie, 'afgehandeld').cellen[0]).toEqual([0, 0, 10, 1, 9]);
    const rmc = reactietijdSamenvatting(stand, selectie).get('rmc-regio:MC16')!;
    expect(rmc.opgepakt).toEqual({ aantal: 17, mediaan: 2, p90: 10 });
    expect(rmc.afgehandeld).toEqual({ aantal: 11, mediaan: 30, p90: 30 });
    expect(reactietijdSamenvatting(stand, { ...selectie, organisatie: SCHOOL }, 5).get('vo-school:07NU')!.opgepakt.mediaan).toBe(1);
    expect(reactietijdSamenvatting(stand, { ...selectie, organisatie: SCHOOL }, 6).get('vo-school:07NU')!.opgepakt.mediaan).toBeNull();
  });

  it('published: the three tables suppressed together; charts', () => {
    const uit = alertcijfers(stand, selectie, STANDAARD_BELEID);
    expect(uit.stand.cellen[0][3]).toBeNull(); // 3 escalated, open
    expect(uit.stand.cellen[0][5]).toBeNull(); // 1
    expect(uit.stand.rijtotalen.map((w) => w === null)).toEqual(uit.opgepakt.rijtotalen.map((w) => w === null));
    expect(alertStandGrafiek('organisatie', uit.stand).reeksen[2].waarden[0]).toBe(10);
    expect(reactietijdGrafiek('opgepakt', 'organisatie', alertcijfers(stand, selectie, null).opgepakt).reeksen[0].waarden).toEqual([10, 5]);
  });
});
