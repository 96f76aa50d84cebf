import { randomUUID } from 'node:crypto';
import { Claims } from '@sluitend/auth';
import { parseEvent } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { aanmeldingGemist, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { notificatiesEnvSchema } from '../../../config/notificaties-env';
import { SignaalEvent } from '../../domain/signaal-event';
import { LeesAlert } from '../../queries/alert/lees-alert';
import { LeesInbox } from '../../queries/inbox/lees-inbox';
import { MaakAlerts } from '../maak-alerts/maak-alerts';
import { WijzigAlert, Wijziging } from './wijzig-alert';

let context: ServiceTestContext;
let wijzigAlert: WijzigAlert;
let rmc: Claims;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'notificaties', envSchema: notificatiesEnvSchema, module: (env) => AppModule.forEnv(env) });
  wijzigAlert = context.app.get(WijzigAlert);
  rmc = context.claims({ type: 'rmc-regio', code: 'MC07' }, ['trajectbegeleider']);
});

afterAll(() => context?.close());

/** A new alert in MC07's inbox (and the school's), made from a signal. */
async function nieuweAlert(): Promise<string> {
  const event = parseEvent(aanmeldingGemist('MC07', '00AH', 'GM0106', `c-${randomUUID()}`)) as SignaalEvent;
  await context.app.get(MaakAlerts).execute({ input: { signalen: [event] }, correlationId: event.correlationId });
  const [{ id }] = await context.dataSource.query(`SELECT id FROM alert WHERE signaal_event_id = $1 AND org_type = 'rmc-regio'`, [event.id]);
  return id;
}

const wijzig = (alertId: string, wijziging: Wijziging, actor = rmc) =>
  wijzigAlert.execute({ input: { alertId, wijziging }, actor, correlationId: 'c-wijzig' });
const historie = async (alertId: string) =>
  (await context.dataSource.query('SELECT actie, van_status, naar_status FROM alert_historie WHERE alert_id = $1 ORDER BY id', [alertId])) as Array<{
    actie: string;
    van_status: string | null;
    naar_status: string;
  }>;
const events = async (alertId: string) =>
  (
    (await context.dataSource.query(`SELECT event_type FROM outbox WHERE envelope -> 'payload' ->> 'alertId' = $1 ORDER BY id`, [alertId])) as Array<{
      event_type: string;
    }>
  ).map((row) => row.event_type);
