import { randomUUID } from 'node:crypto';
import { DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { verzuimEnvSchema } from './config/verzuim-env';

/** verzuim's retention (issue 11): inzage rows older than BEWAARTERMIJN_INZAGE (two years) go; younger ones stay. */
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const inzage = async (dagenGeleden: number): Promise<string> => {
  const gebruiker = `u-${randomUUID()}`;
  await context.dataSource.query(
    `INSERT INTO melding_inzage (gebruiker, organisatie, melding_ids, op) VALUES ($1, 'gemeente:GM0014', ARRAY[$2::uuid], now() - make_interval(days => $3))`,
    [gebruiker, randomUUID(), dagenGeleden],
  );
  return gebruiker;
};

describe('retention of the melding inzage log', () => {
  it('deletes inzage rows older than two years and keeps younger ones', async () => {
    const oud = await inzage(800);
    const jong = await inzage(700);
    await context.app.get(DueWorkSweeper).sweep('retention');
    const over = (await context.dataSource.query('SELECT gebruiker FROM melding_inzage WHERE gebruiker = ANY($1)', [[oud, jong]])).map(
      (rij: { gebruiker: string }) => rij.gebruiker,
    );
    expect(over).toEqual([jong]);
  });
});
