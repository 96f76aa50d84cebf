import { Claims } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { overstapEnvSchema } from '../../../config/overstap-env';
import { OverstapFixture } from '../../../shared/testing/overstap.fixture';
import { ZoekOverdrachten } from '../../queries/overdrachten/overdrachten';
import { DienDossierIn } from '../dien-dossier-in/dien-dossier-in';
import { BeslisOverdracht } from './beslis-overdracht';

const fixture = new OverstapFixture(21);
let context: ServiceTestContext;
let dienIn: DienDossierIn;
let beslis: BeslisOverdracht;
let zoek: ZoekOverdrachten;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env), http: true });
  dienIn = context.app.get(DienDossierIn);
  beslis = context.app.get(BeslisOverdracht);
  zoek = context.app.get(ZoekOverdrachten);
});

afterAll(() => context?.close());

const houder = () => context.claims({ type: 'vo-school', code: '00AH' }, ['schooladministratie']);
const aanvrager = () => context.claims({ type: 'vo-school', code: '01AB' }, ['schooladministratie']);
const vreemde = () => context.claims({ type: 'vo-school', code: '02CD' }, ['schooladministratie']);
const ops = () => context.claims({ type: 'ops', code: 'platform' }, ['ops']);
const refusal = async (work: Promise<unknown>): Promise<DomainError> => {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

/** A student held by 00AH (woongemeente of the fixture), and 01AB's transfer request for it. */
async function verzoek(): Promise<{ dossierId: string; overdrachtId: string; rmcRegio: string }> {
  const invoer = fixture.dossier();
  const [eigen] = await dienIn.execute({ input: { dossiers: [invoer] }, actor: houder(), correlationId: 'o-1' });
  const overgenomen = {
    ...invoer,
    school: { brin: '01AB', vestiging: '01AB00' },
    keuze: { ...invoer.keuze, bestemming: 'werk' as const, opleidingen: [] },
  };
  const [uitkomst] = await dienIn.execute({ input: { dossiers: [overgenomen] }, actor: aanvrager(), correlationId: 'o-2' });
  const [{ rmc_regio }] = await context.dataSource.query('SELECT rmc_regio FROM dossier WHERE id = $1', [eigen.dossierId]);
  return { dossierId: String(eigen.dossierId), overdrachtId: String(uitkomst.overdrachtId), rmcRegio: rmc_regio };
}

const dossier = async (id: string) =>
  (
    await context.dataSource.query(`SELECT brin, vestiging, versie, inhoud -> 'keuze' ->> 'bestemming' AS bestemming FROM dossier WHERE id = $1`, [
      id,
    ])
  )[0];
const events = async (id: string) =>
  Number(
    (
      await context.dataSource.query(
        `SELECT count(*) AS n FROM outbox WHERE event_type = 'overstap.dossier.ingediend' AND envelope -> 'payload' ->> 'dossierId' = $1`,
        [id],
      )
    )[0].n,
  );

describe('dossier overdracht (ADR 0020, against the real database)', () => {
  it('lets the holding school release: the dossier moves with the submitted content as a new version, published once', async () => {
    const { dossierId, overdrachtId } = await verzoek();
    expect(await events(dossierId)).toBe(1);
    const besluit = await beslis.execute({ input: { overdrachtId, besluit: 'vrijgeven' }, actor: houder(), correlationId: 'o-3' });
    expect(besluit).toMatchObject({ status: 'vrijgegeven', dossierId, naar: { brin: '01AB', vestiging: '01AB00' } });
    expect(await dossier(dossierId)).toEqual({ brin: '01AB', vestiging: '01AB00', versie: 2, bestemming: 'werk' });
    expect(await events(dossierId)).toBe(2);
    const [versie] = await context.dataSource.query('SELECT ingediend_door FROM dossier_versie WHERE dossier_id = $1 AND versie = 2', [dossierId]);
    expect(versie.ingediend_door).toBe(aanvrager().sub);
    // Decided once: a second decision is a conflict, and the former holder no longer reaches it at all.
    expect((await refusal(beslis.execute({ input: { overdrachtId, besluit: 'weigeren' }, actor: aanvrager(), correlationId: 'o-4' }))).code).toBe(
      'overdracht.al-besloten',
    );
    expect((await refusal(beslis.execute({ input: { overdrachtId, besluit: 'weigeren' }, actor: houder(), correlationId: 'o-5' }))).code).toBe(
      'overdracht.niet-gevonden',
    );
  });

  it('lets the RMC of the region refuse, keeping who decided and why; the dossier stays', async () => {
    const { dossierId, overdrachtId, rmcRegio } = await verzoek();
    const rmc = context.claims({ type: 'rmc-regio', code: rmcRegio }, ['rmc-coordinator']);
    const besluit = await beslis.execute({
      input: { overdrachtId, besluit: 'weigeren', reden: 'leerling blijft' },
      actor: rmc,
      correlationId: 'o-6',
    });
    expect(besluit).toMatchObject({ status: 'geweigerd', reden: 'leerling blijft' });
    expect(await dossier(dossierId)).toMatchObject({ brin: '00AH', versie: 1 });
    const [rij] = await context.dataSource.query('SELECT besloten_door, besloten_door_organisatie FROM dossier_overdracht WHERE id = $1', [
      overdrachtId,
    ]);
    expect(rij).toEqual({ besloten_door: rmc.sub, besloten_door_organisatie: `rmc-regio:${rmcRegio}` });
  });

  it('finds nothing for the requester, a stranger, another region or ops without override, and changes nothing', async () => {
    const { dossierId, overdrachtId, rmcRegio } = await verzoek();
    const andereRegio = context.claims({ type: 'rmc-regio', code: rmcRegio === 'MC01' ? 'MC02' : 'MC01' }, ['rmc-coordinator']);
    const pogingen: Claims[] = [aanvrager(), vreemde(), andereRegio, ops()];
    for (const actor of pogingen) {
      const fout = await refusal(beslis.execute({ input: { overdrachtId, besluit: 'vrijgeven' }, actor, correlationId: 'o-7' }));
      expect({ kind: fout.kind, code: fout.code }).toEqual({ kind: 'niet-gevonden', code: 'overdracht.niet-gevonden' });
    }
    expect(await dossier(dossierId)).toMatchObject({ brin: '00AH', versie: 1 });
    const [rij] = await context.dataSource.query('SELECT status FROM dossier_overdracht WHERE id = $1', [overdrachtId]);
    expect(rij.status).toBe('aangevraagd');
  });

  it('lets ops override with a reason, recorded on the request', async () => {
    const { dossierId, overdrachtId } = await verzoek();
    const besluit = await beslis.execute({
      input: { overdrachtId, besluit: 'vrijgeven', reden: 'school gesloten per 1 januari', forceer: true },
      actor: ops(),
      correlationId: 'o-8',
    });
    expect(besluit).toMatchObject({ status: 'geforceerd', reden: 'school gesloten per 1 januari' });
    expect(await dossier(dossierId)).toMatchObject({ brin: '01AB', versie: 2 });
    expect(
      (await refusal(beslis.execute({ input: { overdrachtId, besluit: 'vrijgeven', forceer: true }, actor: houder(), correlationId: 'o-9' }))).kind,
    ).toBe('niet-gevonden');
  });

  it('lists a request for the holder with the dossier, for the requester without the holder, for a stranger not at all', async () => {
    const { dossierId, overdrachtId } = await verzoek();
    const voorHouder = (await zoek.execute({ input: { status: 'aangevraagd' }, actor: houder() })).overdrachten.find(
      (o) => o.overdrachtId === overdrachtId,
    );
    expect(voorHouder).toMatchObject({ dossierId, van: { brin: '00AH' } });
    const voorAanvrager = (await zoek.execute({ input: {}, actor: aanvrager() })).overdrachten.find((o) => o.overdrachtId === overdrachtId);
    expect(voorAanvrager).toMatchObject({ dossierId: null, van: null, status: 'aangevraagd' });
    expect(JSON.stringify(voorAanvrager)).not.toContain('00AH');
    expect((await zoek.execute({ input: {}, actor: vreemde() })).overdrachten.map((o) => o.overdrachtId)).not.toContain(overdrachtId);
  });

  it('answers the requesting school over HTTP with 202 and nothing about the holder', async () => {
    const invoer = fixture.dossier();
    await dienIn.execute({ input: { dossiers: [invoer] }, actor: houder(), correlationId: 'o-10' });
    const token = await context.token({ type: 'vo-school', code: '01AB' }, ['schooladministratie']);
    const antwoord = await fetch(`${context.url}/api/overstap/dossiers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...invoer, school: { brin: '01AB', vestiging: '01AB00' } }),
    });
    expect(antwoord.status).toBe(202);
    const tekst = await antwoord.text();
    expect(Object.keys(JSON.parse(tekst)).sort()).toEqual(['dossierId', 'overdrachtId', 'status', 'versie']);
    expect(tekst).not.toContain('00AH');
  });
});
