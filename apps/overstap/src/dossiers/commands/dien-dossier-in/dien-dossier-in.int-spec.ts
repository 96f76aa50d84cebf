import { Clock, CLOCK, DomainError } from '@sluitend/domain-nl';
import { DemoClock } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { overstapEnvSchema } from '../../../config/overstap-env';
import { OverstapFixture } from '../../../shared/testing/overstap.fixture';
import { DienDossierIn } from './dien-dossier-in';

const fixture = new OverstapFixture(7);
let context: ServiceTestContext;
let dienIn: DienDossierIn;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
  dienIn = context.app.get(DienDossierIn);
});

afterAll(() => context?.close());

const school = () => context.claims({ type: 'vo-school', code: '00AH' }, ['schooladministratie']);
const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await context.dataSource.query(sql, params))[0].n);
const stored = async () => ({
  dossiers: await count('SELECT count(*) AS n FROM dossier'),
  versies: await count('SELECT count(*) AS n FROM dossier_versie'),
  events: await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'overstap.dossier.ingediend'`),
});
const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('dien dossier in (use case against the real database)', () => {
  it('stores a new dossier with its first version and one outbox row, and a re-submission of the same content changes nothing', async () => {
    const invoer = fixture.dossier();
    const [eerste] = await dienIn.execute({ input: { dossiers: [invoer] }, actor: school(), correlationId: 'c-1' });
    expect(eerste).toMatchObject({ index: 0, versie: 1, status: 'aangemaakt' });
    const na = await stored();
    const [tweede] = await dienIn.execute({ input: { dossiers: [invoer] }, actor: school(), correlationId: 'c-2' });
    expect(tweede).toMatchObject({ dossierId: eerste.dossierId, versie: 1, status: 'ongewijzigd' });
    expect(await stored()).toEqual(na);
    expect(await count('SELECT count(*) AS n FROM dossier_versie WHERE dossier_id = $1', [eerste.dossierId])).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'overstap.dossier.ingediend' AND envelope -> 'payload' ->> 'dossierId' = $1`, [
        eerste.dossierId,
      ]),
    ).toBe(1);
  });

  it('versions a changed dossier with the times of the injected clock, not of the database', async () => {
    const invoer = fixture.dossier();
    const [eerste] = await dienIn.execute({ input: { dossiers: [invoer] }, actor: school(), correlationId: 'c-3' });
    const ingediend = context.app.get<Clock>(CLOCK).now();
    await context.app.get(DemoClock).jumpTo(new Date(ingediend.getTime() + 3 * 86_400_000));
    const gewijzigd = { ...invoer, keuze: { ...invoer.keuze, bestemming: 'werk' as const, opleidingen: [] } };
    const [tweede] = await dienIn.execute({ input: { dossiers: [gewijzigd] }, actor: school(), correlationId: 'c-4' });
    expect(tweede).toMatchObject({ dossierId: eerste.dossierId, versie: 2, status: 'bijgewerkt' });

    const [rij] = await context.dataSource.query('SELECT versie, ingediend_op, bijgewerkt_op, inhoud FROM dossier WHERE id = $1', [eerste.dossierId]);
    expect(rij.versie).toBe(2);
    expect(rij.inhoud.keuze.bestemming).toBe('werk');
    expect(rij.inhoud.leerling.persoonsnummer).toBeUndefined();
    // Submitted before the jump, changed three demo days later: both moments are the service's clock.
    expect(rij.bijgewerkt_op.getTime() - rij.ingediend_op.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(Math.abs(rij.ingediend_op.getTime() - ingediend.getTime())).toBeLessThan(5_000);
    const versies = await context.dataSource.query('SELECT versie, ingediend_door FROM dossier_versie WHERE dossier_id = $1 ORDER BY versie', [
      eerste.dossierId,
    ]);
    expect(versies).toEqual([
      { versie: 1, ingediend_door: 'test-00AH' },
      { versie: 2, ingediend_door: 'test-00AH' },
    ]);
    const events = await context.dataSource.query(
      `SELECT envelope -> 'payload' AS payload FROM outbox WHERE event_type = 'overstap.dossier.ingediend' AND envelope -> 'payload' ->> 'dossierId' = $1 ORDER BY id`,
      [eerste.dossierId],
    );
    expect(events.map((event: { payload: { versie: number; bestemming: string } }) => [event.payload.versie, event.payload.bestemming])).toEqual([
      [1, 'mbo'],
      [2, 'werk'],
    ]);
    // The age fact of statistical VSV (v2, ADR 0023) — born 12 May 2009: under 23 until 1 October 2031 — never the date of birth.
    for (const { payload } of events as { payload: Record<string, unknown> }[]) {
      expect(payload.laatsteTeldatumOnder23).toBe('2031-10-01');
      expect(JSON.stringify(payload)).not.toContain('2009-05-12');
    }
  });

  it("turns another school's student into a transfer request: the dossier unchanged, nothing published, the holder not named", async () => {
    const invoer = fixture.dossier();
    const [eigen] = await dienIn.execute({ input: { dossiers: [invoer] }, actor: school(), correlationId: 'c-5' });
    const voor = await stored();
    const andereSchool = context.claims({ type: 'vo-school', code: '01AB' }, ['schooladministratie']);
    const [uitkomst] = await dienIn.execute({
      input: { dossiers: [{ ...invoer, school: { brin: '01AB', vestiging: '01AB00' } }] },
      actor: andereSchool,
      correlationId: 'c-6',
    });
    expect(uitkomst).toEqual({ index: 0, dossierId: null, versie: null, status: 'overdracht-aangevraagd', overdrachtId: expect.any(String) });
    expect(JSON.stringify(uitkomst)).not.toContain('00AH');
    expect(JSON.stringify(uitkomst)).not.toContain(String(eigen.dossierId));
    expect(await stored()).toEqual(voor);
    const [verzoek] = await context.dataSource.query('SELECT dossier_id, naar_vestiging, status FROM dossier_overdracht WHERE id = $1', [
      uitkomst.overdrachtId,
    ]);
    expect(verzoek).toEqual({ dossier_id: eigen.dossierId, naar_vestiging: '01AB00', status: 'aangevraagd' });
  });

  it('stores a bulk submission all or nothing: one refused dossier and none of the others is stored', async () => {
    const voor = await stored();
    const dubbel = fixture.dossier();
    const tweemaal = await refusal(
      dienIn.execute({ input: { dossiers: [fixture.dossier(), dubbel, dubbel] }, actor: school(), correlationId: 'c-9' }),
    );
    expect({ kind: tweemaal.kind, issues: tweemaal.issues.map((issue) => [issue.row, issue.field, issue.rule]) }).toEqual({
      kind: 'ongeldig',
      issues: [[2, 'leerling.persoonsnummer', 'uniek']],
    });
    expect(await stored()).toEqual(voor);

    const goed = [fixture.dossier(), fixture.dossier(), fixture.dossier()];
    const resultaten = await dienIn.execute({ input: { dossiers: goed }, actor: school(), correlationId: 'c-10' });
    expect(resultaten.map((resultaat) => [resultaat.index, resultaat.status])).toEqual([
      [0, 'aangemaakt'],
      [1, 'aangemaakt'],
      [2, 'aangemaakt'],
    ]);
    expect(await stored()).toEqual({ dossiers: voor.dossiers + 3, versies: voor.versies + 3, events: voor.events + 3 });
  });

  it("plans the schooljaar's cohort deadlines with its first dossiers, once", async () => {
    const deadlines = await context.dataSource.query(
      `SELECT regel, due_at FROM deadline WHERE schooljaar = '2026-2027' AND jongere_id = '' ORDER BY due_at`,
    );
    expect(deadlines.map((deadline: { regel: string; due_at: Date }) => [deadline.regel, deadline.due_at.toISOString()])).toEqual([
      ['vroege-waarschuwing-03-01', '2027-02-28T23:00:00.000Z'],
      ['vroege-waarschuwing-03-15', '2027-03-14T23:00:00.000Z'],
      ['aanmelding-gemist', '2027-04-01T21:59:59.999Z'],
      ['niet-ingeschreven-teldatum', '2027-10-01T21:59:59.999Z'],
    ]);
  });

  it('refuses a school that submits for another school, and a role that may not submit', async () => {
    const mentor = context.claims({ type: 'vo-school', code: '00AH' }, ['trajectbegeleider']);
    expect((await refusal(dienIn.execute({ input: { dossiers: [fixture.dossier()] }, actor: mentor, correlationId: 'c-11' }))).code).toBe(
      'auth.role-missing',
    );
    const ander = context.claims({ type: 'vo-school', code: '99ZZ' });
    expect((await refusal(dienIn.execute({ input: { dossiers: [fixture.dossier()] }, actor: ander, correlationId: 'c-12' }))).code).toBe(
      'auth.organisation-scope',
    );
  });
});
