import { randomUUID } from 'node:crypto';
import { register } from 'prom-client';
import { DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';

/** overstap's retention (issue 11): an aanmelding received longer ago than BEWAARTERMIJN_AANMELDINGEN goes, with its history; a young one stays. */
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

/**
 * An aanmelding received `dagenGeleden` days ago with its status history, in one statement: the service's own
 * retention sweep (pg-boss wakes it) may run at any moment and must not find the one without the other.
 */
async function aanmelding(dagenGeleden: number): Promise<string> {
  const id = randomUUID();
  await context.dataSource.query(
    `WITH nieuw AS (
       INSERT INTO aanmelding (id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, startdatum, status, aangemeld_op, op_tijd, gewijzigd_op, geregistreerd_op)
       VALUES ($1, $2, '2025-2026', '25LP', '25LP00', '25180', 2, '2026-08-30', 'aangemeld', now() - make_interval(days => $3), true, now(), now() - make_interval(days => $3))
       RETURNING id
     )
     INSERT INTO aanmelding_statushistorie (aanmelding_id, van, naar, op, door) SELECT id, NULL, 'aangemeld', now(), 'test' FROM nieuw`,
    [id, `jongere-${id}`, dagenGeleden],
  );
  return id;
}

const verwijderd = async (): Promise<number> =>
  ((await register.getSingleMetric('sluitend_retention_deleted_rows_total')?.get())?.values ?? [])
    .filter((value) => value.labels.policy === 'aanmeldingen')
    .reduce((som, value) => som + value.value, 0);

describe('retention of aanmeldingen', () => {
  it('deletes an aanmelding received more than a year ago with its status history, and keeps a young one', async () => {
    const voor = await verwijderd();
    const oud = await aanmelding(400);
    const jong = await aanmelding(300);
    await context.app.get(DueWorkSweeper).sweep('retention');
    const over = (await context.dataSource.query('SELECT id FROM aanmelding WHERE id = ANY($1::uuid[])', [[oud, jong]])).map(
      (rij: { id: string }) => rij.id,
    );
    expect(over).toEqual([jong]);
    expect(await context.dataSource.query('SELECT count(*)::int AS n FROM aanmelding_statushistorie WHERE aanmelding_id = $1', [oud])).toEqual([
      { n: 0 },
    ]);
    // Measured: this process's sweeps (the test's, or pg-boss's wake in between) counted the row under its policy.
    expect(await verwijderd()).toBeGreaterThanOrEqual(voor + 1);
  });
});
