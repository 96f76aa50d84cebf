import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { RegistreerAanmelding } from './aanmeldingen/commands/registreer-aanmelding/registreer-aanmelding';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { DienDossierIn } from './dossiers/commands/dien-dossier-in/dien-dossier-in';
import { RegistreerInschrijving } from './inschrijvingen/commands/registreer-inschrijving/registreer-inschrijving';
import { OverstapFixture } from './shared/testing/overstap.fixture';
import { DEADLINES_WERK } from './deadlines/jobs/vuur-deadlines.job';

const fixture = new OverstapFixture(11);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

type Envelope = { type: string; jongereId: string | null; correlationId: string; context: Record<string, unknown>; payload: Record<string, unknown> };

const school = () => context.claims({ type: 'vo-school', code: '00AH' }, ['schooladministratie']);
const mbo = () => context.claims({ type: 'mbo-instelling', code: '25LP' }, ['intaker']);
const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);
const outbox = (type: string) =>
  query<{ envelope: Envelope }>('SELECT envelope FROM outbox WHERE event_type = $1 ORDER BY id', [type]).then((rows) =>
    rows.map((row) => row.envelope),
  );
const signalen = (regel: string) =>
  query<{ id: string; dossier_id: string }>('SELECT id, dossier_id FROM signaal WHERE regel = $1 ORDER BY dossier_id', [regel]);
const sweep = () => context.app.get(DueWorkSweeper).sweep(DEADLINES_WERK);
const naar = (moment: string) => context.app.get(DemoClock).jumpTo(new Date(moment));
const gesorteerd = (ids: string[]) => [...ids].sort();

/**
 * A school year across the capabilities, as the service lives it: dossiers submitted (which plans the year's
 * deadlines), aanmeldingen and inschrijvingen registered through their use cases, the demo clock moved and the
 * deadlines fired by the sweeper. (At the service's root: it uses every capability, and no capability may import
 * those that depend on it.) A cohort of seven: six heading for the mbo (four at vestiging 00AH00, two at 00AH01) and one for the havo. The year
 * is played on the demo clock: early warnings on 1 and 15 March, 1 April, 1 October.
 */
