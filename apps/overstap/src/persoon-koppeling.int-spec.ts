import { DomainError } from '@sluitend/domain-nl';
import { DemoClock } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { overstapEnvSchema } from './config/overstap-env';
import { DienDossierIn } from './dossiers/commands/dien-dossier-in/dien-dossier-in';
import { MeldUitschrijving } from './inschrijvingen/commands/meld-uitschrijving/meld-uitschrijving';
import { RegistreerInschrijving } from './inschrijvingen/commands/registreer-inschrijving/registreer-inschrijving';
import { OverstapFixture } from './shared/testing/overstap.fixture';
import { Persoonsnummers } from './shared/persoonsnummers';
import { ImporteerKoppelingen } from './koppelingen/commands/importeer-koppelingen/importeer-koppelingen';
import { KoppelPersoon } from './koppelingen/commands/koppel-persoon/koppel-persoon';

const fixture = new OverstapFixture(1818);
let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
  await context.app.get(DemoClock).jumpTo(new Date('2027-10-20T12:00:00+02:00'));
});

afterAll(() => context?.close());

const coordinator = () => context.claims({ type: 'rmc-regio', code: 'MC03' }, ['rmc-coordinator']);
const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);
const id = (nummer: string) => context.app.get(Persoonsnummers).jongereId(nummer);
type Envelope = { jongereId: string; context: Record<string, unknown>; payload: Record<string, unknown> };
const gekoppeld = (van: string) =>
  query<{ envelope: Envelope }>(
    `SELECT envelope FROM outbox WHERE event_type = 'overstap.persoon.gekoppeld' AND envelope -> 'payload' ->> 'van' = $1`,
    [van],
  ).then((rows) => rows.map((row) => row.envelope));
