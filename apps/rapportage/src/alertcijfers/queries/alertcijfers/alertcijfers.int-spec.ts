import { randomUUID } from 'node:crypto';
import { DomainError } from '@sluitend/domain-nl';
import type { Organisatie } from '@sluitend/auth';
import type { AlertcijfersAntwoord } from '@sluitend/contracts';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerAlertsMessage } from '../../commands/projecteer-alerts/projecteer-alerts.message';
import type { AlertGebeurtenis } from '../../domain/alertprojectie';
import { LeesAlertcijfers } from './alertcijfers';

/** One alert of the synthetic set: whose, and how many hours after creation it was picked up / handled (null: not). */
interface Alert {
  org: { type: 'rmc-regio' | 'gemeente'; code: string };
  signaalType: string;
  opgepaktNa: number | null;
  afgehandeldNa: number | null;
  geescaleerd: boolean;
}

const aangemaakt = Date.parse('2026-01-12T08:00:00.000Z');
const uur = 3_600_000;

function alerts(): Alert[] {
  let x = 7;
  const volgende = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const lijst: Alert[] = [];
  for (let i = 0; i < 120; i++) {
    const opgepaktNa = [null, 1, 3.99, 4, 10, 23.99, 24, 48, 72, 72.5, 200][volgende(11)];
    const afgehandeldNa = opgepaktNa === null || volgende(3) === 0 ? null : opgepaktNa + [0, 2, 30, 100][volgende(4)];
    lijst.push({
      org: volgende(2) === 0 ? { type: 'rmc-regio', code: 'MC07' } : { type: 'gemeente', code: 'GM0014' },
      signaalType: ['overstap.deadline.aanmelding-gemist', 'verzuim.melding.voor-rmc'][volgende(2)],
      opgepaktNa,
      afgehandeldNa,
      geescaleerd: volgende(5) === 0,
    });
  }
  return lijst;
}

function gebeurtenissen(a: Alert): AlertGebeurtenis[] {
  const basis = { alertId: randomUUID(), nummer: 1, signaalType: a.signaalType, organisatie: a.org, ontvanger: 'rmc-woonregio' as const };
  const op = (uren: number) => new Date(aangemaakt + uren * uur).toISOString();
  const events: AlertGebeurtenis[] = [
    parsedEvent('notificaties.alert.aangemaakt', { ...basis, signaalEventId: randomUUID(), aangemaaktOp: op(0), escalerenOp: op(120) }),
  ];
  if (a.geescaleerd) {
    events.push(
      parsedEvent('notificaties.alert.geescaleerd', {
        ...basis,
        escalatieAlertId: randomUUID(),
        coordinator: { type: 'rmc-regio', code: 'MC07' },
        geescaleerdOp: op(120),
      }),
    );
  }
  if (a.opgepaktNa !== null) events.push(parsedEvent('notificaties.alert.opgepakt', { ...basis, vanStatus: 'gezien', opgepaktOp: op(a.opgepaktNa) }));
  if (a.afgehandeldNa !== null) {
    events.push(parsedEvent('notificaties.alert.afgehandeld', { ...basis, uitkomst: 'contact-gelegd', afgehandeldOp: op(a.afgehandeldNa) }));
  }
  return events;
}

// Classes by hand: < 4 h, 4–24 h, 1–3 days (up to and including 72 h), > 3 days, not yet.
const klasse = (uren: number | null): number => (uren === null ? 4 : uren < 4 ? 0 : uren < 24 ? 1 : uren <= 72 ? 2 : 3);
const stand = (a: Alert): number => (a.afgehandeldNa !== null ? 2 : a.opgepaktNa !== null ? 1 : 0) + (a.geescaleerd ? 3 : 0);

