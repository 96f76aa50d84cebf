import { randomBytes, randomUUID } from 'node:crypto';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { MaakAlertsMessage } from '../maak-alerts/maak-alerts.message';
import { TrekSignaalInMessage } from './trek-signaal-in.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

/** A 16-uur melding for the leerplichtambtenaar of Groningen (GM0014) of a student at school 14RP, as verzuim publishes it. */
function melding() {
  const meldingId = randomUUID();
  const jongereId = randomBytes(32).toString('base64url');
  const eventContext = { jongereId, context: { woongemeente: 'GM0014', rmcRegio: 'MC03', brin: '14RP', schooljaar: '2025-2026', minderjarig: true } };
  const basis = { meldingId, soort: 'zestien-uur', startdatum: '2025-10-01', brin: '14RP' } as const;
  const geregistreerd = parsedEvent(
    'verzuim.melding.voor-leerplicht',
    {
      ...basis,
      signaalId: meldingId,
      einddatum: '2025-10-20',
      urenGemist: 16,
      dagenGemist: 4,
      alleLessenGemist: false,
      verplicht: true,
      vervolgmelding: false,
      handmatig: false,
      woongemeente: 'GM0014',
      rmcRegio: 'MC03',
    },
    eventContext,
  );
  const stap = (
    actie: 'in-behandeling-nemen' | 'afsluiten',
    vanStatus: 'geregistreerd' | 'in-behandeling',
    naarStatus: 'in-behandeling' | 'afgesloten',
  ) =>
    parsedEvent(
      'verzuim.melding.status-gewijzigd',
      {
        ...basis,
        actie,
        vanStatus,
        naarStatus,
        sluitreden: null,
        masFase: null,
        masRoute: null,
        gewijzigdOp: '2025-10-22T10:00:00+02:00',
      },
      eventContext,
    );
  const ingetrokken = parsedEvent('verzuim.melding.ingetrokken', { ...basis, reden: 'correctie' }, eventContext);
  return { meldingId, geregistreerd, stap, ingetrokken };
}

const alerts = (meldingId: string): Promise<Array<{ org_type: string; status: string; uitkomst: string | null }>> =>
  context.dataSource.query('SELECT org_type, status, uitkomst FROM alert WHERE signaal_sleutel = $1 ORDER BY org_type', [meldingId]);

const historie = (meldingId: string): Promise<Array<{ actie: string; toelichting: string }>> =>
  context.dataSource.query(
    `SELECT h.actie, h.toelichting FROM alert_historie h JOIN alert a ON a.id = h.alert_id
      WHERE a.signaal_sleutel = $1 AND h.door_sub = 'systeem:signaal-ingetrokken' ORDER BY a.org_type`,
    [meldingId],
  );

async function registreer(m: ReturnType<typeof melding>): Promise<void> {
  const handler = context.app.get(MaakAlertsMessage);
  await deliverThroughInbox(context.app, [m.geregistreerd], (fresh, inbox) => handler.verzuimVoorLeerplicht(fresh, inbox));
}

describe('a verzuimmelding ended in verzuim closes its alerts (through the inbox, against the real database)', () => {
  it('in behandeling leaves the alerts open; afgesloten closes every open one (geen-actie-nodig, a history line), and twice is once', async () => {
    const m = melding();
    await registreer(m);
    const open = await alerts(m.meldingId);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((alert) => alert.status === 'nieuw')).toBe(true);

    const handler = context.app.get(TrekSignaalInMessage);
    const inBehandeling = m.stap('in-behandeling-nemen', 'geregistreerd', 'in-behandeling');
    await deliverThroughInbox(context.app, [inBehandeling], (fresh, inbox) => handler.meldingStatusGewijzigd(fresh, inbox));
    expect(await alerts(m.meldingId)).toEqual(open);

    const afgesloten = m.stap('afsluiten', 'in-behandeling', 'afgesloten');
    await deliverThroughInbox(context.app, [afgesloten], (fresh, inbox) => handler.meldingStatusGewijzigd(fresh, inbox));
    await deliverThroughInbox(context.app, [{ ...afgesloten, id: randomUUID() }], (fresh, inbox) => handler.meldingStatusGewijzigd(fresh, inbox));
    expect(await alerts(m.meldingId)).toEqual(open.map((alert) => ({ ...alert, status: 'afgehandeld', uitkomst: 'geen-actie-nodig' })));
    expect(await historie(m.meldingId)).toEqual(
      open.map(() => ({ actie: 'melding afgerond', toelichting: 'De verzuimmelding is afgesloten in de verzuimregistratie.' })),
    );
    const outbox = await context.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE event_type = 'notificaties.alert.afgehandeld' AND envelope ->> 'causationId' = $1`,
      [afgesloten.id],
    );
    expect(outbox).toEqual([{ n: open.length }]);
  });

  it('a melding withdrawn after a correction closes its open alerts and keeps the outcome of one already handled', async () => {
    const m = melding();
    await registreer(m);
    const [eerste, ...andere] = await alerts(m.meldingId);
    await context.dataSource.query(
      `UPDATE alert SET status = 'afgehandeld', uitkomst = 'contact-gelegd' WHERE signaal_sleutel = $1 AND org_type = $2`,
      [m.meldingId, eerste.org_type],
    );
    const handler = context.app.get(TrekSignaalInMessage);
    await deliverThroughInbox(context.app, [m.ingetrokken], (fresh, inbox) => handler.meldingIngetrokken(fresh, inbox));
    expect(await alerts(m.meldingId)).toEqual([
      { org_type: eerste.org_type, status: 'afgehandeld', uitkomst: 'contact-gelegd' },
      ...andere.map((alert) => ({ ...alert, status: 'afgehandeld', uitkomst: 'geen-actie-nodig' })),
    ]);
  });
});