const fout = async (work: Promise<unknown>): Promise<DomainError> => {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('wijzig alert (use case against the real database)', () => {
  it("assigns only to the caller or a user known in the caller's organisation, under the name their own token carried", async () => {
    const id = await nieuweAlert();
    const voor = await historie(id);
    const onbekend = await fout(wijzig(id, { actie: 'opgepakt', toegewezenAan: { sub: 'wie-dan-ook', naam: 'Wie Dan Ook' } }));
    expect(onbekend.issues).toEqual([expect.objectContaining({ field: 'toegewezenAan.sub', rule: 'medewerker-van-organisatie' })]);
    // A user seen only in another organisation (MC03) is not known in MC07.
    const mc03 = { ...context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']), sub: 'u-mc03', name: 'Elders' };
    await context.app.get(LeesInbox).execute({ input: { pagina: 1, perPagina: 10 }, actor: mc03, correlationId: 'c' });
    expect((await fout(wijzig(id, { actie: 'opgepakt', toegewezenAan: { sub: 'u-mc03', naam: 'Elders' } }))).issues[0]).toMatchObject({
      rule: 'medewerker-van-organisatie',
    });
    expect(await historie(id)).toEqual(voor);
    // The caller themself, under their token's name whatever name is sent.
    expect(await wijzig(id, { actie: 'opgepakt', toegewezenAan: { sub: rmc.sub, naam: 'Iemand Anders' } })).toMatchObject({
      toegewezenAan: { sub: rmc.sub, naam: rmc.name },
    });
  });

  it('goes nieuw → gezien → opgepakt → afgehandeld, with a history line each and events for opgepakt and afgehandeld', async () => {
    const id = await nieuweAlert();
    expect((await wijzig(id, { actie: 'gezien' })).status).toBe('gezien');
    // Fatima works in MC07's inbox with a token of MC07: a colleague the alert can go to.
    await wijzig(id, { actie: 'gezien' }, { ...rmc, sub: 'u-17', name: 'Fatima de Vries' });
    const opgepakt = await wijzig(id, { actie: 'opgepakt', toegewezenAan: { sub: 'u-17', naam: 'Fatima de Vries' }, toelichting: 'bel ouders' });
    expect(opgepakt).toMatchObject({ status: 'opgepakt', toegewezenAan: { sub: 'u-17', naam: 'Fatima de Vries' } });
    expect(await wijzig(id, { actie: 'afgehandeld', uitkomst: 'contact-gelegd' })).toMatchObject({
      status: 'afgehandeld',
      uitkomst: 'contact-gelegd',
    });

    expect(await historie(id)).toEqual([
      { actie: 'aangemaakt', van_status: null, naar_status: 'nieuw' },
      { actie: 'gezien', van_status: 'nieuw', naar_status: 'gezien' },
      { actie: 'opgepakt door Fatima de Vries', van_status: 'gezien', naar_status: 'opgepakt' },
      { actie: 'afgehandeld', van_status: 'opgepakt', naar_status: 'afgehandeld' },
    ]);
    expect(await events(id)).toEqual(['notificaties.alert.aangemaakt', 'notificaties.alert.opgepakt', 'notificaties.alert.afgehandeld']);
    const detail = await context.app.get(LeesAlert).execute({ input: { alertId: id }, actor: rmc, correlationId: 'c-lees' });
    expect(detail.historie.map((regel) => regel.naarStatus)).toEqual(['nieuw', 'gezien', 'opgepakt', 'afgehandeld']);
  });

  it('refuses a transition that is not allowed with a conflict naming the allowed ones, and writes nothing', async () => {
    const id = await nieuweAlert();
    const conflict = await fout(wijzig(id, { actie: 'afgehandeld', uitkomst: 'contact-gelegd' }));
    expect(conflict).toMatchObject({ kind: 'conflict', code: 'alert.overgang-niet-toegestaan', details: { toegestaan: ['gezien', 'opgepakt'] } });
    expect(await historie(id)).toHaveLength(1);
    expect(await events(id)).toEqual(['notificaties.alert.aangemaakt']);

    await wijzig(id, { actie: 'opgepakt' });
    await wijzig(id, { actie: 'afgehandeld', uitkomst: 'geen-actie-nodig' });
    expect(await fout(wijzig(id, { actie: 'opgepakt' }))).toMatchObject({ kind: 'conflict', details: { toegestaan: [] } });
    // Marking it gezien again is no conflict and changes nothing.
    expect((await wijzig(id, { actie: 'gezien' })).status).toBe('afgehandeld');
    expect(await historie(id)).toHaveLength(3);
  });

  it("does not find another organisation's alert, and gives ops no inbox", async () => {
    const id = await nieuweAlert();
    const andereRegio = context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
    expect(await fout(wijzig(id, { actie: 'opgepakt' }, andereRegio))).toMatchObject({ kind: 'niet-gevonden', code: 'alert.niet-gevonden' });
    expect(await fout(wijzig(id, { actie: 'gezien' }, context.claims({ type: 'vo-school', code: '99ZZ' }, ['decaan'])))).toMatchObject({
      kind: 'niet-gevonden',
    });
    expect(await fout(wijzig(id, { actie: 'gezien' }, context.claims({ type: 'ops', code: 'platform' }, ['ops'])))).toMatchObject({
      kind: 'geen-toegang',
      code: 'auth.organisation-type',
    });
    expect(await fout(context.app.get(LeesAlert).execute({ input: { alertId: id }, actor: andereRegio, correlationId: 'c' }))).toMatchObject({
      kind: 'niet-gevonden',
    });
    expect((await context.dataSource.query('SELECT status FROM alert WHERE id = $1', [id]))[0].status).toBe('nieuw');
    expect(await historie(id)).toHaveLength(1);
  });
});