let context: ServiceTestContext;
let lees: (org: Organisatie, dimensie?: 'organisatie' | 'signaaltype') => Promise<AlertcijfersAntwoord>;
const set = alerts();

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  const message = context.app.get(ProjecteerAlertsMessage);
  const deliver = (events: AlertGebeurtenis[]) =>
    deliverThroughInbox(context.app, events, (fresh, inbox) => message.handle(fresh as AlertGebeurtenis[], inbox));
  const leesAlertcijfers = context.app.get(LeesAlertcijfers);
  lees = (org, dimensie = 'organisatie') =>
    leesAlertcijfers.execute({
      input: { schooljaar: '2025-2026', dimensie },
      actor: context.claims(org),
      correlationId: randomUUID(),
      voorExport: false,
    });
  // Every other alert's events arrive last-first; each event alone (its own chunk), and every event twice.
  for (const [i, a] of set.entries()) {
    const events = i % 2 === 0 ? gebeurtenissen(a) : gebeurtenissen(a).reverse();
    for (const event of events) {
      expect(await deliver([event])).toHaveLength(1);
      expect(await deliver([event])).toHaveLength(0);
    }
  }
});

afterAll(() => context?.close());

describe('alert figures from notificaties events (against the real database)', () => {
  it('gives an organisation its own alerts by state and time to pick-up and handling, equal to the set counted by hand', async () => {
    const eigen = set.filter((a) => a.org.type === 'gemeente');
    const cijfers = await lees({ type: 'gemeente', code: 'GM0014' });
    expect(cijfers.stand.rijen).toEqual(['gemeente:GM0014']);
    expect(cijfers.stand.drempel).toBeNull();
    const tel = (kolommen: number, kolom: (a: Alert) => number) => {
      const rij = new Array<number>(kolommen).fill(0);
      for (const a of eigen) rij[kolom(a)]++;
      return rij;
    };
    expect(cijfers.stand.cellen).toEqual([tel(6, stand)]);
    expect(cijfers.opgepakt.cellen).toEqual([tel(5, (a) => klasse(a.opgepaktNa))]);
    expect(cijfers.afgehandeld.cellen).toEqual([tel(5, (a) => klasse(a.afgehandeldNa))]);
    expect(cijfers.stand.totaal).toBe(eigen.length);
  });

  it('counts per signal type within the organisation', async () => {
    const cijfers = await lees({ type: 'rmc-regio', code: 'MC07' }, 'signaaltype');
    const eigen = set.filter((a) => a.org.type === 'rmc-regio');
    expect(cijfers.stand.rijen).toEqual(['overstap.deadline.aanmelding-gemist', 'verzuim.melding.voor-rmc']);
    expect(cijfers.stand.rijtotalen).toEqual(cijfers.stand.rijen.map((t) => eigen.filter((a) => a.signaalType === t).length));
  });

  it('gives ops every organisation with small counts suppressed and every published count true', async () => {
    const cijfers = await lees({ type: 'ops', code: 'platform' });
    expect(cijfers.stand.rijen).toEqual(['gemeente:GM0014', 'rmc-regio:MC07']);
    expect(cijfers.stand.drempel).toBe(5);
    const tabellen = [
      [cijfers.stand, stand, 6],
      [cijfers.opgepakt, (a: Alert) => klasse(a.opgepaktNa), 5],
      [cijfers.afgehandeld, (a: Alert) => klasse(a.afgehandeldNa), 5],
    ] as const;
    for (const [tabel, kolom, breedte] of tabellen) {
      tabel.rijen.forEach((rij, r) => {
        const echt = new Array<number>(breedte).fill(0);
        for (const a of set.filter((x) => `${x.org.type}:${x.org.code}` === rij)) echt[kolom(a)]++;
        echt.forEach((n, k) => {
          if (n > 0 && n < 5) expect(tabel.cellen[r][k]).toBeNull();
          if (tabel.cellen[r][k] !== null) expect(tabel.cellen[r][k]).toBe(n);
        });
      });
    }
    expect(cijfers.stand.cellen.flat().some((w) => w === null)).toBe(true);
  });

  it('refuses a partner', async () => {
    await expect(lees({ type: 'partner', code: 'jongerenwerk' })).rejects.toBeInstanceOf(DomainError);
  });
});
