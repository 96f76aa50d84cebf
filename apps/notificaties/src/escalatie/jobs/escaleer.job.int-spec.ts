import { randomUUID } from 'node:crypto';
import { parseEvent } from '@sluitend/contracts';
import { CLOCK, Clock, werkdagenNa } from '@sluitend/domain-nl';
import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { aanmeldingGemist, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { MaakAlerts } from '../../alerts/commands/maak-alerts/maak-alerts';
import { WijzigAlert } from '../../alerts/commands/wijzig-alert/wijzig-alert';
import { SignaalEvent } from '../../alerts/domain/signaal-event';
import { AppModule } from '../../app.module';
import { notificatiesEnvSchema } from '../../config/notificaties-env';
import { JOBS } from '../../shared/jobs';

let context: ServiceTestContext;

// The default term (5 werkdagen): the demo clock is moved past it, as in a demo.
beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);

describe('escalation through the sweeper after a demo clock jump', () => {
  it('escalates each alert not picked up in time to the coordinator of the woonregio once; a picked-up one never', async () => {
    const sweeper = context.app.get(DueWorkSweeper);
    const clock = context.app.get<Clock>(CLOCK);
    // A minor in Assen (MC07) at a school in Groningen: alerts for the RMC of MC07, the school and leerplicht.
    const event = parseEvent(aanmeldingGemist('MC07', '00AH', 'GM0106', `c-${randomUUID()}`, true)) as SignaalEvent;
    await context.app.get(MaakAlerts).execute({ input: { signalen: [event] }, correlationId: event.correlationId });
    const alerts = await rows<{ id: string; org_type: string }>('SELECT id, org_type FROM alert WHERE signaal_event_id = $1', [event.id]);
    expect(alerts).toHaveLength(3);
    const school = alerts.find((alert) => alert.org_type === 'vo-school') as { id: string };
    await context.app.get(WijzigAlert).execute({
      input: { alertId: school.id, wijziging: { actie: 'opgepakt' } },
      actor: context.claims({ type: 'vo-school', code: '00AH' }, ['decaan']),
      correlationId: 'c-oppakken',
    });

    // Before the term nothing is due.
    await sweeper.sweep(JOBS.escalatie);
    expect(await rows(`SELECT id FROM alert WHERE signaal_type = 'escalatie'`)).toEqual([]);

    expect(await context.app.get(DemoClock).jumpTo(new Date(werkdagenNa(clock.now(), 5).getTime() + 60_000))).toEqual({ verzet: true });
    await sweeper.sweep(JOBS.escalatie);

    const onbehandeld = alerts.filter((alert) => alert.id !== school.id).map((alert) => alert.id);
    const escalaties = await rows<{ escalatie_van: string; org_type: string; org_code: string; ontvanger: string; status: string }>(
      `SELECT escalatie_van, org_type, org_code, ontvanger, status FROM alert WHERE signaal_type = 'escalatie' ORDER BY escalatie_van`,
    );
    expect(escalaties).toEqual(
      [...onbehandeld]
        .sort()
        .map((id) => ({ escalatie_van: id, org_type: 'rmc-regio', org_code: 'MC07', ontvanger: 'rmc-coordinator', status: 'nieuw' })),
    );
    const gemarkeerd = await rows<{ id: string }>('SELECT id FROM alert WHERE geescaleerd_op IS NOT NULL ORDER BY id');
    expect(gemarkeerd.map((alert) => alert.id)).toEqual([...onbehandeld].sort());
    const geescaleerd = await rows<{ aggregate: string }>(
      `SELECT envelope -> 'payload' ->> 'alertId' AS aggregate FROM outbox WHERE event_type = 'notificaties.alert.geescaleerd'`,
    );
    expect(geescaleerd.map((row) => row.aggregate).sort()).toEqual([...onbehandeld].sort());
    // The escalation keeps the correlation id of the signal that started it (issue 9), on its event and its alert.
    const correlaties = await rows<{ id: string }>(
      `SELECT DISTINCT envelope ->> 'correlationId' AS id FROM outbox WHERE event_type = 'notificaties.alert.geescaleerd'`,
    );
    expect(correlaties).toEqual([{ id: event.correlationId }]);
    expect(await rows(`SELECT DISTINCT correlation_id FROM alert WHERE signaal_type = 'escalatie'`)).toEqual([
      { correlation_id: event.correlationId },
    ]);
    expect(await rows(`SELECT alert_id FROM alert_historie WHERE actie = 'geescaleerd' AND alert_id = $1`, [school.id])).toEqual([]);

    // A second sweep (or a replica's, or the next jump's) adds nothing.
    expect((await sweeper.sweep(JOBS.escalatie)).items).toBe(0);
    expect(await rows(`SELECT id FROM alert WHERE signaal_type = 'escalatie'`)).toHaveLength(2);
    expect(await rows(`SELECT id FROM outbox WHERE event_type = 'notificaties.alert.geescaleerd'`)).toHaveLength(2);
  });
});