describe('the deadlines of a schooljaar, fired by the sweeper on the demo clock', () => {
  const dossierIds: string[] = [];
  let havo: string;
  const bsn: string[] = [];

  beforeAll(async () => {
    const dossiers = [0, 1, 2, 3, 4, 5].map((i) => fixture.dossier({ school: { brin: '00AH', vestiging: i < 4 ? '00AH00' : '00AH01' } }));
    dossiers.forEach((dossier) => bsn.push(dossier.leerling.persoonsnummer));
    const geenMbo = fixture.dossier({ keuze: { bestemming: 'havo', opleidingen: [] } });
    const resultaten = await context.app
      .get(DienDossierIn)
      .execute({ input: { dossiers: [...dossiers, geenMbo] }, actor: school(), correlationId: 'cohort' });
    resultaten.slice(0, 6).forEach((resultaat) => dossierIds.push(String(resultaat.dossierId)));
    havo = String(resultaten[6].dossierId);
    // Student 0 applies now, in December: before every deadline.
    await context.app.get(RegistreerAanmelding).execute({ input: fixture.aanmelding(bsn[0]), actor: mbo(), correlationId: 'a-0' });
  });

  it('warns the decaan on 1 March per vestiging, listing the mbo-bound students without an aanmelding', async () => {
    await naar('2027-03-01T12:00:00+01:00');
    await sweep();
    expect(gesorteerd((await signalen('vroege-waarschuwing-03-01')).map((s) => s.dossier_id))).toEqual(gesorteerd(dossierIds.slice(1)));
    const events = await outbox('overstap.signaal.vroege-waarschuwing');
    expect(
      events.map((event) => [event.payload.vestiging, gesorteerd(event.payload.dossierIds as string[]), event.payload.peildatum, event.jongereId]),
    ).toEqual(
      expect.arrayContaining([
        ['00AH00', gesorteerd(dossierIds.slice(1, 4)), '2027-03-01', null],
        ['00AH01', gesorteerd(dossierIds.slice(4)), '2027-03-01', null],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it('signals, after the end of 1 April, each mbo-bound student without an aanmelding by then — once, with one event each', async () => {
    // Student 1 applies on 10 March (on time), student 2 on 2 April (too late).
    await naar('2027-03-10T10:00:00+01:00');
    await context.app.get(RegistreerAanmelding).execute({ input: fixture.aanmelding(bsn[1]), actor: mbo(), correlationId: 'a-1' });
    await naar('2027-04-02T09:00:00+02:00');
    await context.app.get(RegistreerAanmelding).execute({ input: fixture.aanmelding(bsn[2]), actor: mbo(), correlationId: 'a-2' });
    await sweep();

    const gemist = await signalen('aanmelding-gemist');
    expect(gesorteerd(gemist.map((s) => s.dossier_id))).toEqual(gesorteerd(dossierIds.slice(2)));
    const events = await outbox('overstap.deadline.aanmelding-gemist');
    expect(gesorteerd(events.map((event) => event.payload.signaalId as string))).toEqual(gesorteerd(gemist.map((s) => s.id)));
    expect(gesorteerd(events.map((event) => event.payload.dossierId as string))).toEqual(gesorteerd(dossierIds.slice(2)));
    expect(events[0]).toMatchObject({
      correlationId: 'deadline:aanmelding-gemist:2026-2027',
      context: { schooljaar: '2026-2027', woongemeente: 'GM0014', rmcRegio: 'MC03', brin: '00AH', minderjarig: true },
      payload: { schooljaar: '2026-2027', woongemeente: 'GM0014', rmcRegio: 'MC03', deadline: '2027-04-01T21:59:59.999Z' },
    });
    expect(events.map((event) => event.payload.dossierId)).not.toContain(havo);
    const fired = await query<{ regel: string }>(`SELECT regel FROM deadline WHERE fired_at IS NOT NULL AND jongere_id = '' ORDER BY regel`);
    expect(fired.map((deadline) => deadline.regel)).toEqual(['aanmelding-gemist', 'vroege-waarschuwing-03-01', 'vroege-waarschuwing-03-15']);
  });

  it('adds nothing on a second sweep', async () => {
    const voor = await query<{ n: string }>('SELECT (SELECT count(*) FROM signaal) + (SELECT count(*) FROM outbox) AS n');
    const report = await sweep();
    expect(report.items).toBe(0);
    expect(await query<{ n: string }>('SELECT (SELECT count(*) FROM signaal) + (SELECT count(*) FROM outbox) AS n')).toEqual(voor);
  });

  it('signals on 1 October each mbo-bound student not enrolled on the teldatum', async () => {
    // Student 3 starts at the mbo on 30 August; student 4's inschrijving starts after the teldatum.
    await context.app.get(RegistreerInschrijving).execute({
      input: { persoonsnummer: bsn[3], schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '25LP00', ingeschrevenPer: '2027-08-30' },
      actor: mbo(),
      correlationId: 'i-3',
    });
    await context.app.get(RegistreerInschrijving).execute({
      input: { persoonsnummer: bsn[4], schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '25LP00', ingeschrevenPer: '2027-10-02' },
      actor: mbo(),
      correlationId: 'i-4',
    });
    await naar('2027-10-02T09:00:00+02:00');
    await sweep();
    const niet = await signalen('niet-ingeschreven-teldatum');
    expect(gesorteerd(niet.map((s) => s.dossier_id))).toEqual(gesorteerd([0, 1, 2, 4, 5].map((i) => dossierIds[i])));
    const events = await outbox('overstap.deadline.niet-ingeschreven-teldatum');
    expect(events).toHaveLength(5);
    expect(events.every((event) => event.payload.teldatum === '2027-10-01')).toBe(true);
  });
});
