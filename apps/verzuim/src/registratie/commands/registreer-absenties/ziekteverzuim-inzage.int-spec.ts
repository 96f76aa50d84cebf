import { Claims } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { RegistreerAbsenties } from './registreer-absenties';
import { VerzuimFixture } from '../../testing/verzuim.fixture';
import { LeesZiekteverzuimSignaal } from '../../../ziekteverzuim/queries/signaal/lees-ziekteverzuim-signaal';
import { ZoekZiekteverzuim } from '../../../ziekteverzuim/queries/ziekteverzuim/zoek-ziekteverzuim';

let context: ServiceTestContext;
let school: Claims;
const fixture = new VerzuimFixture(1422);

/** Monday 1 … Tuesday 9 September 2025: seven lesdagen of the Testschool (a weekend between). */
const ZEVEN = ['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05', '2025-09-08', '2025-09-09'];

const ziek = async (woongemeente: string, dagen = ZEVEN): Promise<{ persoonsnummer: string; jongereId: string }> => {
  const leerling = fixture.leerling({ woongemeente });
  const { leerlingIds } = await context.app
    .get(RegistreerLeerlingen)
    .execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c' });
  await context.app.get(RegistreerAbsenties).execute({
    input: { absenties: dagen.map((datum) => ({ persoonsnummer: leerling.persoonsnummer, datum, ziek: 6 })) },
    actor: school,
    correlationId: 'c',
  });
  return { persoonsnummer: leerling.persoonsnummer, jongereId: leerlingIds[0] };
};

const zoek = (actor: Claims, metVervallen = false) => context.app.get(ZoekZiekteverzuim).execute({ input: { limiet: 100, metVervallen }, actor });

let assen: { persoonsnummer: string; jongereId: string };
let groningen: { persoonsnummer: string; jongereId: string };
let jeugdartsAssen: Claims;
let jeugdartsGroningen: Claims;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '98ZY' });
  await context.app
    .get(ZetKalender)
    .execute({ input: { schooljaar: '2025-2026', kalender: VerzuimFixture.kalender('2025-2026') }, actor: school, correlationId: 'c' });
  jeugdartsAssen = context.claims({ type: 'ggd', code: 'GM0106' }, ['jeugdarts']);
  jeugdartsGroningen = context.claims({ type: 'ggd', code: 'GM0014' }, ['jeugdarts']);
  // Two students of the same school: one lives in Assen, one in Groningen; both ill seven lesdagen in a row.
  assen = await ziek('GM0106');
  groningen = await ziek('GM0014');
});

afterAll(() => context?.close());

describe('M@ZL signals for the jeugdarts (use cases against the real database)', () => {
  it('the jeugdarts of a GGD sees the signals of the gemeente it serves only, each read logged', async () => {
    const { signalen } = await zoek(jeugdartsAssen);
    expect(signalen.map((s) => [s.jongereId, s.woongemeente, s.grond, s.datum])).toEqual([
      [assen.jongereId, 'GM0106', 'zevende-schooldag-ziek', '2025-09-09'],
    ]);
    expect(JSON.stringify(signalen)).not.toContain(assen.persoonsnummer);
    expect((await zoek(jeugdartsGroningen)).signalen.map((s) => s.jongereId)).toEqual([groningen.jongereId]);

    const inzage = await context.dataSource.query(
      `SELECT organisatie, signaal_ids::text[] AS ids FROM ziekteverzuim_inzage WHERE gebruiker = $1 ORDER BY id DESC LIMIT 1`,
      [jeugdartsAssen.sub],
    );
    expect(inzage).toEqual([{ organisatie: 'ggd:GM0106', ids: [signalen[0].id] }]);
  });

  it('the school sees both of its students’ signals', async () => {
    const ids = (await zoek(school)).signalen.map((s) => s.jongereId);
    expect(ids).toEqual(expect.arrayContaining([assen.jongereId, groningen.jongereId]));
  });

  it('one signal: found for the jeugdarts of its woongemeente (read logged), not found for another GGD', async () => {
    const [signaal] = (await zoek(jeugdartsAssen)).signalen;
    const lees = context.app.get(LeesZiekteverzuimSignaal);
    await expect(lees.execute({ input: { signaalId: signaal.id }, actor: jeugdartsAssen })).resolves.toMatchObject({
      id: signaal.id,
      ziekmeldingen: ['2025-09-01'],
      vervallenOp: null,
    });
    await expect(lees.execute({ input: { signaalId: signaal.id }, actor: jeugdartsGroningen })).rejects.toMatchObject({
      code: 'ziekteverzuim.niet-gevonden',
    });
    const gelogd = await context.dataSource.query(`SELECT count(*)::int AS n FROM ziekteverzuim_inzage WHERE $1 = ANY(signaal_ids)`, [signaal.id]);
    expect(gelogd[0].n).toBeGreaterThanOrEqual(2);
  });

  it('a leerplichtambtenaar or an RMC gets no M@ZL signals (403)', async () => {
    for (const actor of [context.claims({ type: 'gemeente', code: 'GM0106' }), context.claims({ type: 'rmc-regio', code: 'MC07' })]) {
      const fout = await zoek(actor).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(DomainError);
      expect(fout).toMatchObject({ code: 'ziekteverzuim.organisatie' });
    }
  });

  it('a withdrawn signal leaves the list, and shows with metVervallen', async () => {
    const leerling = await ziek('GM0106');
    await context.app
      .get(RegistreerAbsenties)
      .execute({ input: { absenties: [{ persoonsnummer: leerling.persoonsnummer, datum: ZEVEN[6], ziek: 0 }] }, actor: school, correlationId: 'c' });
    expect((await zoek(jeugdartsAssen)).signalen.map((s) => s.jongereId)).not.toContain(leerling.jongereId);
    const met = (await zoek(jeugdartsAssen, true)).signalen.find((s) => s.jongereId === leerling.jongereId);
    expect(met?.vervallenOp).not.toBeNull();
  });
});
