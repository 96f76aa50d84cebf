import { randomUUID } from 'node:crypto';
import { DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { notificatiesEnvSchema } from './config/notificaties-env';

/**
 * notificaties' retention (issue 11): an alert afgehandeld more than BEWAARTERMIJN_AFGEHANDELDE_ALERTS ago goes with its
 * history; one afgehandeld recently, and an old one still open, stay.
 */
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

/** An alert with its history, in one statement: the service's own retention sweep may run between two. */
async function alert(status: string, dagenGeleden: number): Promise<string> {
  const id = randomUUID();
  await context.dataSource.query(
    `WITH nieuw AS (
       INSERT INTO alert (id, signaal_sleutel, signaal_type, signaal_event_id, jongere_id, org_type, org_code, ontvanger, context, signaal, status, aangemaakt_op, gewijzigd_op)
       VALUES ($1, $2, 'overstap.deadline.aanmelding-gemist', $3, 'pseudoniem', 'rmc-regio', 'MC07', 'rmc-woonregio', '{"rmcRegio":"MC07"}', '{}', $4,
               now() - make_interval(days => $5), now() - make_interval(days => $5))
       RETURNING id
     )
     INSERT INTO alert_historie (alert_id, actie, naar_status, door_sub, door_naam, op) SELECT id, 'aangemaakt', 'nieuw', 's', 'n', now() FROM nieuw`,
    [id, randomUUID(), randomUUID(), status, dagenGeleden],
  );
  return id;
}

describe('retention of alerts', () => {
  it('deletes alerts afgehandeld more than a year ago with their history; keeps recent and open ones', async () => {
    const oud = await alert('afgehandeld', 400);
    const recent = await alert('afgehandeld', 100);
    const open = await alert('opgepakt', 400);
    await context.app.get(DueWorkSweeper).sweep('retention');
    const over = (await context.dataSource.query('SELECT id FROM alert WHERE id = ANY($1::uuid[])', [[oud, recent, open]])).map(
      (rij: { id: string }) => rij.id,
    );
    expect(over.sort()).toEqual([recent, open].sort());
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM alert_historie WHERE alert_id = $1', [oud])).toEqual([{ n: 0 }]);
  });
});
