import { randomBytes } from 'node:crypto';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { trajectenEnvSchema } from '../../../config/trajecten-env';
import { OpenCasus } from '../../commands/open-casus/open-casus';
import { LeesCasus } from '../casus/lees-casus';
import { LeesInzage } from './lees-inzage';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'trajecten', envSchema: trajectenEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

describe('every read of a case is recorded (use cases against the real database)', () => {
  it("records each read of the case by the region's staff; not a refused read; the coordinator sees who read it", async () => {
    const begeleider = { ...context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']), sub: 'u-begeleider' };
    const coordinator = { ...context.claims({ type: 'rmc-regio', code: 'MC03' }, ['rmc-coordinator']), sub: 'u-coordinator' };
    const casus = await context.app
      .get(OpenCasus)
      .execute({ input: { jongereId: randomBytes(32).toString('base64url'), aanleiding: 'school' }, actor: begeleider, correlationId: 'c' });
    await context.app.get(LeesCasus).execute({ input: { casusId: casus.id }, actor: begeleider, correlationId: 'c' });
    await context.app.get(LeesCasus).execute({ input: { casusId: casus.id }, actor: coordinator, correlationId: 'c' });
    await expect(
      context.app.get(LeesCasus).execute({
        input: { casusId: casus.id },
        actor: context.claims({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider']),
        correlationId: 'c',
      }),
    ).rejects.toMatchObject({ code: 'casus.niet-gevonden' });

    const { inzages } = await context.app.get(LeesInzage).execute({ input: { casusId: casus.id }, actor: coordinator, correlationId: 'c' });
    expect(inzages.map((i) => [i.door, i.organisatie.code, i.wat])).toEqual([
      ['u-coordinator', 'MC03', 'casus'],
      ['u-begeleider', 'MC03', 'casus'],
    ]);
    await expect(context.app.get(LeesInzage).execute({ input: { casusId: casus.id }, actor: begeleider, correlationId: 'c' })).rejects.toMatchObject({
      kind: 'geen-toegang',
    });
  });
});
