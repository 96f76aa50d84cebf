import { randomUUID } from 'node:crypto';
import type { DossierIngediendPayload } from '@sluitend/contracts';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerDossier } from './projecteer-dossier';
import { ProjecteerDossierMessage } from './projecteer-dossier.message';

const ingediend = (dossierId: string, versie: number, overrides: Partial<DossierIngediendPayload> = {}): DossierIngediendPayload => ({
  dossierId,
  versie,
  schooljaar: '2026-2027',
  brin: '00AH',
  vestiging: '00AH00',
  woongemeente: 'GM0014',
  rmcRegio: 'MC03',
  onderwijstype: 'vmbo-kb',
  leerjaar: 4,
  bestemming: 'mbo',
  ondersteuningNodig: false,
  ingediendOp: `2026-01-${String(10 + versie).padStart(2, '0')}T09:00:00.000Z`,
  ...overrides,
});
const event = (payload: DossierIngediendPayload) => parsedEvent('overstap.dossier.ingediend', payload);

let context: ServiceTestContext;
let projecteer: ProjecteerDossier;
let deliver: (events: ReturnType<typeof event>[]) => Promise<unknown[]>;

const projectie = async (dossierId: string) =>
  (
    await context.dataSource.query(
      `SELECT versie, schooljaar, brin, vestiging, woongemeente, rmc_regio, onderwijstype, bestemming, ingediend_op, geprojecteerd_op
       FROM dossier_projectie WHERE dossier_id = $1`,
      [dossierId],
    )
  )[0];
const inboxRijen = async (eventIds: string[]): Promise<number> =>
  (await context.dataSource.query('SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])', [eventIds]))[0].n;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  projecteer = context.app.get(ProjecteerDossier);
  const message = context.app.get(ProjecteerDossierMessage);
  deliver = (events) => deliverThroughInbox(context.app, events, (fresh, inbox) => message.handle(fresh, inbox));
});

afterAll(() => context?.close());

describe('projecteer dossier (use case against the real database)', () => {
  it('applies an event once per event id through the inbox transaction; delivering the same event again changes nothing', async () => {
    const dossierId = randomUUID();
    const eerste = event(ingediend(dossierId, 1));
    expect(await deliver([eerste])).toHaveLength(1);
    const na = await projectie(dossierId);
    expect(na).toMatchObject({ versie: 1, brin: '00AH', vestiging: '00AH00', woongemeente: 'GM0014', rmc_regio: 'MC03', bestemming: 'mbo' });
    expect(na.ingediend_op.toISOString()).toBe('2026-01-11T09:00:00.000Z');

    expect(await deliver([eerste])).toHaveLength(0);
    expect(await projectie(dossierId)).toEqual(na);
    expect(await inboxRijen([eerste.id])).toBe(1);
  });

  it('commits the projection and the inbox rows together: a chunk that fails leaves neither, and its redelivery applies it', async () => {
    const dossierId = randomUUID();
    const events = [event(ingediend(dossierId, 1))];
    const message = context.app.get(ProjecteerDossierMessage);
    await expect(
      deliverThroughInbox(context.app, events, async (fresh, inbox) => {
        await message.handle(fresh, inbox);
        throw new Error('the process dies before the commit');
      }),
    ).rejects.toThrow('before the commit');
    expect(await projectie(dossierId)).toBeUndefined();
    expect(await inboxRijen([events[0].id])).toBe(0);

    expect(await deliver(events)).toHaveLength(1);
    expect(await projectie(dossierId)).toMatchObject({ versie: 1 });
  });

  it('keeps the newest version: a chunk with several versions of one dossier, then an older and an equal one that change nothing', async () => {
    const dossierId = randomUUID();
    await deliver([event(ingediend(dossierId, 1)), event(ingediend(dossierId, 3, { bestemming: 'havo' })), event(ingediend(dossierId, 2))]);
    const nieuwste = await projectie(dossierId);
    expect(nieuwste).toMatchObject({ versie: 3, bestemming: 'havo' });

    // Other event ids, so the inbox lets them through: the version check keeps the row as it is.
    const direct = (payload: DossierIngediendPayload) => projecteer.execute({ input: { ingediend: [payload] }, correlationId: randomUUID() });
    const andereSchool = { brin: '01AB', vestiging: '01AB00' };
    expect(await direct(ingediend(dossierId, 2, andereSchool))).toEqual({ geprojecteerd: [] });
    expect(await direct(ingediend(dossierId, 3, andereSchool))).toEqual({ geprojecteerd: [] });
    expect(await projectie(dossierId)).toEqual(nieuwste);

    expect(await direct(ingediend(dossierId, 4, { vestiging: '00AH01' }))).toEqual({ geprojecteerd: [dossierId] });
    expect(await projectie(dossierId)).toMatchObject({ versie: 4, vestiging: '00AH01', bestemming: 'mbo' });
  });
});
