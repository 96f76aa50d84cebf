import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { RegistreerAanmelding } from './aanmeldingen/commands/registreer-aanmelding/registreer-aanmelding';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { DEADLINES_WERK } from './deadlines/jobs/vuur-deadlines.job';
import { DienDossierIn } from './dossiers/commands/dien-dossier-in/dien-dossier-in';
import { MeldUitschrijving } from './inschrijvingen/commands/meld-uitschrijving/meld-uitschrijving';
import { RegistreerInschrijving } from './inschrijvingen/commands/registreer-inschrijving/registreer-inschrijving';
import { OverstapFixture } from './shared/testing/overstap.fixture';
import { Persoonsnummers } from './shared/persoonsnummers';

const fixture = new OverstapFixture(43);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

const school = () => context.claims({ type: 'vo-school', code: '00AH' }, ['schooladministratie']);
const mbo = () => context.claims({ type: 'mbo-instelling', code: '25LP' }, ['intaker']);
const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);
const naar = (moment: string) => context.app.get(DemoClock).jumpTo(new Date(moment));
const sweep = () => context.app.get(DueWorkSweeper).sweep(DEADLINES_WERK);
const jongereId = (bsn: string) => context.app.get(Persoonsnummers).jongereId(bsn);
const signalen = (regel: string, bsn: string) =>
  query<{ n: number }>('SELECT count(*)::int AS n FROM signaal WHERE regel = $1 AND jongere_id = $2', [regel, jongereId(bsn)]).then(([r]) => r.n);
const events = (type: string, bsn: string) =>
  query<{ envelope: { correlationId: string; payload: Record<string, unknown> } }>(
    `SELECT envelope FROM outbox WHERE event_type = $1 AND envelope ->> 'jongereId' = $2`,
    [type, jongereId(bsn)],
  ).then((rows) => rows.map((row) => row.envelope));
const dien = (dossier: ReturnType<OverstapFixture['dossier']>, correlationId: string) =>
  context.app.get(DienDossierIn).execute({ input: { dossiers: [dossier] }, actor: school(), correlationId });

/**
 * Facts that arrive after a cohort deadline fired (issue 10 §2) are evaluated against it in their own transaction,
 * on the demo clock: a dossier on 10 April, a dossier turning to the mbo, an uitschrijving reported after 1 October.
 */
describe('late facts against deadlines that fired already', () => {
  const opTijd = fixture.dossier();
  const ingeschreven = fixture.dossier();

  beforeAll(async () => {
    await naar('2026-12-01T12:00:00+01:00');
    await dien(opTijd, 'cohort');
    await dien(ingeschreven, 'cohort');
    await context.app
      .get(RegistreerAanmelding)
      .execute({ input: fixture.aanmelding(ingeschreven.leerling.persoonsnummer), actor: mbo(), correlationId: 'a' });
    await naar('2027-04-02T09:00:00+02:00');
    await sweep();
    expect(await signalen('aanmelding-gemist', opTijd.leerling.persoonsnummer)).toBe(1);
  });

  it('signals a dossier submitted on 10 April without aanmelding once: at once, not again on a re-submission or a sweep', async () => {
    await naar('2027-04-10T10:00:00+02:00');
    const laat = fixture.dossier();
    const bsn = laat.leerling.persoonsnummer;
    await dien(laat, 'laat-dossier');
    expect(await signalen('aanmelding-gemist', bsn)).toBe(1);
    const [event] = await events('overstap.deadline.aanmelding-gemist', bsn);
    expect(event.correlationId).toBe('laat-dossier');
    expect(event.payload).toMatchObject({ schooljaar: '2026-2027', deadline: '2027-04-01T21:59:59.999Z' });

    await dien({ ...laat, ondersteuning: { ...laat.ondersteuning, nodig: !laat.ondersteuning.nodig } }, 'nieuwe-versie');
    await sweep();
    expect(await events('overstap.deadline.aanmelding-gemist', bsn)).toHaveLength(1);
  });

  it('signals a dossier that turns to the mbo after 1 April, not while it heads elsewhere', async () => {
    const havo = fixture.dossier({ keuze: { bestemming: 'havo', opleidingen: [] } });
    const bsn = havo.leerling.persoonsnummer;
    await dien(havo, 'havo');
    expect(await signalen('aanmelding-gemist', bsn)).toBe(0);
    await dien({ ...havo, keuze: fixture.dossier().keuze }, 'toch-mbo');
    expect(await signalen('aanmelding-gemist', bsn)).toBe(1);
  });

  it('signals niet-ingeschreven-teldatum for an uitschrijving reported after 1 October that ended before it', async () => {
    const bsn = ingeschreven.leerling.persoonsnummer;
    await naar('2027-09-01T10:00:00+02:00');
    const { inschrijvingId } = await context.app.get(RegistreerInschrijving).execute({
      input: { persoonsnummer: bsn, schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '25LP00', ingeschrevenPer: '2027-08-30' },
      actor: mbo(),
      correlationId: 'inschrijving',
    });
    await naar('2027-10-02T09:00:00+02:00');
    await sweep();
    expect(await signalen('niet-ingeschreven-teldatum', bsn)).toBe(0);
    expect(await signalen('niet-ingeschreven-teldatum', opTijd.leerling.persoonsnummer)).toBe(1);

    await naar('2027-10-06T09:00:00+02:00');
    await context.app.get(MeldUitschrijving).execute({
      input: { inschrijvingId, uitgeschrevenPer: '2027-09-15', reden: 3, geboortedatum: '2009-05-12', startkwalificatie: true },
      actor: mbo(),
      correlationId: 'late-uitschrijving',
    });
    expect(await signalen('niet-ingeschreven-teldatum', bsn)).toBe(1);
    expect((await events('overstap.deadline.niet-ingeschreven-teldatum', bsn)).map((e) => e.correlationId)).toEqual(['late-uitschrijving']);
  });
});
