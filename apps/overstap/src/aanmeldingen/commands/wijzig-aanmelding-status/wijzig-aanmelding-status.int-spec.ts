import { aanmeldingResultaatSchema, aanmeldingStatusResultaatSchema } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { overstapEnvSchema } from '../../../config/overstap-env';
import { DienDossierIn } from '../../../dossiers/commands/dien-dossier-in/dien-dossier-in';
import { OverstapFixture } from '../../../shared/testing/overstap.fixture';
import { RegistreerAanmelding } from '../registreer-aanmelding/registreer-aanmelding';
import { WijzigAanmeldingStatus } from './wijzig-aanmelding-status';

const fixture = new OverstapFixture(23);
let context: ServiceTestContext;
let registreer: RegistreerAanmelding;
let wijzig: WijzigAanmeldingStatus;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
  registreer = context.app.get(RegistreerAanmelding);
  wijzig = context.app.get(WijzigAanmeldingStatus);
});

afterAll(() => context?.close());

const mbo = (code = '25LP') => context.claims({ type: 'mbo-instelling', code }, ['intaker']);
const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);
const events = (type: string, aanmeldingId: string) =>
  query<{ envelope: { payload: Record<string, unknown>; context: Record<string, unknown> } }>(
    `SELECT envelope FROM outbox WHERE event_type = $1 AND envelope -> 'payload' ->> 'aanmeldingId' = $2 ORDER BY id`,
    [type, aanmeldingId],
  ).then((rows) => rows.map((row) => row.envelope));
const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

/** A student with a dossier (submitted again: ongewijzigd) and an aanmelding at 25LP (crebo 25180, unless another is given). */
async function aanmelding(persoonsnummer = fixture.bsn(), crebo = '25180') {
  await context.app.get(DienDossierIn).execute({
    input: { dossiers: [fixture.dossier({ persoonsnummer })] },
    actor: context.claims({ type: 'vo-school', code: '00AH' }),
    correlationId: 'dossier',
  });
  const resultaat = await registreer.execute({ input: fixture.aanmelding(persoonsnummer, { crebo }), actor: mbo(), correlationId: 'registreer' });
  return { persoonsnummer, ...aanmeldingResultaatSchema.parse(resultaat) };
}