const rijenVan = async (jongereId: string) => {
  const [tellingen] = await query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM dossier WHERE jongere_id = $1) AS dossiers,
            (SELECT count(*)::int FROM inschrijving WHERE jongere_id = $1) AS inschrijvingen,
            (SELECT count(*)::int FROM signaal WHERE jongere_id = $1 AND regel = 'uitschrijving-zonder-startkwalificatie') AS signalen,
            (SELECT count(*)::int FROM deadline WHERE jongere_id = $1) AS deadlines`,
    [jongereId],
  );
  return tellingen;
};
const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};
const koppel = (bsn: string, onderwijsnummer: string, actor = coordinator()) =>
  context.app.get(KoppelPersoon).execute({ input: { regels: [{ bsn, onderwijsnummer }] }, actor, correlationId: 'koppel' });
const bestand = (tekst: string) =>
  context.app.get(ImporteerKoppelingen).execute({ input: { tekst }, actor: coordinator(), correlationId: 'bestand' });

/** (Signals counted: the uitschrijving's; the cohort deadlines of the demo clock may signal the dossier too.) A dossier under the BSN (woongemeente GM0014, RMC MC03); an inschrijving at 25LP and its uitschrijving under the onderwijsnummer. */
async function tweeIdentiteiten() {
  const bsn = fixture.bsn();
  const onderwijsnummer = fixture.onderwijsnummer();
  await context.app.get(DienDossierIn).execute({
    input: { dossiers: [fixture.dossier({ persoonsnummer: bsn })] },
    actor: context.claims({ type: 'vo-school', code: '00AH' }),
    correlationId: 'dossier',
  });
  const mbo = context.claims({ type: 'mbo-instelling', code: '25LP' }, ['intaker']);
  const { inschrijvingId } = await context.app.get(RegistreerInschrijving).execute({
    input: { persoonsnummer: onderwijsnummer, schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '25LP00', ingeschrevenPer: '2027-08-30' },
    actor: mbo,
    correlationId: 'inschrijving',
  });
  await context.app.get(MeldUitschrijving).execute({
    input: { inschrijvingId, uitgeschrevenPer: '2027-10-20', reden: 3, geboortedatum: '2009-05-12', startkwalificatie: false },
    actor: mbo,
    correlationId: 'uitschrijving',
  });
  return { bsn, onderwijsnummer, van: id(onderwijsnummer), naar: id(bsn) };
}

describe('person linking in overstap (use cases against the real database)', () => {
  it('links an onderwijsnummer to a BSN as pseudonyms, re-keys the person and publishes overstap.persoon.gekoppeld once', async () => {
    const { bsn, onderwijsnummer, van, naar } = await tweeIdentiteiten();
    expect(await rijenVan(van)).toEqual({ dossiers: 0, inschrijvingen: 1, signalen: 1, deadlines: 1 });
    // Before the link the uitschrijving's signal had no woonregio: the onderwijsnummer has no dossier.
    const [signaal] = await query<{ envelope: Envelope }>(
      `SELECT envelope FROM outbox WHERE event_type = 'overstap.signaal.uitschrijving-zonder-startkwalificatie' AND envelope ->> 'jongereId' = $1`,
      [van],
    );
    expect(signaal.envelope.context.rmcRegio).toBeUndefined();

    expect(await koppel(bsn, onderwijsnummer)).toEqual([{ van, naar, nieuw: true }]);
    expect(await rijenVan(van)).toEqual({ dossiers: 0, inschrijvingen: 0, signalen: 0, deadlines: 0 });
    expect(await rijenVan(naar)).toEqual({ dossiers: 1, inschrijvingen: 1, signalen: 1, deadlines: 1 });
    const opgeslagen = await query<Record<string, unknown>>('SELECT van, naar, gekoppeld_door FROM persoon_koppeling WHERE van = $1', [van]);
    expect(opgeslagen).toEqual([{ van, naar, gekoppeld_door: coordinator().sub }]);
    const events = await gekoppeld(van);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      jongereId: naar,
      payload: { van, naar },
      context: { woongemeente: 'GM0014', rmcRegio: 'MC03', schooljaar: '2026-2027' },
    });
    // Keyed by the onderwijsnummer's pseudonym: on the partition of its earlier events, after them.
    expect(
      await query(`SELECT message_key FROM outbox WHERE event_type = 'overstap.persoon.gekoppeld' AND envelope -> 'payload' ->> 'van' = $1`, [van]),
    ).toEqual([{ message_key: van }]);
    expect(JSON.stringify(events[0])).not.toContain(bsn);
    expect(JSON.stringify(events[0])).not.toContain(onderwijsnummer);

    // The same pair again (the next DUO delivery repeats it): nothing changes, nothing is published.
    expect(await koppel(bsn, onderwijsnummer)).toEqual([{ van, naar, nieuw: false }]);
    expect(await gekoppeld(van)).toHaveLength(1);
  });

  it("records later facts that still come by onderwijsnummer under the BSN pseudonym: an uitschrijving is routed to the dossier's woonregio", async () => {
    const { bsn, onderwijsnummer, van, naar } = await tweeIdentiteiten();
    await koppel(bsn, onderwijsnummer);
    const mbo = context.claims({ type: 'mbo-instelling', code: '25LP' }, ['intaker']);
    const { inschrijvingId } = await context.app.get(RegistreerInschrijving).execute({
      input: {
        persoonsnummer: onderwijsnummer,
        schooljaar: '2026-2027',
        crebo: '25181',
        niveau: 2,
        locatie: '25LP00',
        ingeschrevenPer: '2027-10-20',
      },
      actor: mbo,
      correlationId: 'herinschrijving',
    });
    expect(await query('SELECT jongere_id FROM inschrijving WHERE id = $1', [inschrijvingId])).toEqual([{ jongere_id: naar }]);
    await context.app.get(MeldUitschrijving).execute({
      input: { inschrijvingId, uitgeschrevenPer: '2027-10-20', reden: 3, geboortedatum: '2009-05-12', startkwalificatie: false },
      actor: mbo,
      correlationId: 'tweede-uitschrijving',
    });
    const signalen = await query<{ envelope: Envelope }>(
      `SELECT envelope FROM outbox WHERE event_type = 'overstap.signaal.uitschrijving-zonder-startkwalificatie' AND envelope -> 'payload' ->> 'inschrijvingId' = $1`,
      [inschrijvingId],
    );
    expect(signalen).toHaveLength(1);
    expect(signalen[0].envelope).toMatchObject({ jongereId: naar, context: { woongemeente: 'GM0014', rmcRegio: 'MC03' } });
    expect(await rijenVan(van)).toEqual({ dossiers: 0, inschrijvingen: 0, signalen: 0, deadlines: 0 });
  });

  it('moves a dossier under the onderwijsnummer to the BSN, re-encrypted for the new pseudonym', async () => {
    const bsn = fixture.bsn();
    const onderwijsnummer = fixture.onderwijsnummer();
    await context.app.get(DienDossierIn).execute({
      input: { dossiers: [fixture.dossier({ persoonsnummer: onderwijsnummer })] },
      actor: context.claims({ type: 'vo-school', code: '00AH' }),
      correlationId: 'dossier',
    });
    const [voor] = await query<{ id: string; persoonsnummer_versleuteld: string }>(
      'SELECT id, persoonsnummer_versleuteld FROM dossier WHERE jongere_id = $1',
      [id(onderwijsnummer)],
    );
    await koppel(bsn, onderwijsnummer);
    const [na] = await query<{ id: string; jongere_id: string; persoonsnummer_versleuteld: string }>(
      'SELECT id, jongere_id, persoonsnummer_versleuteld FROM dossier WHERE id = $1',
      [voor.id],
    );
    expect(na.jongere_id).toBe(id(bsn));
    expect(na.persoonsnummer_versleuteld).not.toBe(voor.persoonsnummer_versleuteld);
  });

  it('refuses a second, different BSN for an onderwijsnummer with 409 and stores nothing', async () => {
    const { bsn, onderwijsnummer, van } = await tweeIdentiteiten();
    await koppel(bsn, onderwijsnummer);
    const ander = fixture.bsn();
    const fout = await refusal(koppel(ander, onderwijsnummer));
    expect(fout).toMatchObject({ kind: 'conflict', code: 'koppeling.ander-bsn' });
    expect(await query('SELECT naar FROM persoon_koppeling WHERE van = $1', [van])).toEqual([{ naar: id(bsn) }]);
    expect(await rijenVan(id(ander))).toEqual({ dossiers: 0, inschrijvingen: 0, signalen: 0, deadlines: 0 });
  });

  it('refuses to merge two dossiers of one schooljaar (409) rather than drop one', async () => {
    const bsn = fixture.bsn();
    const onderwijsnummer = fixture.onderwijsnummer();
    await context.app.get(DienDossierIn).execute({
      input: { dossiers: [fixture.dossier({ persoonsnummer: bsn }), fixture.dossier({ persoonsnummer: onderwijsnummer })] },
      actor: context.claims({ type: 'vo-school', code: '00AH' }),
      correlationId: 'dossiers',
    });
    const fout = await refusal(koppel(bsn, onderwijsnummer));
    expect(fout).toMatchObject({ kind: 'conflict', code: 'koppeling.dossiers-botsen', details: { schooljaren: ['2026-2027'] } });
    expect(await query('SELECT 1 FROM persoon_koppeling WHERE van = $1', [id(onderwijsnummer)])).toEqual([]);
    expect(await gekoppeld(id(onderwijsnummer))).toEqual([]);
  });

  it('lets only the RMC coordinator link', async () => {
    const ops = context.claims({ type: 'ops', code: 'platform' }, ['ops']);
    expect((await refusal(koppel(fixture.bsn(), fixture.onderwijsnummer(), ops))).kind).toBe('geen-toegang');
    const begeleider = context.claims({ type: 'rmc-regio', code: 'MC03' }, ['trajectbegeleider']);
    expect((await refusal(koppel(fixture.bsn(), fixture.onderwijsnummer(), begeleider))).kind).toBe('geen-toegang');
  });
});

describe('the koppeling file (DUO layout BSN;ONDERWIJSNUMMER)', () => {
  it('links every line, counts the known ones, and publishes one event per new link', async () => {
    const [a, b] = [await tweeIdentiteiten(), await tweeIdentiteiten()];
    await koppel(a.bsn, a.onderwijsnummer);
    const resultaat = await bestand(
      `BSN;ONDERWIJSNUMMER\n${a.bsn};${a.onderwijsnummer}\n${b.bsn};${b.onderwijsnummer}\n${b.bsn};${b.onderwijsnummer}\n`,
    );
    expect(resultaat).toEqual({ rijen: 3, nieuw: 1, alBekend: 2 });
    expect(await gekoppeld(a.van)).toHaveLength(1);
    expect(await gekoppeld(b.van)).toHaveLength(1);
    expect(await rijenVan(b.naar)).toMatchObject({ inschrijvingen: 1, signalen: 1 });
  });

  it('reports bad lines by line, column and rule (400), a conflict per line (409), too many rows (413): nothing stored', async () => {
    const goed = { bsn: fixture.bsn(), onderwijsnummer: fixture.onderwijsnummer() };
    const slecht = await refusal(bestand(`BSN;ONDERWIJSNUMMER\n${goed.bsn};${goed.onderwijsnummer}\n123;${fixture.onderwijsnummer()}\n`));
    expect(slecht).toMatchObject({ kind: 'ongeldig', code: 'koppeling.bestand-ongeldig' });
    expect(slecht.issues.map(({ row, field, rule }) => ({ row, field, rule }))).toEqual([{ row: 3, field: 'BSN', rule: 'bsn' }]);

    const conflict = await refusal(bestand(`BSN;ONDERWIJSNUMMER\n${goed.bsn};${goed.onderwijsnummer}\n${fixture.bsn()};${goed.onderwijsnummer}\n`));
    expect(conflict).toMatchObject({ kind: 'conflict', code: 'koppeling.ander-bsn' });
    expect(conflict.issues).toEqual([expect.objectContaining({ row: 3, field: 'ONDERWIJSNUMMER', rule: 'een-bsn-per-onderwijsnummer' })]);
    expect(await query('SELECT 1 FROM persoon_koppeling WHERE van = $1', [id(goed.onderwijsnummer)])).toEqual([]);

    const groot = `BSN;ONDERWIJSNUMMER\n${`${goed.bsn};${goed.onderwijsnummer}\n`.repeat(50_001)}`;
    expect(await refusal(bestand(groot))).toMatchObject({ kind: 'te-groot', code: 'koppeling.te-veel-rijen' });
    expect(await query('SELECT 1 FROM persoon_koppeling WHERE van = $1', [id(goed.onderwijsnummer)])).toEqual([]);
  });
});