describe('an aanmelding and its status transitions (use cases against the real database)', () => {
  it('registers once: the same student, programme and schooljaar again is the same aanmelding, with no new event', async () => {
    const eerste = await aanmelding();
    expect(eerste).toMatchObject({ status: 'aangemeld', opTijd: true, nieuw: true });
    const opnieuw = await registreer.execute({ input: fixture.aanmelding(eerste.persoonsnummer), actor: mbo(), correlationId: 'nogmaals' });
    expect(opnieuw).toEqual({ ...eerste, nieuw: false, persoonsnummer: undefined });
    expect(await events('overstap.aanmelding.geregistreerd', eerste.aanmeldingId)).toHaveLength(1);
    expect(await query('SELECT van, naar FROM aanmelding_statushistorie WHERE aanmelding_id = $1', [eerste.aanmeldingId])).toEqual([
      { van: null, naar: 'aangemeld' },
    ]);
  });

  it('moves through allowed transitions, recording each in the history and the outbox', async () => {
    const { aanmeldingId } = await aanmelding();
    const intake = await wijzig.execute({ input: { aanmeldingId, status: 'intake-gepland' }, actor: mbo(), correlationId: 'w-1' });
    expect(aanmeldingStatusResultaatSchema.parse(intake)).toEqual({
      aanmeldingId,
      status: 'intake-gepland',
      toegestaan: ['intake-gedaan', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
    });
    await wijzig.execute({ input: { aanmeldingId, status: 'intake-gedaan' }, actor: mbo(), correlationId: 'w-2' });
    await wijzig.execute({ input: { aanmeldingId, status: 'toegelaten' }, actor: mbo(), correlationId: 'w-3' });
    expect(await query('SELECT van, naar, door FROM aanmelding_statushistorie WHERE aanmelding_id = $1 ORDER BY op, naar', [aanmeldingId])).toEqual([
      { van: null, naar: 'aangemeld', door: 'test-25LP' },
      { van: 'aangemeld', naar: 'intake-gepland', door: 'test-25LP' },
      { van: 'intake-gepland', naar: 'intake-gedaan', door: 'test-25LP' },
      { van: 'intake-gedaan', naar: 'toegelaten', door: 'test-25LP' },
    ]);
    const gewijzigd = await events('overstap.aanmelding.status-gewijzigd', aanmeldingId);
    expect(gewijzigd.map((event) => [event.payload.van, event.payload.naar, event.payload.nogLevendeAanmeldingen])).toEqual([
      ['aangemeld', 'intake-gepland', 1],
      ['intake-gepland', 'intake-gedaan', 1],
      ['intake-gedaan', 'toegelaten', 1],
    ]);
    expect(gewijzigd[0].context).toMatchObject({ schooljaar: '2026-2027', woongemeente: 'GM0014', brin: '00AH', vestiging: '00AH00' });
  });

  it('refuses a transition the table does not allow, naming the allowed ones, and changes nothing', async () => {
    const { aanmeldingId } = await aanmelding();
    const fout = await refusal(wijzig.execute({ input: { aanmeldingId, status: 'ingeschreven' }, actor: mbo(), correlationId: 'w-4' }));
    expect({ kind: fout.kind, code: fout.code, details: fout.details }).toEqual({
      kind: 'conflict',
      code: 'aanmelding.overgang-niet-toegestaan',
      details: {
        toegestaan: ['intake-gepland', 'toegelaten', 'afgewezen', 'onderwijsovereenkomst-aangeboden', 'leidt-niet-tot-inschrijving', 'ingetrokken'],
      },
    });
    await wijzig.execute({ input: { aanmeldingId, status: 'ingetrokken' }, actor: mbo(), correlationId: 'w-5' });
    const eind = await refusal(wijzig.execute({ input: { aanmeldingId, status: 'aangemeld' }, actor: mbo(), correlationId: 'w-6' }));
    expect(eind.details).toEqual({ toegestaan: [] });
    expect(eind.message).toContain('geen (eindstatus)');
    expect(await query('SELECT status FROM aanmelding WHERE id = $1', [aanmeldingId])).toEqual([{ status: 'ingetrokken' }]);
    expect(await events('overstap.aanmelding.status-gewijzigd', aanmeldingId)).toHaveLength(1);
  });

  it('gives another institution nothing: its aanmelding does not exist for the caller', async () => {
    const { aanmeldingId } = await aanmelding();
    const fout = await refusal(wijzig.execute({ input: { aanmeldingId, status: 'toegelaten' }, actor: mbo('01XY'), correlationId: 'w-7' }));
    expect({ kind: fout.kind, code: fout.code }).toEqual({ kind: 'niet-gevonden', code: 'aanmelding.niet-gevonden' });
    const school = await refusal(
      wijzig.execute({
        input: { aanmeldingId, status: 'toegelaten' },
        actor: context.claims({ type: 'vo-school', code: '00AH' }),
        correlationId: 'w-8',
      }),
    );
    expect(school.code).toBe('auth.organisation-type');
  });

  it('signals "geen levende aanmelding" once, when the last live aanmelding ends and not before', async () => {
    const persoonsnummer = fixture.bsn();
    const eerste = await aanmelding(persoonsnummer, '25180');
    const tweede = await aanmelding(persoonsnummer, '25181');
    const signaalRows = () =>
      query<{ id: string; dossier_id: string | null }>(
        `SELECT s.id, s.dossier_id FROM signaal s JOIN aanmelding a ON a.jongere_id = s.jongere_id
      WHERE a.id = $1 AND s.regel = 'geen-levende-aanmelding'`,
        [eerste.aanmeldingId],
      );

    await wijzig.execute({ input: { aanmeldingId: eerste.aanmeldingId, status: 'afgewezen' }, actor: mbo(), correlationId: 'w-9' });
    expect(await signaalRows()).toEqual([]);
    await wijzig.execute({
      input: { aanmeldingId: tweede.aanmeldingId, status: 'leidt-niet-tot-inschrijving' },
      actor: mbo(),
      correlationId: 'w-10',
    });
    const [signaal] = await signaalRows();
    expect(signaal.dossier_id).toEqual(expect.any(String));
    const gesignaleerd = await events('overstap.signaal.geen-levende-aanmelding', tweede.aanmeldingId);
    expect(gesignaleerd).toHaveLength(1);
    expect(gesignaleerd[0].payload).toEqual({
      signaalId: signaal.id,
      schooljaar: '2026-2027',
      aanmeldingId: tweede.aanmeldingId,
      mboBrin: '25LP',
      reden: 'leidt-niet-tot-inschrijving',
      dossierId: signaal.dossier_id,
    });

    // A third aanmelding, ended as well: the student was signalled this schooljaar already.
    const derde = await aanmelding(persoonsnummer, '25182');
    await wijzig.execute({ input: { aanmeldingId: derde.aanmeldingId, status: 'ingetrokken' }, actor: mbo(), correlationId: 'w-11' });
    expect(await signaalRows()).toHaveLength(1);
    expect(await events('overstap.signaal.geen-levende-aanmelding', derde.aanmeldingId)).toHaveLength(0);
  });
});
